import type { BackgroundMatch } from '../answer/background-fit.js';
import type { RoleDoc } from '../knowledge/knowledge-base.js';
import type { Evidence } from '../retrieval/retriever.js';

/**
 * What the background ranker reads of one role, each in [0, ∞) and larger when the role fits better. The
 * fitted weights (background-ranker.json) are in this order; changing it means refitting (npm run fit:background).
 */
export const BACKGROUND_FEATURE_NAMES = [
  // How much of what the person says the role's backgrounds, transferable skills and skills share…
  'backgroundLog',
  // …and as a share of the best-matched role's.
  'backgroundShare',
  // How many of its backgrounds or transferable skills say why (at most three count).
  'reasons',
  // The largest share of one such item's words the person used: a background named whole.
  'wholeness',
  // Its best passage's BM25 score over the best passage's.
  'lexical',
  // Its place among the nearest passages by embedding.
  'dense',
  // Its whole-document BM25 score over the first document's.
  'document',
  // The role classifier's probability for it: the words people use for a role that its file does not.
  'wording',
] as const;

export interface BackgroundCandidate {
  role: RoleDoc;
  features: number[];
}

/** Reasons beyond which a role does not count as fitting better. */
const MAX_REASONS = 3;

/**
 * Every role that the background match or retrieval found, with its features: the roles a fit
 * answer ranks. Roles neither found are left out (they can only tie at the bottom). `wording` is the
 * role classifier's probabilities for the question (empty when it has none).
 */
export function backgroundCandidates(
  fit: BackgroundMatch[],
  evidence: Evidence,
  wording: ReadonlyMap<string, number>,
): BackgroundCandidate[] {
  const topFit = fit[0]?.score ?? 0;
  const byRole = new Map<RoleDoc, { match?: BackgroundMatch; entity?: Evidence['entities'][number] }>();
  for (const match of fit) byRole.set(match.role, { match });
  for (const entity of evidence.entities) {
    if (entity.doc.type !== 'role') continue;
    const seen = byRole.get(entity.doc);
    if (seen) seen.entity = entity;
    else byRole.set(entity.doc, { entity });
  }
  return [...byRole].map(([role, { match, entity }]) => {
    const s = entity?.signals;
    const denseRank = s?.ranks.dense;
    return {
      role,
      features: [
        Math.log1p(match?.score ?? 0),
        topFit > 0 ? (match?.score ?? 0) / topFit : 0,
        Math.min(match?.why.length ?? 0, MAX_REASONS) / MAX_REASONS,
        match?.wholeness ?? 0,
        s?.lexicalRatio ?? 0,
        denseRank === undefined ? 0 : 1 / (1 + denseRank),
        s?.documentRatio ?? 0,
        wording.get(role.id) ?? 0,
      ],
    };
  });
}
