/**
 * Fits the follow-up model (npm run fit:follow-up): a logistic regression over the grams of a message,
 * telling the later turns of the tuning part's conversations (kind `followup`) from messages that are
 * conversation with the bot or off-topic (kinds `help` and `offtopic`, alone or the last turn of a conversation): what else a
 * message that names nothing may be in the middle of a conversation. Besides the threshold above which a
 * message is taken for a follow-up, it chooses a floor below which one is taken as surely about something
 * else, and a veto lower still. The held-out part is never read here. Writes follow-up-model.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { readEvalSet } from '../eval/eval-sets.js';
import { fitGramModelWithOutOfFold, type LabelledMessage } from './fit-gram-model.js';
import { FOLLOW_UP_MODEL_PATH } from './follow-up-model.js';

const tune = readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'));
const messages: LabelledMessage[] = [];
for (const c of tune?.ask ?? []) {
  if (c.kind === 'followup') for (const turn of c.turns.slice(1)) messages.push({ message: turn, positive: true });
  // A message about something else, sent alone or in the middle of a conversation about a role.
  else if (c.kind === 'help' || c.kind === 'offtopic') messages.push({ message: c.turns.at(-1)!, positive: false });
}
/** At most this share of follow-ups may read below the floor, out of fold. */
const FOLLOW_UPS_BELOW_FLOOR = 1 / 200;
/** At most this share below the veto, where no rule but a pointer that asks about the role keeps a follow-up. */
const FOLLOW_UPS_BELOW_VETO = 1 / 500;

/**
 * The highest probability, in `step`s, under which at most `share` of the follow-ups read out of fold.
 * Below the floor a follow-up is dropped where a rule alone would carry it; below the veto, unless it
 * points back and asks about the role. Bounds on that loss, not costs, since no share of messages about
 * something else mid-conversation is known to weigh them against.
 */
function boundOf(outOfFold: number[], share: number, step: number): number {
  const followUps = outOfFold.filter((_, i) => messages[i]!.positive);
  let bound = 0;
  for (let t = step; t < 0.5; t += step) {
    if (followUps.filter((p) => p < t).length > share * followUps.length) break;
    bound = Math.round(t * 10000) / 10000;
  }
  return bound;
}

// Answering an off-topic message or a goodbye as more about the role costs more than a follow-up
// left to the rules (which still carry most of them).
const { model, outOfFold } = fitGramModelWithOutOfFold(messages, {
  falsePositiveCost: 2,
  names: ['follow-ups', 'other messages'],
});
console.log(model.fitted.check);
model.floor = boundOf(outOfFold, FOLLOW_UPS_BELOW_FLOOR, 0.005);
model.veto = boundOf(outOfFold, FOLLOW_UPS_BELOW_VETO, 0.0005);
const below = (positive: boolean, bound: number) =>
  messages.filter((m, i) => m.positive === positive && outOfFold[i]! < bound).length;
for (const [name, bound] of [
  ['floor', model.floor],
  ['veto', model.veto],
] as const)
  console.log(
    `${name} ${bound}: follow-ups below it ${below(true, bound)}/${messages.filter((m) => m.positive).length}, other messages ${below(false, bound)}/${messages.filter((m) => !m.positive).length}`,
  );
writeFileSync(FOLLOW_UP_MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(
  `fitted on ${messages.length} messages, ${model.hundredths.length} weights kept, written to ${FOLLOW_UP_MODEL_PATH}`,
);
