import type { Retrieval } from './hybrid-retriever.js';

/**
 * The least share of a question's information (IDF mass of its content words, typos resolved) that
 * the knowledge base must cover before the bot answers. Calibrated on the team's questions in
 * test/eval: off-topic questions cover under 0.35, in-scope ones above 0.6 (see the README).
 */
export const MIN_COVERAGE = 0.5;

/**
 * When the question names a role, skill or topic exactly, less coverage is enough: "urban mechanic
 * salary in Ohio" is still about the urban mechanic, and the answer says only what the file says.
 */
export const MIN_COVERAGE_WITH_NAME = 0.34;

/** In scope when the knowledge explains most of what is asked and retrieval found something. */
export function inScope(retrieval: Retrieval): boolean {
  if (retrieval.entities.length === 0) return false;
  const named = retrieval.names.some((m) => m.exact);
  return retrieval.evidence.coverage >= (named ? MIN_COVERAGE_WITH_NAME : MIN_COVERAGE);
}
