import type { Answer } from '../answer/answer.js';
import type { CareerEngine } from '../engine.js';
import { Bm25Baseline } from './bm25-baseline.js';
import type { EvalSet } from './eval-sets.js';
import {
  type AskOutcome,
  isRoleCase,
  judgeAnswer,
  type LookupOutcome,
  type Metrics,
  metricsOf,
  rankingHits,
  ratio,
} from './score-eval.js';

export interface SetResult {
  set: EvalSet;
  outcomes: AskOutcome[];
  lookups: LookupOutcome[];
  metrics: Metrics;
  /** Plain BM25 on the same single-turn role questions. */
  baseline: { hitAt1: number; hitAt3: number };
}

/** Plays a case's turns as one conversation and returns the answer to the last. */
async function answerTurns(engine: CareerEngine, turns: string[]): Promise<Answer> {
  const conversation = engine.conversation();
  let answer: Answer | undefined;
  for (const turn of turns) answer = await conversation.ask(turn);
  return answer!;
}

export async function evaluateSet(engine: CareerEngine, set: EvalSet): Promise<SetResult> {
  const outcomes: AskOutcome[] = [];
  for (const c of set.ask) {
    const answer = await answerTurns(engine, c.turns);
    outcomes.push({ case: c, answer, failures: judgeAnswer(c, answer) });
  }
  const lookups = set.lookup.map((c) => {
    const r = engine.role(c.q);
    const got = r.found ? r.card.id : null;
    // A related but different profession ("data analyst") gets "no role matches" with its closest role
    // offered: right whether the label says no role is meant or names that closest role.
    const closest = !r.found && r.closest ? (r.suggestions[0]?.id ?? null) : null;
    const correct = got !== null ? got === c.id : c.id === null || closest === c.id;
    return { case: c, got: got ?? closest, correct };
  });
  const bm25 = new Bm25Baseline(engine.kb);
  const roleCases = set.ask.filter(isRoleCase);
  const baseHits = roleCases.map((c) => rankingHits(c, bm25.rankRoles(c.turns[0]!)));
  return {
    set,
    outcomes,
    lookups,
    metrics: metricsOf(outcomes, lookups),
    baseline: {
      hitAt1: ratio(baseHits.filter((h) => h.at1).length, roleCases.length),
      hitAt3: ratio(baseHits.filter((h) => h.at3).length, roleCases.length),
    },
  };
}
