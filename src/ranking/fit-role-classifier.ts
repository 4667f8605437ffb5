/**
 * Fits the role classifier (npm run fit:roles): one logistic regression over a question's grams per
 * role, on the tuning part's single-turn questions labelled with roles (role, fit, list, compare), and
 * the weight it is fused with, chosen by 5-fold cross-validation against the answers the engine gives
 * without it. The held-out part is never read here. Writes role-classifier.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { type AskCase, readEvalSet } from '../eval/eval-sets.js';
import { isRoleCase, rankingHits } from '../eval/score-eval.js';
import { assembleFittingEngine } from '../fitting-engine.js';
import { compactWeights } from '../scope/fit-gram-model.js';
import { GRAM_BUCKETS, messageGrams } from '../scope/message-grams.js';
import { fitSparseLogistic } from '../scope/sparse-logistic.js';
import { ROLE_CLASSIFIER_PATH, RoleClassifier, type RoleClassifierFile } from './role-classifier.js';

const SGD = { dimensions: GRAM_BUCKETS, epochs: 4, learningRate: 0.2, l2: 0.01, seed: 1 };
/** Weights below this are dropped: the file stays near a megabyte, and cross-validation is run with the same cut. */
const KEPT_WEIGHT = 0.4;
const WEIGHTS = [0, 0.02, 0.05, 0.1, 0.2, 0.3];
const FOLDS = 5;

const targets = (c: AskCase) => (c.top1 ? [c.top1] : (c.any_in_top3 ?? c.all_in_top3 ?? []));

function fitClassifier(cases: AskCase[], grams: number[][], roles: string[], weight: number): RoleClassifierFile {
  return {
    buckets: GRAM_BUCKETS,
    weight,
    roles: roles.map((id) => {
      const { weights, bias } = fitSparseLogistic(
        cases.map((c, i) => ({ features: grams[i]!, label: targets(c).includes(id) ? 1 : 0 })),
        SGD,
      );
      return { id, bias: Math.round(bias * 1000) / 1000, ...compactWeights(weights, KEPT_WEIGHT) };
    }),
    fitted: { questions: cases.length, check: '' },
  };
}

async function main(): Promise<void> {
  const engine = await assembleFittingEngine({ roleClassifier: RoleClassifier.untrained() });
  const roles = engine.kb.roles.map((r) => r.id);
  const tune = readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'));
  const cases = (tune?.ask ?? []).filter((c) => isRoleCase(c) && c.turns.length === 1);
  const grams = cases.map((c) => messageGrams(c.turns[0]!));
  const answers: { id: string }[][] = [];
  for (const c of cases) {
    const a = await engine.ask(c.turns[0]!);
    answers.push(a.grounded ? a.roles.map((id) => ({ id })) : []);
  }
  // Each question's probabilities from a classifier not fitted on it, then the weight that ranks best.
  const probabilities = new Array<Map<string, number>>(cases.length);
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i: number) => i % FOLDS === f;
    const model = RoleClassifier.fromWeights(
      fitClassifier(
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
  const hitAt = (weight: number) => {
    const order = RoleClassifier.fromWeights({
      buckets: GRAM_BUCKETS,
      weight,
      roles: [],
      fitted: { questions: 0, check: '' },
    });
    let at1 = 0;
    let at3 = 0;
    cases.forEach((c, i) => {
      const h = rankingHits(
        c,
        order.orderRoles(answers[i]!, probabilities[i]!).map((r) => r.id),
      );
      at1 += h.at1 ? 1 : 0;
      at3 += h.at3 ? 1 : 0;
    });
    return { at1: at1 / cases.length, at3: at3 / cases.length };
  };
  const scored = WEIGHTS.map((w) => ({ w, ...hitAt(w) }));
  const best = scored.reduce((a, b) => (b.at1 > a.at1 ? b : a));
  const check = `5-fold cross-validated on ${cases.length} questions: ${scored.map((s) => `weight ${s.w} hit@1 ${s.at1.toFixed(3)} hit@3 ${s.at3.toFixed(3)}`).join('; ')}`;
  console.log(check);
  const file = { ...fitClassifier(cases, grams, roles, best.w), fitted: { questions: cases.length, check } };
  writeFileSync(ROLE_CLASSIFIER_PATH, `${JSON.stringify(file)}\n`);
  const kept = file.roles.reduce((n, r) => n + r.hundredths.length, 0);
  console.log(`weight ${best.w}; ${kept} weights kept for ${roles.length} roles, written to ${ROLE_CLASSIFIER_PATH}`);
}

await main();
