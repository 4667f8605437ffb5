/**
 * Fitting the role classifier, shared by the scripts that fit it (fit-role-classifier.ts) and that stack
 * on it (fit-background-ranker.ts, which needs each question's probabilities from a classifier not fitted
 * on that question).
 */
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { type AskCase, readEvalSet } from '../eval/eval-sets.js';
import { expectedRoles, isRoleCase } from '../eval/score-eval.js';
import { compactWeights } from '../scope/fit-gram-model.js';
import { GRAM_BUCKETS, messageGrams } from '../scope/message-grams.js';
import { fitSparseLogistic } from '../scope/sparse-logistic.js';
import { RoleClassifier, type RoleClassifierFile } from './role-classifier.js';

const SGD = { dimensions: GRAM_BUCKETS, epochs: 4, learningRate: 0.2, l2: 0.01, seed: 1 };
/** Weights below this are dropped: the file stays near a megabyte, and cross-validation is run with the same cut. */
const KEPT_WEIGHT = 0.4;
export const FOLDS = 5;

/** The tuning part's single-turn questions labelled with roles (role, fit, list, compare): what the classifier learns from. */
export function classifierCases(): AskCase[] {
  const tune = readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'));
  return (tune?.ask ?? []).filter((c) => isRoleCase(c) && c.turns.length === 1);
}

export function fitRoleClassifier(
  cases: AskCase[],
  grams: number[][],
  roles: string[],
  weight: number,
): RoleClassifierFile {
  return {
    buckets: GRAM_BUCKETS,
    weight,
    roles: roles.map((id) => {
      const { weights, bias } = fitSparseLogistic(
        cases.map((c, i) => ({ features: grams[i]!, label: expectedRoles(c).includes(id) ? 1 : 0 })),
        SGD,
      );
      return { id, bias: Math.round(bias * 1000) / 1000, ...compactWeights(weights, KEPT_WEIGHT) };
    }),
    fitted: { questions: cases.length, check: '' },
  };
}

/**
 * A case's fold, by who wrote it: one person's questions share words ("saya", "wee", "brah") that a
 * classifier fitted on their other questions would take for the roles they asked about, and a new person
 * does not use. So each person's questions fall in one fold, and out-of-fold means written by others.
 */
function foldOf(c: AskCase): number {
  const writer = c.persona ?? c.id.replace(/-\d+$/, '');
  let hash = 2166136261;
  for (let i = 0; i < writer.length; i++) hash = Math.imul(hash ^ writer.charCodeAt(i), 16777619);
  return (hash >>> 0) % FOLDS;
}

/** Each case's role probabilities from a classifier fitted on the folds it is not in (see foldOf). */
export function outOfFoldProbabilities(cases: AskCase[], grams: number[][], roles: string[]): Map<string, number>[] {
  const probabilities = new Array<Map<string, number>>(cases.length);
  const folds = cases.map(foldOf);
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i: number) => folds[i] === f;
    const model = RoleClassifier.fromWeights(
      fitRoleClassifier(
        cases.filter((_, i) => !inFold(i)),
        grams.filter((_, i) => !inFold(i)),
        roles,
        0,
      ),
    );
    cases.forEach((c, i) => {
      if (inFold(i)) probabilities[i] = model.probabilities(c.turns[0]!);
    });
  }
  return probabilities;
}

export const questionGrams = (cases: AskCase[]) => cases.map((c) => messageGrams(c.turns[0]!));
