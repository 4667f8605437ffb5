#!/usr/bin/env node
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { answerJson } from './answer/answer.js';
import { type App, buildApp } from './app.js';
import { forget, report } from './cli/admin-commands.js';
import { compilePatternsForOneShot } from './cli/one-shot-regexps.js';
import { printStreamed } from './cli/stream-printer.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { jsonOutput, terminalOutput } from './cli/terminal-render.js';
import { type TerminalStyle, terminalStyle } from './cli/terminal-style.js';
import { argsFromText, type Command } from './commands/command.js';
import { CommandSet } from './commands/command-loader.js';
import { loadConfig, PACKAGE_ROOT } from './config.js';
import { CareerBotError } from './errors.js';
import { checkKnowledge } from './knowledge/check-knowledge.js';
import { createLogger } from './logger.js';

/** Subcommands of the CLI alone; the chat commands come from src/commands. */
const CLI_ONLY = [
  {
    usage: 'validate [DIR]',
    description: 'check a knowledge folder (default: the configured one) and list every problem',
  },
  { usage: 'chat', description: 'interactive chat in the terminal' },
  {
    usage: 'report [--since 7d] [--json]',
    description: 'questions, declines, gaps and feedback recorded by the service (docs/report.md)',
  },
  { usage: 'forget --user ID', description: "delete everything recorded about one person's Slack or Discord id" },
];

function usage(commands: CommandSet): string {
  const rows = [
    ...commands.all.map((c) => ({
      usage: `${[c.name, ...(c.aliases ?? [])].join('|')} ${c.usage}`,
      description: c.description,
    })),
    ...CLI_ONLY,
  ];
  const width = Math.max(...rows.map((r) => r.usage.length)) + 2;
  return `Usage: career-bot <command> [options]

Commands:
${rows.map((r) => `  ${r.usage.padEnd(width)}${r.description}`).join('\n')}

Options:
  --json                machine-readable output
  --batch               read JSON lines {"q": "..."} on stdin, write one result per line;
                        ask lines may add "conversation": "ID" to be turns of one conversation
  -h, --help            show this help; after a command, that command's help
  -v, --version         print the version`;
}

function commandHelp(c: Command): string {
  const options = c.options.map((o) => `  ${o.name.padEnd(12)}${o.description}${o.required ? '' : ' (optional)'}`);
  const aliases = c.aliases?.length ? `\nAlso: ${c.aliases.join(', ')}` : '';
  return `Usage: career-bot ${c.name} ${c.usage} [--json] [--batch]\n\n${c.description}.${aliases}\n\nArguments:\n${options.join('\n')}\n\nExample: career-bot ${c.name} ${c.example}`;
}

const print = (text: string) => process.stdout.write(`${text}\n`);

/** One line of a batch: a question, with the conversation it belongs to if any. */
type BatchItem = { q: string; conversation?: string } | { error: string };

async function* jsonLines(): AsyncGenerator<BatchItem> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { error: 'line is not valid JSON' };
      continue;
    }
    const item = value as { q?: unknown; conversation?: unknown } | null;
    if (!item || typeof item !== 'object' || typeof item.q !== 'string')
      yield { error: 'each line must be a JSON object with a string field "q"' };
    else if (item.conversation !== undefined && typeof item.conversation !== 'string')
      yield { error: '"conversation" must be a string id' };
    else yield { q: item.q, ...(item.conversation !== undefined ? { conversation: item.conversation } : {}) };
  }
}

const CLI_CALLER = { surface: 'cli', user: 'local' };
/** A batch's conversation ids are its own: the same id in another run (the store keeps turns) starts anew. */
const BATCH_RUN = randomUUID();

/** One batch line as JSON; ask lines sharing a conversation id are successive turns of it. */
async function batchLine(app: App, command: Command, item: { q: string; conversation?: string }): Promise<string> {
  if (command.name === 'ask' && item.conversation !== undefined) {
    const answer = await app.service.ask(item.q, CLI_CALLER, `cli:${BATCH_RUN}:${item.conversation}`);
    return JSON.stringify({ ...answerJson(answer), conversation: item.conversation });
  }
  const args = argsFromText(command, item.q, { engine: app.engine });
  return JSON.stringify(jsonOutput(await app.service.runCommand(command.name, args, CLI_CALLER)).json);
}

async function batch(app: App, command: Command): Promise<number> {
  for await (const item of jsonLines()) {
    if ('error' in item) {
      print(JSON.stringify({ error: 'bad_request', message: item.error }));
      continue;
    }
    try {
      print(await batchLine(app, command, item));
    } catch (err) {
      // One line that breaks the engine must not end the batch: report it and go on.
      app.logger.error({ err }, 'batch line failed');
      print(JSON.stringify({ error: 'internal', message: 'this question could not be answered' }));
    }
  }
  return 0;
}

async function run(app: App, command: Command, text: string, json: boolean, style: TerminalStyle): Promise<number> {
  const missing = command.options.find((o) => o.required);
  if (missing && !text) {
    process.stderr.write(
      `career-bot ${command.name}: give ${missing.name === 'question' ? 'a question' : `a ${missing.name}`}, e.g. career-bot ${command.name} "${command.example}"\n`,
    );
    return 2;
  }
  if (command.name === 'ask' && !json) {
    // The terminal shows a generated answer as it is written.
    await printStreamed(app.service.askStream(text, CLI_CALLER), (t) => process.stdout.write(t), style);
    return 0;
  }
  const reply = await app.service.runCommand(
    command.name,
    argsFromText(command, text, { engine: app.engine }),
    CLI_CALLER,
  );
  if (json) {
    const out = jsonOutput(reply);
    print(JSON.stringify(out.json));
    return out.code;
  }
  const out = terminalOutput(reply, style);
  if (out.stdout !== undefined) print(out.stdout);
  if (out.stderr !== undefined) process.stderr.write(`career-bot: ${out.stderr}\n`);
  return out.code;
}

/** Checks a knowledge folder by the rules the bot loads it with; every problem is listed, one a line. */
async function validate(dir: string): Promise<number> {
  const { kb, problems } = await checkKnowledge(dir);
  for (const p of problems) process.stderr.write(`${p.file}: ${p.field}: ${p.message}\n`);
  if (!kb) return 1;
  print(`${dir}: ${kb.docs.length} knowledge files, no problems`);
  return 0;
}

const parseCliArgs = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      batch: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      since: { type: 'string' },
      user: { type: 'string' },
    },
  });

/** The command files beside this module: dist/commands, or the bundle's own copies in dist/cli-bundle/commands. */
const COMMANDS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

export async function main(argv: string[]): Promise<number> {
  const commands = await CommandSet.load(COMMANDS_DIR);
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (err) {
    process.stderr.write(`career-bot: ${(err as Error).message}\n\n${usage(commands)}\n`);
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  const { json = false, batch: isBatch = false, help = false, version = false } = parsed.values;
  if (version) {
    print(`career-bot ${packageVersion()}`);
    return 0;
  }
  const command = name ? commands.find(name) : undefined;
  if (help || !name) {
    print(command ? commandHelp(command) : usage(commands));
    return help ? 0 : 2;
  }
  const text = rest.join(' ').trim();
  if (!command && !['validate', 'chat', 'report', 'forget'].includes(name)) {
    process.stderr.write(`career-bot: unknown command '${name}'\n\n${usage(commands)}\n`);
    return 2;
  }

  const config = loadConfig();
  if (name === 'validate') return validate(text || config.knowledgeDir);
  if (name === 'report') return report(config, { since: parsed.values.since, json }, print);
  if (name === 'forget') return forget(config, parsed.values.user, print);
  const app = await buildApp(config, createLogger(config.logLevel ?? 'warn'), { commands });
  const style = terminalStyle(process.stdout, config.noColor);
  try {
    if (!command) {
      return await runTerminalChat(app.service, process.stdin, process.stdout, style);
    }
    if (isBatch) return await batch(app, command);
    compilePatternsForOneShot();
    return await run(app, command, text, json, style);
  } finally {
    app.close();
  }
}

/** The version in package.json, beside dist/. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

// A reader that stops early (`career-bot roles | head -3`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message =
      err instanceof CareerBotError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`career-bot: ${message}\n`);
    process.exitCode = 2;
  },
);
