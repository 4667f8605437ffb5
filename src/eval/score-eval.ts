import type { Answer } from '../answer/answer.js';
import type { AskCase, LookupCase } from './eval-sets.js';

export interface AskOutcome {
  case: AskCase;
  answer: Answer;
  failures: string[];
}

/** What went wrong with one answer, by the fields the case carries; empty when it passed. */
export function judgeAnswer(c: AskCase, a: Answer): string[] {
  const failures: string[] = [];
  const top3 = a.roles.slice(0, 3);
  const text = a.answer.toLowerCase();
  if (c.decline !== undefined && a.grounded === c.decline) failures.push(c.decline ? 'not declined' : 'declined');
  if (c.decline) return failures;
  if (!a.grounded) failures.push('declined');
  if (a.grounded && a.sources.length === 0) failures.push('no source cited');
  if (c.top1 && a.roles[0] !== c.top1) failures.push(`top1 ${a.roles[0] ?? '-'} != ${c.top1}`);
  if (c.all_in_top3 && !c.all_in_top3.every((r) => top3.includes(r))) failures.push(`top3 ${top3.join(',')} lacks one of ${c.all_in_top3.join(',')}`);
  if (c.any_in_top3 && !c.any_in_top3.some((r) => top3.includes(r))) failures.push(`top3 ${top3.join(',')} has none of ${c.any_in_top3.join(',')}`);
  if (c.text_any) {
    const found = c.text_any.filter((t) => text.includes(t.toLowerCase())).length;
    if (found < (c.text_min ?? 1)) failures.push(`text has ${found} of the expected phrases, wants ${c.text_min ?? 1}`);
  }
  return failures;
}

export interface Metrics {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  textRecall: number;
  offTopicDecline: number;
  falseDecline: number;
  citedWhenGrounded: number;
  lookupAccuracy: number;
}

const ratio = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);

export function metricsOf(outcomes: AskOutcome[], lookups: { case: LookupCase; got: string | null }[]): Metrics {
  const roleCases = outcomes.filter((o) => o.case.top1 || o.case.all_in_top3 || o.case.any_in_top3);
  const targets = (c: AskCase) => (c.top1 ? [c.top1] : (c.all_in_top3 ?? c.any_in_top3 ?? []));
  const firstRank = (o: AskOutcome) => {
    const ranks = targets(o.case).map((t) => o.answer.roles.indexOf(t)).filter((r) => r >= 0);
    return ranks.length ? Math.min(...ranks) : -1;
  };
  const hit1 = roleCases.filter((o) => (o.case.top1 ? o.answer.roles[0] === o.case.top1 : firstRank(o) === 0)).length;
  const hit3 = roleCases.filter((o) => !o.failures.some((f) => f.startsWith('top'))).length;
  const mrr = roleCases.reduce((sum, o) => sum + (firstRank(o) >= 0 ? 1 / (firstRank(o) + 1) : 0), 0);
  const textCases = outcomes.filter((o) => o.case.text_any);
  const textHits = textCases.filter((o) => !o.failures.some((f) => f.startsWith('text'))).length;
  const offTopic = outcomes.filter((o) => o.case.decline === true);
  const inScope = outcomes.filter((o) => o.case.decline !== true);
  const grounded = outcomes.filter((o) => o.answer.grounded);
  return {
    questions: outcomes.length,
    hitAt1: ratio(hit1, roleCases.length),
    hitAt3: ratio(hit3, roleCases.length),
    mrr: ratio(mrr, roleCases.length),
    textRecall: ratio(textHits, textCases.length),
    offTopicDecline: ratio(offTopic.filter((o) => !o.answer.grounded).length, offTopic.length),
    falseDecline: ratio(inScope.filter((o) => !o.answer.grounded).length, inScope.length),
    citedWhenGrounded: ratio(grounded.filter((o) => o.answer.sources.length > 0).length, grounded.length),
    lookupAccuracy: ratio(lookups.filter((l) => l.got === l.case.id).length, lookups.length),
  };
}
