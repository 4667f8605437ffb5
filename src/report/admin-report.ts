import type Database from 'better-sqlite3';
import type { Answer } from '../answer/answer.js';
import type { Outcome } from '../answer/answer-outcome.js';
import { groupSimilar, type QuestionGroup } from './question-groups.js';

/**
 * The admin's report, as `career-bot report --json` prints it. Version 1; fields are only ever
 * added, never renamed or removed (docs/report.md describes each).
 */
export interface AdminReport {
  version: 1;
  since: string;
  until: string;
  questions: {
    total: number;
    bySurface: Record<string, number>;
    byDay: { day: string; surface: string; count: number }[];
  };
  outcomes: Record<Outcome, number>;
  /** Declined among all questions that were not greetings or help; 0 when there were none. */
  declineRate: number;
  /** Declined questions grouped by similarity: the knowledge gaps to write next. */
  declined: QuestionGroup[];
  /** Answered in part: what the knowledge base did not cover, and who asked for it. */
  gaps: { gap: string; count: number; questions: string[] }[];
  topRoles: { id: string; count: number }[];
  topSkills: { id: string; count: number }[];
  feedback: {
    up: number;
    down: number;
    downvoted: { answerId: string; at: string; question: string | null; reason: string | null }[];
  };
  /** Time to the final answer, over the period's questions; null when none was timed. */
  latencyMs: { p50: number | null; p95: number | null };
}

interface QuestionRow {
  id: string;
  at: number;
  surface: string;
  question: string;
  outcome: Outcome;
  roles: string;
  skills: string;
  answer: string;
  latency_ms: number | null;
}

const TOP = 10;

const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

function counted(ids: Iterable<string>): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, TOP);
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)]! * 100) / 100;
}

/** Reads the period's questions and feedback from the store's database and sums them up. */
export function buildReport(db: Database.Database, period: { since: number; until: number }): AdminReport {
  const rows = db
    .prepare(
      'SELECT id, at, surface, question, outcome, roles, skills, answer, latency_ms FROM questions WHERE at >= ? AND at <= ? ORDER BY at',
    )
    .all(period.since, period.until) as QuestionRow[];

  const bySurface: Record<string, number> = {};
  const byDay = new Map<string, { day: string; surface: string; count: number }>();
  const outcomes: Record<Outcome, number> = { answered: 0, partial: 0, declined: 0, social: 0 };
  const gaps = new Map<string, string[]>();
  for (const r of rows) {
    bySurface[r.surface] = (bySurface[r.surface] ?? 0) + 1;
    const key = `${isoDay(r.at)}\0${r.surface}`;
    const day = byDay.get(key) ?? { day: isoDay(r.at), surface: r.surface, count: 0 };
    day.count++;
    byDay.set(key, day);
    outcomes[r.outcome]++;
    if (r.outcome === 'partial')
      for (const gap of (JSON.parse(r.answer) as Answer).gaps) gaps.set(gap, [...(gaps.get(gap) ?? []), r.question]);
  }
  const substantive = rows.length - outcomes.social;
  const latencies = rows
    .map((r) => r.latency_ms)
    .filter((ms): ms is number => ms !== null)
    .sort((a, b) => a - b);

  const feedback = db
    .prepare(
      `SELECT f.answer_id, f.at, f.verdict, f.reason, q.question FROM feedback f LEFT JOIN questions q ON q.id = f.answer_id
       WHERE f.at >= ? AND f.at <= ? ORDER BY f.at`,
    )
    .all(period.since, period.until) as {
    answer_id: string;
    at: number;
    verdict: 'up' | 'down';
    reason: string | null;
    question: string | null;
  }[];

  return {
    version: 1,
    since: new Date(period.since).toISOString(),
    until: new Date(period.until).toISOString(),
    questions: {
      total: rows.length,
      bySurface,
      byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.surface.localeCompare(b.surface)),
    },
    outcomes,
    declineRate: substantive === 0 ? 0 : Math.round((outcomes.declined / substantive) * 1000) / 1000,
    declined: groupSimilar(rows.filter((r) => r.outcome === 'declined').map((r) => r.question)),
    gaps: [...gaps]
      .map(([gap, questions]) => ({ gap, count: questions.length, questions: [...new Set(questions)] }))
      .sort((a, b) => b.count - a.count),
    topRoles: counted(rows.flatMap((r) => (JSON.parse(r.roles) as string[]).slice(0, 1))),
    topSkills: counted(rows.flatMap((r) => JSON.parse(r.skills) as string[])),
    feedback: {
      up: feedback.filter((f) => f.verdict === 'up').length,
      down: feedback.filter((f) => f.verdict === 'down').length,
      downvoted: feedback
        .filter((f) => f.verdict === 'down')
        .map((f) => ({
          answerId: f.answer_id,
          at: new Date(f.at).toISOString(),
          question: f.question,
          reason: f.reason,
        })),
    },
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
  };
}
