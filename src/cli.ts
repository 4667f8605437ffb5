#!/usr/bin/env node
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerJson } from './answer/answer.js';
import { buildApp, type App } from './app.js';
import { notFoundMessage, roleCardMarkdown, skillCardMarkdown } from './cli/card-markdown.js';
import { printStreamed } from './cli/stream-printer.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { loadConfig } from './config.js';
import type { Conversation } from './conversation.js';
import { CareerBotError } from './errors.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import { nameProblems } from './knowledge/name-checks.js';
import { createLogger } from './logger.js';

const USAGE = `Usage: career-bot <command> [options]

Commands:
  ask "question"        answer a question from the knowledge base, with sources
  role "name"           show a role card (ids, titles, aliases and near-misses work)
  roles                 list all roles
  skill "name"          show a skill and the roles that use it
  skills                list the in-demand skills
  validate [DIR]        check a knowledge folder (default: the configured one) and list every problem
  chat                  interactive chat in the terminal

Options:
  --json                machine-readable output
  --batch               (ask, role) read JSON lines {"q": "..."} on stdin, write one result per line;
                        ask lines may add "conversation": "ID" to be turns of one conversation
  -h, --help            show this help`;

type Out = (text: string) => void;
const print: Out = (text) => process.stdout.write(`${text}\n`);

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
    if (!item || typeof item !== 'object' || typeof item.q !== 'string') yield { error: 'each line must be a JSON object with a string field "q"' };
    else if (item.conversation !== undefined && typeof item.conversation !== 'string') yield { error: '"conversation" must be a string id' };
    else yield { q: item.q, ...(item.conversation !== undefined ? { conversation: item.conversation } : {}) };
  }
}

/** The answer to one batch line; lines sharing a conversation id are successive turns. */
async function batchAnswer(app: App, item: { q: string; conversation?: string }, conversations: Map<string, Conversation>): Promise<string> {
  if (item.conversation === undefined) return JSON.stringify(answerJson(await app.engine.ask(item.q)));
  let conversation = conversations.get(item.conversation);
  if (!conversation) conversations.set(item.conversation, (conversation = app.engine.conversation()));
  return JSON.stringify({ ...answerJson(await conversation.ask(item.q)), conversation: item.conversation });
}

async function ask(app: App, question: string, json: boolean, batch: boolean): Promise<number> {
  if (batch) {
    const conversations = new Map<string, Conversation>();
    for await (const item of jsonLines()) {
      if ('error' in item) {
        print(JSON.stringify({ error: 'bad_request', message: item.error }));
        continue;
      }
      try {
        print(await batchAnswer(app, item, conversations));
      } catch (err) {
        // One line that breaks the engine must not end the batch: report it and go on.
        app.logger.error({ err }, 'batch line failed');
        print(JSON.stringify({ error: 'internal', message: 'this question could not be answered' }));
      }
    }
    return 0;
  }
  if (!question) {
    process.stderr.write('career-bot ask: give a question, e.g. career-bot ask "What does an urban mechanic do?"\n');
    return 2;
  }
  if (json) {
    print(JSON.stringify(answerJson(await app.engine.ask(question))));
    return 0;
  }
  await printStreamed(app.engine.askStream(question), (text) => process.stdout.write(text));
  return 0;
}

function lookupOnce(app: App, kind: 'role' | 'skill', name: string, json: boolean): number {
  const result = kind === 'role' ? app.engine.role(name) : app.engine.skill(name);
  if (result.found) {
    if (json) print(JSON.stringify(result.card));
    else print(kind === 'role' ? roleCardMarkdown(result.card as never) : skillCardMarkdown(result.card as never));
    return 0;
  }
  if (json) print(JSON.stringify({ error: 'not_found', suggestions: result.suggestions.map((s) => s.id) }));
  else process.stderr.write(`career-bot: ${notFoundMessage(kind, name, result)}\n`);
  return 1;
}

async function lookup(app: App, kind: 'role' | 'skill', name: string, json: boolean, batch: boolean): Promise<number> {
  if (!batch) {
    if (!name) {
      process.stderr.write(`career-bot ${kind}: give a name, e.g. career-bot ${kind} ${kind === 'role' ? 'urban-mechanic' : 'machine-learning'}\n`);
      return 2;
    }
    return lookupOnce(app, kind, name, json);
  }
  for await (const item of jsonLines()) {
    if ('error' in item) print(JSON.stringify({ error: 'bad_request', message: item.error }));
    else lookupOnce(app, kind, item.q, true);
  }
  return 0;
}

function list(app: App, kind: 'roles' | 'skills', json: boolean): number {
  const cards = kind === 'roles' ? app.engine.roleCards() : app.engine.skillCards();
  if (json) print(JSON.stringify(cards));
  else for (const c of cards) print(`${c.id.padEnd(38)} ${c.title}: ${c.summary}`);
  return 0;
}

/** Loads a knowledge folder as the bot would and checks its names; every problem is listed. */
async function validate(dir: string): Promise<number> {
  const kb = await loadKnowledge(dir);
  const problems = nameProblems(kb);
  for (const p of problems) process.stderr.write(`${path.join(dir, p.path)}: ${p.field}: ${p.message}\n`);
  if (problems.length) return 1;
  print(`${dir}: ${kb.docs.length} knowledge files, no problems`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`career-bot: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const { json = false, batch = false, help = false } = parsed.values;
  if (help || !command) {
    print(USAGE);
    return help ? 0 : 2;
  }
  const text = rest.join(' ').trim();

  const config = loadConfig();
  if (command === 'validate') return validate(text || config.knowledgeDir);
  const logger = createLogger(config.logLevel ?? 'warn');
  const app = await buildApp(config, logger);
  switch (command) {
    case 'ask':
      return ask(app, text, json, batch);
    case 'role':
      return lookup(app, 'role', text, json, batch);
    case 'skill':
      return lookup(app, 'skill', text, json, batch);
    case 'roles':
    case 'skills':
      return list(app, command, json);
    case 'chat':
      await runTerminalChat(app.engine, process.stdin, process.stdout);
      return 0;
    default:
      process.stderr.write(`career-bot: unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof CareerBotError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`career-bot: ${message}\n`);
    process.exitCode = 2;
  },
);
