/**
 * The fake Slack started by hand, to bring the real bot up against it in either mode:
 *
 *   npm run fake:slack                       # Web API on http://127.0.0.1:4001/api/
 *   SLACK_BOT_TOKEN=xoxb-local SLACK_APP_TOKEN=xapp-local SLACK_API_URL=http://127.0.0.1:4001/api/ npm start
 *   SLACK_BOT_TOKEN=xoxb-local SLACK_SIGNING_SECRET=local SLACK_API_URL=http://127.0.0.1:4001/api/ npm start
 *
 * It prints every Web API call the bot makes. In Socket Mode it sends one mention envelope as soon as
 * the bot connects; in HTTP mode it sends a signed mention to --events-url (default
 * http://127.0.0.1:3000/slack/events) signed with --secret (default "local") every 10 s until answered.
 */
import { parseArgs } from 'node:util';
import { FakeSlack } from './fake-slack.js';
import { eventBody, slackPost } from './signed-request.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4001' },
    'events-url': { type: 'string', default: 'http://127.0.0.1:3000/slack/events' },
    secret: { type: 'string', default: 'local' },
    question: { type: 'string', default: 'What does an urban mechanic do?' },
  },
});

const event = () => ({
  type: 'app_mention',
  user: 'U1',
  text: `<@UBOT> ${values.question}`,
  ts: `${Date.now() / 1000}`,
  channel: 'C1',
  event_ts: `${Date.now() / 1000}`,
});
const fake = await FakeSlack.start(Number(values.port));
console.log(`fake Slack Web API on ${fake.apiUrl}`);
let printed = 0;
let answered = false;
let sentEnvelope = false;
setInterval(() => {
  for (const call of fake.calls.slice(printed)) {
    console.log(`<- ${call.method} ${JSON.stringify(call.args.text ?? call.args).slice(0, 300)}`);
    if (call.method === 'chat.postMessage') answered = true;
  }
  printed = fake.calls.length;
  if (fake.socketConnected && !sentEnvelope) {
    sentEnvelope = true;
    console.log(`-> socket mode envelope: app_mention "${values.question}"`);
    fake.sendEnvelope({
      envelope_id: 'manual-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: JSON.parse(eventBody(event(), 'EvManual1')) as unknown,
    });
  }
}, 200);
setInterval(() => {
  if (answered || fake.socketConnected) return;
  slackPost(values['events-url'], eventBody(event(), `EvManual${Date.now()}`), { secret: values.secret }).then(
    (r) => console.log(`-> signed app_mention to ${values['events-url']}: HTTP ${r.status}`),
    () => console.log(`(no bot at ${values['events-url']} yet)`),
  );
}, 10_000);
