import path from 'node:path';
import { KnowledgeError } from '../errors.js';
import { readKnowledge } from './check-knowledge.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** How to name a file in an error: relative to where the command runs when that is shorter. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * Reads and validates every Markdown file under `dir` by the rules `career-bot validate` checks.
 * All-or-nothing: a problem that blocks loading (see KnowledgeProblem.blocksLoading) throws a
 * KnowledgeError naming the first such file and field and how many more problems there are, so a
 * half-valid knowledge base is never served.
 */
export async function loadKnowledge(dir: string): Promise<KnowledgeBase> {
  const { kb, problems } = await readKnowledge(dir);
  if (kb) return kb;
  const first = problems.find((p) => p.blocksLoading)!;
  const more = problems.length - 1;
  const rest = more
    ? ` (and ${more} more problem${more === 1 ? '' : 's'}: career-bot validate ${dir} lists them all)`
    : '';
  throw new KnowledgeError(displayPath(first.file), first.field, `${first.message}${rest}`);
}
