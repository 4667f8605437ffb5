import { describe, expect, it } from 'vitest';
import { tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';

const env = async () => ({ CAREER_BOT_CACHE_DIR: await tempDir('cli') });

describe('career-bot CLI', () => {
  it('ask prints a cited answer with a sources list', async () => {
    const r = await runCli(['ask', 'What is an urban mechanic?'], { env: await env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Urban Mechanic');
    expect(r.stdout).toMatch(/\[1\]/);
    expect(r.stdout).toContain('**Sources**');
  });

  it('ask --json prints the answer contract', async () => {
    const r = await runCli(['ask', '--json', 'which roles need machine learning?'], { env: await env() });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(['answer', 'grounded', 'intent', 'mode', 'roles', 'sources']);
    expect(a.intent).toBe('roles-for-skill');
    expect(a.grounded).toBe(true);
    expect(a.mode).toBe('extractive');
    expect(a.roles).toContain('machine-learning-scientist');
    for (const s of a.sources as Record<string, unknown>[]) {
      expect(Object.keys(s).sort()).toEqual(['id', 'score', 'title']);
      expect(typeof s.score).toBe('number');
    }
  });

  it('ask --json --batch answers every line in order and reports bad lines without stopping', async () => {
    const input = [
      '{"q":"What is an urban mechanic?"}',
      'not json',
      '{"q":"lorem ipsum dolor"}',
      '{"q":"data scientist"}',
    ].join('\n');
    const r = await runCli(['ask', '--json', '--batch'], { input, env: await env() });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { roles?: string[]; grounded?: boolean; error?: string });
    expect(lines).toHaveLength(4);
    expect(lines[0]?.roles?.[0]).toBe('urban-mechanic');
    expect(lines[1]?.error).toBe('bad_request');
    expect(lines[2]?.grounded).toBe(false);
    expect(lines[3]?.roles?.[0]).toBe('data-scientist');
  });

  it('role prints a card; role --json has the card fields', async () => {
    const text = await runCli(['role', 'urban-mechanic'], { env: await env() });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('# Urban Mechanic');
    expect(text.stdout).toContain('Related roles');
    const json = await runCli(['role', '--json', 'Urban Mechanics'], { env: await env() });
    const card = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(card).toMatchObject({ id: 'urban-mechanic', title: 'Urban Mechanic', source: 'article' });
    expect(card).toHaveProperty('summary');
    expect(card).toHaveProperty('skills');
    expect(card).toHaveProperty('related');
  });

  it('an unknown role exits 1 with suggestions', async () => {
    const text = await runCli(['role', 'urban plumber'], { env: await env() });
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/No role matches “urban plumber”\. Did you mean .*\(urban-mechanic\)/);
    const json = await runCli(['role', '--json', 'urban plumber'], { env: await env() });
    expect(json.code).toBe(1);
    const body = JSON.parse(json.stdout) as { error: string; suggestions: string[] };
    expect(body).toEqual({ error: 'not_found', suggestions: ['urban-mechanic'] });
  });

  it('a name close to nothing says no role matches, without unrelated suggestions', async () => {
    const text = await runCli(['role', 'lawyer'], { env: await env() });
    expect(text.code).toBe(1);
    expect(text.stderr.trim()).toBe('career-bot: No role matches “lawyer”.');
    const json = await runCli(['role', '--json', 'not-a-real-role'], { env: await env() });
    expect(JSON.parse(json.stdout)).toEqual({ error: 'not_found', suggestions: [] });
  });

  it('role --json --batch resolves each line and exits 0', async () => {
    const r = await runCli(['role', '--json', '--batch'], {
      input: '{"q":"SDN"}\n{"q":"astronaut"}\n',
      env: await env(),
    });
    expect(r.code).toBe(0);
    const [found, missing] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string; error?: string });
    expect(found?.id).toBe('sdn-network-programmer');
    expect(missing?.error).toBe('not_found');
  });

  it('roles and skills list every entry', async () => {
    const roles = await runCli(['roles', '--json'], { env: await env() });
    expect((JSON.parse(roles.stdout) as unknown[]).length).toBe(17);
    const skills = await runCli(['skills'], { env: await env() });
    expect(skills.stdout.trim().split('\n')).toHaveLength(16);
  });

  it('the terminal chat keeps follow-up context', async () => {
    const r = await runCli(['chat'], {
      input: 'What does a cloud architect do?\nand what skills does it need?\nexit\n',
      env: await env(),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('It draws on these skills');
    expect(r.stdout).toContain('**Cloud Architect**: ');
  });

  it('npm start with no adapter and no terminal says why and exits non-zero', async () => {
    const r = await runCli([], { script: 'main.js', env: await env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('slack: SLACK_BOT_TOKEN is not set');
    expect(r.stderr).toContain('discord: DISCORD_TOKEN is not set');
    expect(r.stderr).toContain('no terminal');
  });

  it('a malformed environment variable is named', async () => {
    const r = await runCli(['ask', 'urban mechanic'], { env: { PORT: 'eighty' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('PORT');
  });
});
