import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/discord/discord-bot.js';
import { SqliteStore } from '../../src/stores/sqlite-store.js';
import { reportWithDownvoteReason } from '../support/downvote-report.js';
import { createService, silentLogger, tempDir } from '../support/engine.js';
import { waitFor } from '../support/wait-for.js';
import { APP_ID, DM_CHANNEL_ID, FakeDiscord, interactionPayload, messagePayload } from './fake-discord.js';
import { buttonIds, isV2, type MessageBody, textOf } from './message-body.js';

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let store: SqliteStore;

type Callback = {
  type: number;
  data?: MessageBody & {
    custom_id?: string;
    title?: string;
    components?: { type: number; component?: { type: number; custom_id: string; style: number } }[];
  };
};
const callbackFor = (id: string) =>
  fake.callsTo('POST', /^\/interactions\/\d+\/[^/]+\/callback$/).find((c) => c.path.startsWith(`/interactions/${id}/`));

beforeAll(async () => {
  fake = await FakeDiscord.start();
  store = SqliteStore.open({ dir: await tempDir('discord-feedback'), retentionDays: 30, logger: silentLogger });
  const service = await createService({ stores: store.stores() });
  adapter = createDiscordAdapter({
    service,
    config: { token: 'feedback-token', applicationId: APP_ID, apiUrl: fake.apiUrl },
    logger: silentLogger,
  });
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  await fake.stop();
  store.close();
});

it('👎 opens a form asking what was wrong; the reason is kept with the feedback and shown in the report', async () => {
  fake.dispatch('MESSAGE_CREATE', messagePayload({ content: 'which roles need robotics?', dm: true }));
  const answer = await waitFor(
    () => fake.callsTo('POST', new RegExp(`^/channels/${DM_CHANNEL_ID}/messages$`))[0],
    5000,
    'answer',
  );
  const sent = answer.body as MessageBody;
  const down = buttonIds(sent).find((id) => id.startsWith('fb:down:'))!;
  const key = down.slice('fb:down:'.length);
  const message = fake.message(DM_CHANNEL_ID, sent);

  const click = interactionPayload(3, { custom_id: down, component_type: 2 }, { message });
  fake.dispatch('INTERACTION_CREATE', click);
  const opened = await waitFor(() => callbackFor(click.id as string), 5000, 'modal');
  const modal = (opened.body as Callback).data!;
  expect((opened.body as Callback).type).toBe(9);
  expect(modal.custom_id).toBe(`fbr:${key}`);
  expect(modal.title).toBe('What was wrong?');
  // One labelled paragraph input (style 2).
  expect(modal.components).toHaveLength(1);
  expect(modal.components![0]).toMatchObject({ type: 18, component: { type: 4, custom_id: 'reason', style: 2 } });

  const submit = interactionPayload(
    5,
    {
      custom_id: modal.custom_id,
      components: [
        { type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'reason', value: 'It missed the drone roles' } },
      ],
    },
    { message },
  );
  fake.dispatch('INTERACTION_CREATE', submit);
  const thanked = (await waitFor(() => callbackFor(submit.id as string), 5000, 'thanks')).body as Callback;
  expect(thanked.type).toBe(7);
  expect(isV2(thanked.data)).toBe(true);
  expect(buttonIds(thanked.data)).toEqual([]);
  expect(textOf(thanked.data)).toMatch(/-# Thanks for the feedback 👎$/);

  const report = await reportWithDownvoteReason(store);
  expect(report.feedback).toMatchObject({ up: 0, down: 1 });
  expect(report.feedback.downvoted[0]).toMatchObject({
    question: 'which roles need robotics?',
    reason: 'It missed the drone roles',
  });
  expect(fake.refusals).toEqual([]);
});
