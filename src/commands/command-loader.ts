import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Command files are named `<name>-command.ts`; each exports one `Command`. */
const COMMAND_FILE = /-command\.(js|ts)$/;

function isCommand(value: unknown): value is Command {
  const c = value as Partial<Command> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.name === 'string' &&
    typeof c.run === 'function' &&
    Array.isArray(c.options)
  );
}

/** The commands, one per file in this folder: adding a command is adding its file. */
export class CommandSet {
  private constructor(readonly all: readonly Command[]) {}

  static async load(dir = HERE): Promise<CommandSet> {
    const files = (await readdir(dir)).filter((f) => COMMAND_FILE.test(f) && !f.endsWith('.d.ts')).sort();
    const modules = await Promise.all(
      files.map((f) => import(pathToFileURL(path.join(dir, f)).href) as Promise<Record<string, unknown>>),
    );
    return new CommandSet(modules.flatMap((m) => Object.values(m).filter(isCommand)));
  }

  find(name: string): Command | undefined {
    const key = name.replace(/^\//, '').toLowerCase();
    return this.all.find((c) => c.name === key || c.aliases?.includes(key));
  }
}
