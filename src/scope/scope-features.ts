import type { Retrieval } from '../retrieval/hybrid-retriever.js';

/** Retrieval evidence about one question, as numbers the scope model weighs. */
export interface ScopeEvidence {
  retrieval: Retrieval;
  /** The question names a topic document (a city, the market…) by title or alias. */
  topicNamed: boolean;
  /** The asker describes themselves ("I", "ex-…", "my son"). */
  selfDescribed: boolean;
  /** The question asks for something the knowledge lacks (pay, courses…). */
  asksGap: boolean;
}

export const FEATURE_NAMES = [
  'coverage',
  'unknownShare',
  'logContentWords',
  'logLexicalTop',
  'denseTop',
  'topicNamed',
  'fuzzyName',
  'selfDescribed',
  'asksGap',
] as const;

export function scopeFeatures(e: ScopeEvidence): number[] {
  const { coverage, known, unknown, denseTop, lexicalTop } = e.retrieval.evidence;
  const content = known.length + unknown.length;
  return [
    coverage,
    content ? unknown.length / content : 1,
    Math.log1p(content),
    Math.log1p(lexicalTop),
    denseTop,
    e.topicNamed ? 1 : 0,
    e.retrieval.names.some((m) => !m.exact) ? 1 : 0,
    e.selfDescribed ? 1 : 0,
    e.asksGap ? 1 : 0,
  ];
}
