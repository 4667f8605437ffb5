/**
 * Fits the follow-up model (npm run fit:follow-up): a logistic regression over the grams of a message,
 * telling the later turns of the tuning part's conversations (kind `followup`) from messages that are
 * conversation with the bot or off-topic (kinds `help` and `offtopic`, alone or the last turn of a conversation): what else a
 * message that names nothing may be in the middle of a conversation. The held-out part is never read
 * here. Writes follow-up-model.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../config.js';
import { readEvalSet } from '../eval/eval-sets.js';
import { fitGramModel, type LabelledMessage } from './fit-gram-model.js';
import { FOLLOW_UP_MODEL_PATH } from './follow-up-model.js';

const tune = readEvalSet('tuning', path.join(PACKAGE_ROOT, 'test', 'eval', 'tune'));
const messages: LabelledMessage[] = [];
for (const c of tune?.ask ?? []) {
  if (c.kind === 'followup') for (const turn of c.turns.slice(1)) messages.push({ message: turn, positive: true });
  // A message about something else, sent alone or in the middle of a conversation about a role.
  else if (c.kind === 'help' || c.kind === 'offtopic') messages.push({ message: c.turns.at(-1)!, positive: false });
}
// Answering an off-topic message or a goodbye as more about the role costs more than a follow-up
// left to the rules (which still carry most of them).
const model = fitGramModel(messages, { falsePositiveCost: 2, names: ['follow-ups', 'other messages'] });
console.log(model.fitted.check);
writeFileSync(FOLLOW_UP_MODEL_PATH, `${JSON.stringify(model)}\n`);
console.log(
  `fitted on ${messages.length} messages, ${model.hundredths.length} weights kept, written to ${FOLLOW_UP_MODEL_PATH}`,
);
