/**
 * The fake Discord started by hand, to bring the real bot up against it:
 *
 *   npm run fake:discord     # REST on http://127.0.0.1:4002/api, gateway on ws://127.0.0.1:4002/gateway
 *   DISCORD_TOKEN=local DISCORD_APPLICATION_ID=900000000000000010 DISCORD_API_URL=http://127.0.0.1:4002/api npm start
 *
 * Once the bot has identified it sends one DM with --question and prints what the bot posts.
 */
import { parseArgs } from 'node:util';
import { FakeDiscord, messagePayload } from './fake-discord.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4002' },
    question: { type: 'string', default: 'What does a digital anthropologist do?' },
  },
});
const fake = await FakeDiscord.start(Number(values.port));
console.log(`fake Discord REST on ${fake.apiUrl}, gateway learnt from /api/v10/gateway/bot`);
let printed = 0;
let asked = false;
setInterval(() => {
  for (const call of fake.calls.slice(printed))
    console.log(`<- ${call.method} ${call.path} ${JSON.stringify(call.body ?? '').slice(0, 300)}`);
  printed = fake.calls.length;
  if (!asked && fake.identifies.length > 0) {
    asked = true;
    setTimeout(() => {
      console.log(`-> DM: "${values.question}"`);
      fake.dispatch('MESSAGE_CREATE', messagePayload({ content: values.question, dm: true }));
    }, 500);
  }
}, 200);
