import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../commands/command.js';

/** The slash commands as Discord's API takes them, made from the command files. */
export function discordCommandJson(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => ({
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
