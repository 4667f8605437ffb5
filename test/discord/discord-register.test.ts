import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CommandSet } from '../../src/commands/command-loader.js';
import { PACKAGE_ROOT } from '../../src/config.js';
import { APP_ID, FakeDiscord, GUILD_ID } from './fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.stop());

function register(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'dist', 'discord', 'register-main.js')], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

it('npm run discord:register puts the command JSON Discord expects, to one server when DISCORD_GUILD_ID is set', async () => {
  const r = await register({
    DISCORD_TOKEN: 'reg-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
  });
  expect(r.stderr).toBe('');
  const names = (await CommandSet.load()).all.map((c) => c.name);
  expect(r.stdout).toContain(`registered ${names.map((n) => `/${n}`).join(', ')} (server ${GUILD_ID})`);
  const put = fake.callsTo('PUT', new RegExp(`^/applications/${APP_ID}/guilds/${GUILD_ID}/commands$`))[0]!;
  expect(put.authorization).toBe('Bot reg-token');
  const commands = put.body as {
    name: string;
    type: number;
    description: string;
    options?: { name: string; type: number; required?: boolean; autocomplete?: boolean }[];
  }[];
  expect(commands.map((c) => c.name)).toEqual(names);
  expect(names).toEqual(expect.arrayContaining(['ask', 'role', 'skills']));
  const byName = (name: string) => commands.find((c) => c.name === name)!;
  for (const c of commands) {
    expect(c.type).toBe(1);
    expect(c.description.length).toBeGreaterThan(0);
    expect(c.description.length).toBeLessThanOrEqual(100);
  }
  expect(byName('ask').options![0]).toMatchObject({ name: 'question', type: 3, required: true });
  expect(byName('ask').options![0]).not.toHaveProperty('autocomplete');
  // Without a name, /role lists every role (as on Slack and in the CLI).
  expect(byName('role').options![0]).toMatchObject({ name: 'name', type: 3, required: false, autocomplete: true });
  expect(byName('skills').options![0]).toMatchObject({ name: 'name', type: 3, required: false, autocomplete: true });
});

it('registers globally without a guild id, and names a missing variable', async () => {
  const global = await register({
    DISCORD_TOKEN: 'reg-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
  });
  expect(global.stdout).toContain('(global)');
  const puts = fake.callsTo('PUT', new RegExp(`^/applications/${APP_ID}/commands$`));
  expect(puts).toHaveLength(1);
  // Global commands can be installed to a person's account and used in DMs and group DMs too.
  for (const c of puts[0]!.body as { integration_types?: number[]; contexts?: number[] }[]) {
    expect(c.integration_types).toEqual([0, 1]);
    expect(c.contexts).toEqual([0, 1, 2]);
  }

  const missing = await register({ DISCORD_TOKEN: 'reg-token', DISCORD_API_URL: fake.apiUrl });
  expect(missing.code).not.toBe(0);
  expect(missing.stderr).toContain('DISCORD_APPLICATION_ID');
});
