import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argsFromText } from '../src/commands/command.js';
import { CommandSet } from '../src/commands/command-loader.js';
import { PACKAGE_ROOT } from '../src/config.js';
import { discordCommandJson } from '../src/discord/commands.js';
import type { CareerEngine } from '../src/engine.js';
import { slashCommandsYaml } from '../src/slack/manifest-commands.js';
import { createEngine } from './support/engine.js';

let commands: CommandSet;
let engine: CareerEngine;
beforeAll(async () => {
  [commands, engine] = await Promise.all([CommandSet.load(), createEngine()]);
});

describe('the command files', () => {
  it('are found by the loader, each with a description, usage and options Discord accepts', () => {
    expect(commands.all.map((c) => c.name)).toEqual(expect.arrayContaining(['ask', 'role', 'skills']));
    for (const c of discordCommandJson(commands.all, { global: true })) {
      expect(c.name).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('produce the Slack manifest’s commands section; the committed manifest matches (npm run slack:manifest)', async () => {
    const manifest = await readFile(path.join(PACKAGE_ROOT, 'slack', 'manifest.yml'), 'utf8');
    expect(manifest).toContain(slashCommandsYaml(commands.all));
    for (const c of commands.all) expect(manifest).toContain(`- command: /${c.name}\n`);
  });

  it('are found by name or alias, with or without the slash', () => {
    expect(commands.find('/career')?.name).toBe('ask');
    expect(commands.find('roles')?.name).toBe('role');
    expect(commands.find('nope')).toBeUndefined();
  });

  it('run to structured replies: a card, a list without a name, a miss with suggestions', async () => {
    const role = commands.find('role')!;
    const card = await role.run(argsFromText(role, 'urban mechanic', { engine }), { engine });
    expect(card).toMatchObject({ kind: 'role-card', card: { id: 'urban-mechanic' } });
    expect(await role.run({}, { engine })).toMatchObject({ kind: 'list', of: 'role' });
    const miss = await role.run({ name: 'urban plumber' }, { engine });
    expect(miss.kind).toBe('not-found');
    expect(miss.kind === 'not-found' && miss.suggestions.map((s) => s.id)).toContain('urban-mechanic');
  });
});
