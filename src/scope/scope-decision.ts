import type { ScopeModel } from './scope-model.js';

/** Why a question was answered or declined: logged, and reported by the evaluation. */
export type ScopeReason = 'follow-up' | 'names-role' | 'model' | 'no-evidence';

export interface ScopeDecision {
  inScope: boolean;
  reason: ScopeReason;
  /** The model's probability, when the model decided. */
  probability?: number;
}

/**
 * In scope or not, from evidence that generalises. Rules decide what is certain: a follow-up about
 * an earlier subject, a question naming a role. Everything else is weighed by the fitted model, with
 * named skills and topics, a described background and its overlap with the roles among its features:
 * strong evidence, but "robot vacuum recommendations" names a skill too, and "berlin zoo opening
 * hours" a topic.
 */
export function decideScope(opts: {
  followUp: boolean;
  namesRole: boolean;
  foundAnything: boolean;
  features: number[];
  model: ScopeModel;
}): ScopeDecision {
  if (opts.followUp) return { inScope: true, reason: 'follow-up' };
  if (opts.namesRole) return { inScope: true, reason: 'names-role' };
  if (!opts.foundAnything) return { inScope: false, reason: 'no-evidence' };
  const probability = opts.model.probability(opts.features);
  return { inScope: opts.model.inScope(opts.features), reason: 'model', probability };
}
