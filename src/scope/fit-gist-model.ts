/**
 * Fits the gist model (npm run fit:gist): a logistic regression over the gist of the later turns of the tuning
 * part's conversations (the words each shares with the knowledge, and the English its glosses read), telling
 * follow-ups from messages about something else. It chooses a floor below which a message in another language
 * is taken as surely about something else: the highest at which at most one follow-up in 200 in another
 * language reads below it, out of fold; and a leaning bound, higher, under which at most one in 50 reads, where
 * the gist alone is not enough but the follow-up model agreeing is. The held-out part is never read here. Writes
 * gist-model.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { readEvalSet } from '../eval/eval-sets.js';
import { assembleFittingEngine } from '../fitting-engine.js';
import { writtenInAnotherLanguage, writtenInAnotherScript } from '../text/other-language.js';
import { fitGramModelWithOutOfFold, type LabelledMessage } from './fit-gram-model.js';
import { GIST_MODEL_PATH, GistModel } from './gist-model.js';
import { termGrams } from './message-grams.js';

/** At most this share of follow-ups in another language may read below the floor, out of fold. */
const FOLLOW_UPS_BELOW_FLOOR = 1 / 200;
/** At most this share below the leaning bound. */
const FOLLOW_UPS_BELOW_LEANING = 1 / 50;
const STEP = 0.005;
/** Terms are one per line in what is fitted, since a term may have spaces ("talking to people"). */
const TERMS = '\n';

const engine = await assembleFittingEngine({ gistModel: GistModel.untrained() });
const tune = readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'));
const messages: (LabelledMessage & { foreign: boolean })[] = [];
for (const c of tune?.ask ?? []) {
  if (c.turns.length < 2 || (c.kind !== 'followup' && c.kind !== 'offtopic')) continue;
  for (const turn of c.kind === 'followup' ? c.turns.slice(1) : [c.turns.at(-1)!])
    messages.push({
      message: engine.gist(turn).join(TERMS),
      positive: c.kind === 'followup',
      foreign: writtenInAnotherLanguage(turn) || writtenInAnotherScript(turn),
    });
}
const { model, outOfFold: p } = fitGramModelWithOutOfFold(messages, {
  falsePositiveCost: 2,
  names: ['follow-ups', 'other messages'],
  grams: (gist) => (gist ? termGrams(gist.split(TERMS)) : []),
});
console.log(model.fitted.check);

const foreign = (positive: boolean, bound: number) =>
  messages.filter((m, i) => m.foreign && m.positive === positive && m.message && p[i]! < bound).length;
const followUps = messages.filter((m) => m.foreign && m.positive).length;
/** The highest probability, in steps, under which at most `share` of the follow-ups in another language read. */
function boundOf(share: number): number {
  let bound = 0;
  for (let t = STEP; t < 0.5; t += STEP) {
    if (foreign(true, t) > share * followUps) break;
    bound = Math.round(t * 10000) / 10000;
  }
  return bound;
}
model.floor = boundOf(FOLLOW_UPS_BELOW_FLOOR);
model.leaning = boundOf(FOLLOW_UPS_BELOW_LEANING);
for (const [name, bound] of [
  ['floor', model.floor],
  ['leaning', model.leaning],
] as const)
  console.log(
    `${name} ${bound}: in another language, follow-ups below it ${foreign(true, bound)}/${followUps}, other messages ${foreign(false, bound)}/${messages.filter((m) => m.foreign && !m.positive).length}`,
  );
writeFileSync(GIST_MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(
  `fitted on ${messages.length} messages, ${model.hundredths.length} weights kept, written to ${GIST_MODEL_PATH}`,
);
