import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../commands/command.js';

/**
 * Where a globally registered command can be used: installed to a server or to a person's account,
 * and run in servers, in DMs with the bot, and in group DMs and other people's DMs. Server-scoped
 * registrations (testing) only exist in that server, so they carry neither.
 */
const ANYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/** The slash commands as Discord's API takes them, made from the command files. */
export function discordCommandJson(
  commands: readonly Command[],
  opts: { global: boolean },
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => ({
    ...(opts.global ? ANYWHERE : {}),
    name: c.name,
    type: ApplicationCommandType.ChatInput,
    description: c.description.slice(0, 100),
    options: c.options.map((o) => ({
      name: o.name,
      description: o.description.slice(0, 100),
      type: ApplicationCommandOptionType.String,
      required: o.required,
      max_length: o.maxLength,
      ...(o.complete ? { autocomplete: true } : {}),
    })),
  }));
}
