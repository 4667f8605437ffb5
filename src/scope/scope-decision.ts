import type { ScopeModel } from './scope-model.js';

/** Why a question was answered or declined: logged, and reported by the evaluation. */
export type ScopeReason = 'follow-up' | 'names-role-or-skill' | 'background' | 'model' | 'no-evidence';

export interface ScopeDecision {
  inScope: boolean;
  reason: ScopeReason;
  /** The model's probability, when the model decided. */
  probability?: number;
}

/**
 * In scope or not, from evidence that generalises. Rules first, for what is certain: a follow-up
 * about an earlier subject, a question naming a role or skill, a person describing a background
 * that overlaps some role's. The rest is weighed by the fitted model from retrieval features.
 */
export function decideScope(opts: {
  followUp: boolean;
  namesRoleOrSkill: boolean;
  backgroundOverlap: boolean;
  foundAnything: boolean;
  features: number[];
  model: ScopeModel;
}): ScopeDecision {
  if (opts.followUp) return { inScope: true, reason: 'follow-up' };
  if (opts.namesRoleOrSkill) return { inScope: true, reason: 'names-role-or-skill' };
  if (opts.backgroundOverlap) return { inScope: true, reason: 'background' };
  if (!opts.foundAnything) return { inScope: false, reason: 'no-evidence' };
  const probability = opts.model.probability(opts.features);
  return { inScope: opts.model.inScope(opts.features), reason: 'model', probability };
}
