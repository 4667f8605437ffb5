/**
 * Fits the background-ask model (npm run fit:background-ask): a logistic regression over the grams of
 * a message, telling a person's background asked about ("where would I fit?") from every other kind of
 * question. Trained on the tuning part only (its single-turn questions, `fit` against the rest); the
 * held-out part is never read here. Writes background-ask-model.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { readEvalSet } from '../eval/eval-sets.js';
import { BACKGROUND_ASK_MODEL_PATH } from './background-ask-model.js';
import { fitGramModel } from './fit-gram-model.js';

const tune = readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'));
const cases = (tune?.ask ?? []).filter((c) => c.turns.length === 1);
// A role or list question answered as a fit loses the answer it asked for; a fit question missed still
// gets the description the rules give it.
const model = fitGramModel(
  cases.map((c) => ({ message: c.turns[0]!, positive: c.kind === 'fit' })),
  { falsePositiveCost: 2, names: ['fit questions', 'other questions'] },
);
console.log(model.fitted.check);
writeFileSync(BACKGROUND_ASK_MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(
  `fitted on ${cases.length} questions, ${model.hundredths.length} weights kept, written to ${BACKGROUND_ASK_MODEL_PATH}`,
);
