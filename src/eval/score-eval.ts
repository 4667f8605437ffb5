import type { Answer } from '../answer/answer.js';
import type { AskCase, EvalKind, LookupCase } from './eval-sets.js';

export interface AskOutcome {
  case: AskCase;
  /** The answer to the case's last turn. */
  answer: Answer;
  failures: string[];
}

/** How an honest gap reads: the answer says the knowledge base lacks what was asked. */
const SAYS_GAP = /\b(does not|doesn't|do not|don't) (cover|hold|include|have)\b/i;

const hasRoleTargets = (c: AskCase) => Boolean(c.top1 || c.all_in_top3 || c.any_in_top3);

/** What went wrong with one answer, by the case's kind and the fields it carries; empty when it passed. */
export function judgeAnswer(c: AskCase, a: Answer): string[] {
  const failures: string[] = [];
  if (c.kind === 'offtopic') return a.grounded ? ['not declined'] : [];
  if (!a.grounded) return ['declined'];
  if (a.sources.length === 0) failures.push('no source cited');
  if (c.kind === 'help') {
    if (a.intent !== 'help') failures.push(`intent ${a.intent}, not help`);
    return failures;
  }
  if (c.kind === 'gap' && !SAYS_GAP.test(a.answer)) failures.push('gap not said');
  const top3 = a.roles.slice(0, 3);
  const text = a.answer.toLowerCase();
  if (c.top1 && a.roles[0] !== c.top1) failures.push(`top1 ${a.roles[0] ?? '-'} != ${c.top1}`);
  if (c.all_in_top3 && !c.all_in_top3.every((r) => top3.includes(r)))
    failures.push(`top3 ${top3.join(',')} lacks one of ${c.all_in_top3.join(',')}`);
  if (c.any_in_top3 && !c.any_in_top3.some((r) => top3.includes(r)))
    failures.push(`top3 ${top3.join(',')} has none of ${c.any_in_top3.join(',')}`);
  if (c.text_any) {
    const found = c.text_any.filter((t) => text.includes(t.toLowerCase())).length;
    if (found < (c.text_min ?? 1)) failures.push(`text has ${found} of the expected phrases, wants ${c.text_min ?? 1}`);
  }
  return failures;
}

export interface Metrics {
  questions: number;
  /** Single-turn questions with a role to find (role, fit, list, compare). */
  roleQuestions: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  textRecall: number;
  offTopicDecline: number;
  falseDecline: number;
  gap: number;
  help: number;
  followUp: number;
  citedWhenGrounded: number;
  lookupAccuracy: number;
  byKind: Partial<Record<EvalKind, { n: number; passed: number }>>;
}

export const ratio = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);

/** The roles a case's label accepts: its one role, or those it wants in the top three. */
export const expectedRoles = (c: AskCase): string[] => (c.top1 ? [c.top1] : (c.all_in_top3 ?? c.any_in_top3 ?? []));

/** The rank of the best expected role in a ranking, or -1. */
export function firstRank(c: AskCase, roles: string[]): number {
  const ranks = expectedRoles(c)
    .map((t) => roles.indexOf(t))
    .filter((r) => r >= 0);
  return ranks.length ? Math.min(...ranks) : -1;
}

/** Whether a ranking puts the case's role(s) where the case wants them. */
export function rankingHits(c: AskCase, roles: string[]): { at1: boolean; at3: boolean } {
  const top3 = roles.slice(0, 3);
  const at3 = c.all_in_top3
    ? c.all_in_top3.every((r) => top3.includes(r))
    : firstRank(c, roles) >= 0 && firstRank(c, roles) < 3;
  return { at1: firstRank(c, roles) === 0, at3 };
}

export const isRoleCase = (c: AskCase) => ['role', 'fit', 'list', 'compare'].includes(c.kind) && hasRoleTargets(c);

/** One role lookup: the card shown or the closest role offered, and whether that is right for its label. */
export interface LookupOutcome {
  case: LookupCase;
  got: string | null;
  correct: boolean;
}

export function metricsOf(outcomes: AskOutcome[], lookups: LookupOutcome[]): Metrics {
  const passRate = (kind: EvalKind) => {
    const of = outcomes.filter((o) => o.case.kind === kind);
    return ratio(of.filter((o) => o.failures.length === 0).length, of.length);
  };
  const roleCases = outcomes.filter((o) => isRoleCase(o.case));
  const hits = roleCases.map((o) => rankingHits(o.case, o.answer.grounded ? o.answer.roles : []));
  const mrr = roleCases.reduce(
    (sum, o) =>
      sum +
      (o.answer.grounded && firstRank(o.case, o.answer.roles) >= 0 ? 1 / (firstRank(o.case, o.answer.roles) + 1) : 0),
    0,
  );
  const textCases = outcomes.filter((o) => o.case.text_any && o.case.kind !== 'followup');
  const textHits = textCases.filter((o) => !o.failures.some((f) => f.startsWith('text') || f === 'declined')).length;
  const offTopic = outcomes.filter((o) => o.case.kind === 'offtopic');
  const inScope = outcomes.filter((o) => o.case.kind !== 'offtopic');
  const grounded = outcomes.filter((o) => o.answer.grounded);
  const byKind: Metrics['byKind'] = {};
  for (const o of outcomes) {
    byKind[o.case.kind] ??= { n: 0, passed: 0 };
    const k = byKind[o.case.kind]!;
    k.n += 1;
    if (o.failures.length === 0) k.passed += 1;
  }
  return {
    questions: outcomes.length,
    roleQuestions: roleCases.length,
    hitAt1: ratio(hits.filter((h) => h.at1).length, roleCases.length),
    hitAt3: ratio(hits.filter((h) => h.at3).length, roleCases.length),
    mrr: ratio(mrr, roleCases.length),
    textRecall: ratio(textHits, textCases.length),
    offTopicDecline: ratio(offTopic.filter((o) => !o.answer.grounded).length, offTopic.length),
    falseDecline: ratio(inScope.filter((o) => !o.answer.grounded).length, inScope.length),
    gap: passRate('gap'),
    help: passRate('help'),
    followUp: passRate('followup'),
    citedWhenGrounded: ratio(grounded.filter((o) => o.answer.sources.length > 0).length, grounded.length),
    lookupAccuracy: ratio(lookups.filter((l) => l.correct).length, lookups.length),
    byKind,
  };
}
