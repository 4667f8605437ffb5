import { nameKey } from '../text/normalize.js';
import type { KnowledgeBase, KnowledgeDoc } from './knowledge-base.js';

export interface NameProblem {
  /** Knowledge file, relative to the knowledge folder. */
  path: string;
  /** Front-matter field and index, e.g. `aliases.2`. */
  field: string;
  message: string;
  /** `shared`: two files answer to the name, so lookups are ambiguous; `unmatchable`: it can never match. */
  kind: 'shared' | 'unmatchable';
}

/** Every name a document answers to, with the field it comes from. */
function namesOf(doc: KnowledgeDoc): { field: string; name: string }[] {
  const names = [
    { field: 'title', name: doc.title },
    ...doc.aliases.map((name, i) => ({ field: `aliases.${i}`, name })),
  ];
  if (doc.type === 'role') names.push(...doc.similar.map((name, i) => ({ field: `similar.${i}`, name })));
  // Lookups also answer to the id read as words ("sdn network programmer"); it is only named as the
  // field to fix when it is not already one of the file's other names.
  const idName = doc.id.replace(/-/g, ' ');
  if (!names.some((n) => nameKey(n.name) === nameKey(idName))) names.push({ field: 'id', name: idName });
  return names;
}

/**
 * Names that cannot work: a title, alias, similar name or id that another file also uses (a
 * one-word name shared by two files never matches at all, and a longer one answers for the wrong
 * file), or a name with no letters or digits to match.
 */
export function nameProblems(kb: Pick<KnowledgeBase, 'docs'>): NameProblem[] {
  const owners = new Map<string, { doc: KnowledgeDoc; field: string }[]>();
  const problems: NameProblem[] = [];
  for (const doc of kb.docs) {
    for (const { field, name } of namesOf(doc)) {
      const key = nameKey(name);
      if (!key) {
        problems.push({
          path: doc.path,
          field,
          message: `"${name}" has no letters or digits and can never match`,
          kind: 'unmatchable',
        });
        continue;
      }
      owners.set(key, [...(owners.get(key) ?? []), { doc, field }]);
    }
  }
  for (const [key, uses] of owners) {
    const docs = new Set(uses.map((u) => u.doc));
    if (docs.size < 2) continue;
    for (const use of uses) {
      const others = uses.filter((u) => u.doc !== use.doc).map((u) => `${u.doc.path} (${u.field})`);
      problems.push({
        path: use.doc.path,
        field: use.field,
        message: `"${key}" is also a name in ${others.join(', ')}: each name must belong to one file`,
        kind: 'shared',
      });
    }
  }
  return problems;
}
