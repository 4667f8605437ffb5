import type { KnowledgeBase, RoleDoc } from '../knowledge/knowledge-base.js';
import { contentTerms } from '../text/normalize.js';

export interface BackgroundMatch {
  role: RoleDoc;
  /** IDF mass of the person's words found in the role's backgrounds, transferable skills and skills. */
  score: number;
  /** The role's backgrounds and transferable skills that share a word with the person's. */
  why: string[];
}

/**
 * Roles ranked by how much of what a person says about themselves appears in each role's typical
 * backgrounds, transferable skills, skill names and summary. Backgrounds and transferable skills
 * count double: they are written for exactly this question.
 */
export function matchBackground(
  kb: KnowledgeBase,
  personTerms: ReadonlySet<string>,
  weight: (term: string) => number,
): BackgroundMatch[] {
  const matches = kb.roles.map((role) => {
    const fitted = [...role.backgrounds, ...role.transferable];
    const fittedTerms = new Set(contentTerms(fitted.join(' ; ')));
    const skillNames = role.skills.flatMap((id) => {
      const s = kb.byId.get(id);
      return s ? [s.title, ...s.aliases] : [];
    });
    const otherTerms = new Set(contentTerms([...skillNames, role.title, role.summary].join(' ; ')));
    let score = 0;
    for (const t of personTerms) {
      if (fittedTerms.has(t)) score += 2 * weight(t);
      else if (otherTerms.has(t)) score += weight(t);
    }
    const why = fitted.filter((b) => contentTerms(b).some((t) => personTerms.has(t)));
    return { role, score, why };
  });
  return matches.filter((m) => m.score > 0).sort((a, b) => b.score - a.score);
}
