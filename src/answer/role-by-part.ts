import type { RoleDoc } from '../knowledge/knowledge-base.js';
import type { NameMatch } from '../retrieval/name-matcher.js';
import { nameKey } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';

/** "the robot one", "the machine learning guy", "the 3d printer job": a role named by part of its title or an alias. */
const PART_AND_ONE = /\bthe ((?:[a-z0-9-]+ ){1,3})(one|ones|guy|guys|job|role|person|position)\b/g;

/** A typed word and a title word are alike when one starts the other ("robot" and "robotics"). */
const alike = (typed: string, title: string) =>
  title.startsWith(typed) || (typed.length > 3 && typed.startsWith(title) && title.length > 3);

/**
 * The role a question names by part of its title, when exactly one role's title has every such word:
 * "n the machine learning one, how is it different?" names the Machine Learning Scientist; "the
 * network one" names two roles and so none.
 */
export function roleNamedByPart(text: string, roles: RoleDoc[]): NameMatch | undefined {
  const key = nameKey(text);
  for (const m of key.matchAll(PART_AND_ONE)) {
    const typed = m[1]!
      .trim()
      .split(' ')
      .filter((w) => w.length > 1 && !STOPWORDS.has(w));
    if (typed.length === 0) continue;
    const holds = (name: string) => {
      const nameWords = nameKey(name).split(' ');
      return typed.every((t) => nameWords.some((w) => alike(t, w)));
    };
    // Titles first; then aliases, for a role better known by another name ("the brain chip job").
    const byTitle = roles.filter((r) => holds(r.title));
    const found = byTitle.length ? byTitle : roles.filter((r) => r.aliases.some(holds));
    if (found.length !== 1) continue;
    const start = key.slice(0, m.index).split(' ').filter(Boolean).length + 1;
    const role = found[0]!;
    const end = start + m[1]!.trim().split(' ').length;
    return { docId: role.id, name: role.title, exact: false, similar: false, start, end, score: 1 };
  }
  return undefined;
}
