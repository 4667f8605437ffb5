import type { Command } from '../commands/command.js';

export const BEGIN = '  # BEGIN slash commands: generated from src/commands by `npm run slack:manifest`; do not edit';
export const END = '  # END slash commands';
const URL = 'https://career-bot.example.org/slack/events';

/** A YAML double-quoted scalar. */
const quoted = (s: string) => JSON.stringify(s);

/** The manifest's `slash_commands` section for these commands (aliases too: Slack has no aliases of its own). */
export function slashCommandsYaml(commands: readonly Command[]): string {
  const lines = [BEGIN, '  slash_commands:'];
  for (const c of commands) {
    for (const name of [c.name, ...(c.aliases ?? [])]) {
      lines.push(
        `    - command: /${name}`,
        `      url: ${URL}`,
        `      description: ${quoted(name === c.name ? c.description : `${c.description} (same as /${c.name})`)}`,
        `      usage_hint: ${quoted(`${c.usage}, e.g. ${c.example}`)}`,
        '      should_escape: true',
      );
    }
  }
  lines.push(END);
  return lines.join('\n');
}

/** The manifest text with its commands section replaced. */
export function withSlashCommands(manifest: string, commands: readonly Command[]): string {
  const start = manifest.indexOf(BEGIN);
  const end = manifest.indexOf(END);
  if (start < 0 || end < start) throw new Error('slack/manifest.yml has no generated slash-commands section');
  return manifest.slice(0, start) + slashCommandsYaml(commands) + manifest.slice(end + END.length);
}
