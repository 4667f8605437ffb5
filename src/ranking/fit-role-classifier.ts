/**
 * Fits the role classifier (npm run fit:roles): one logistic regression over a question's grams per
 * role, on the tuning part's single-turn questions labelled with roles (role, fit, list, compare), and
 * the weight it is fused with, chosen by 5-fold cross-validation (hit@1 plus hit@3) against the answers
 * the engine gives without it. Fit answers weigh the classifier inside the background ranker instead
 * (fit-background-ranker.ts), so they take no part in the choice. The held-out part is never read here.
 * Writes role-classifier.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import { rankingHits } from '../eval/score-eval.js';
import { assembleFittingEngine } from '../fitting-engine.js';
import { GRAM_BUCKETS } from '../scope/message-grams.js';
import { ROLE_CLASSIFIER_PATH, RoleClassifier } from './role-classifier.js';
import {
  classifierCases,
  FOLDS,
  fitRoleClassifier,
  outOfFoldProbabilities,
  questionGrams,
} from './role-classifier-fitting.js';

const WEIGHTS = [0, 0.02, 0.05, 0.1, 0.2, 0.3];

async function main(): Promise<void> {
  const engine = await assembleFittingEngine({ roleClassifier: RoleClassifier.untrained() });
  const roles = engine.kb.roles.map((r) => r.id);
  const cases = classifierCases();
  const grams = questionGrams(cases);
  const answers: { id: string }[][] = [];
  const fused: boolean[] = [];
  for (const c of cases) {
    const a = await engine.ask(c.turns[0]!);
    answers.push(a.grounded ? a.roles.map((id) => ({ id })) : []);
    fused.push(!(a.grounded && a.intent === 'background-fit'));
  }
  // Each question's probabilities from a classifier not fitted on it, then the weight that ranks best.
  const probabilities = outOfFoldProbabilities(cases, grams, roles);
  const weighed = cases.flatMap((_, i) => (fused[i] ? [i] : []));
  const hitAt = (weight: number) => {
    const order = RoleClassifier.fromWeights({
      buckets: GRAM_BUCKETS,
      weight,
      roles: [],
      fitted: { questions: 0, check: '' },
    });
    let at1 = 0;
    let at3 = 0;
    for (const i of weighed) {
      const h = rankingHits(
        cases[i]!,
        order.orderRoles(answers[i]!, probabilities[i]!).map((r) => r.id),
      );
      at1 += h.at1 ? 1 : 0;
      at3 += h.at3 ? 1 : 0;
    }
    return { at1: at1 / weighed.length, at3: at3 / weighed.length };
  };
  const scored = WEIGHTS.map((w) => ({ w, ...hitAt(w) }));
  // Right first and right in the top three count alike: an answer's reader looks at both.
  const best = scored.reduce((a, b) => (b.at1 + b.at3 > a.at1 + a.at3 ? b : a));
  const check = `${FOLDS}-fold cross-validated on the ${weighed.length} of ${cases.length} questions not answered as a fit: ${scored.map((s) => `weight ${s.w} hit@1 ${s.at1.toFixed(3)} hit@3 ${s.at3.toFixed(3)}`).join('; ')}`;
  console.log(check);
  const file = { ...fitRoleClassifier(cases, grams, roles, best.w), fitted: { questions: cases.length, check } };
  writeFileSync(ROLE_CLASSIFIER_PATH, `${JSON.stringify(file)}\n`);
  const kept = file.roles.reduce((n, r) => n + r.hundredths.length, 0);
  console.log(`weight ${best.w}; ${kept} weights kept for ${roles.length} roles, written to ${ROLE_CLASSIFIER_PATH}`);
}

await main();
