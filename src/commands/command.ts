import type { CareerEngine } from '../engine.js';
import type { Reply } from '../replies/reply.js';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Names offered as the user types (Discord autocomplete). */
  complete?: 'role' | 'skill';
  maxLength: number;
}

export type CommandArgs = Record<string, string | undefined>;

export interface CommandContext {
  engine: CareerEngine;
}

/**
 * A slash command, defined once: Discord's registration, the Slack listeners and manifest, the CLI
 * subcommand and every `--help` are produced from this.
 */
export interface Command {
  name: string;
  /** Other names it answers to (Slack's `/career`, the CLI's `skill`). */
  aliases?: string[];
  description: string;
  options: CommandOption[];
  /** Arguments as typed after the command, for help and the Slack manifest's usage hint. */
  usage: string;
  example: string;
  /**
   * Free text (Slack, the CLI) into option values; by default all of it is the first option.
   * Discord passes options already split.
   */
  parse?(text: string, ctx: CommandContext): CommandArgs;
  run(args: CommandArgs, ctx: CommandContext): Reply | Promise<Reply>;
}

/** The default reading of free text: all of it is the first option. */
export function argsFromText(command: Command, text: string, ctx: CommandContext): CommandArgs {
  if (command.parse) return command.parse(text, ctx);
  const first = command.options[0];
  const value = text.trim();
  return first && value ? { [first.name]: value } : {};
}
