import { argsFromText } from '../../commands/command.js';
import { slackMessage } from '../blocks.js';
import { stripMentions } from '../mrkdwn.js';
import { guarded, type ListenerContext, SURFACE } from './listener-context.js';

/** Every command file as a slash command (and its aliases): acked at once, answered ephemerally. */
export function registerCommands({ app, service, logger }: ListenerContext): void {
  for (const command of service.commands.all) {
    for (const name of [command.name, ...(command.aliases ?? [])]) {
      app.command(`/${name}`, async ({ command: body, ack, respond }) => {
        await ack();
        const run = async () => {
          const args = argsFromText(command, stripMentions(body.text), { engine: service.engine });
          const reply = await service.runCommand(command.name, args, { surface: SURFACE, user: body.user_id });
          await respond({ response_type: 'ephemeral', ...slackMessage(reply) });
        };
        await guarded(logger, `/${name}`, run, (text) => respond({ response_type: 'ephemeral', text }));
      });
    }
  }
}
