import { describe, expect, it } from 'vitest';
import { hostileInputs } from '../src/bench/hostile-inputs.js';
import { tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';

const env = async () => ({ CAREER_BOT_CACHE_DIR: await tempDir('cli-batch') });
type Line = {
  answer?: string;
  roles?: string[];
  grounded?: boolean;
  intent?: string;
  conversation?: string;
  error?: string;
};
const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('ask --json --batch', () => {
  it('plays lines that share a conversation id as successive turns, each conversation apart', async () => {
    const input = [
      { q: 'what does a customer maker do?', conversation: 'a' },
      { q: 'what does a cloud architect do?', conversation: 'b' },
      { q: 'what background do they usually have?', conversation: 'a' },
      { q: 'what background do they usually have?' },
      { q: 'and what skills?', conversation: 'b' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = await runCli(['ask', '--json', '--batch'], { input, env: await env() });
    expect(r.code).toBe(0);
    const [first, , backgrounds, alone, skills] = parse(r.stdout);
    expect(first!.conversation).toBe('a');
    expect(first!.roles![0]).toBe('customer-maker');
    expect(backgrounds).toMatchObject({ conversation: 'a', intent: 'role-backgrounds' });
    expect(backgrounds!.roles![0]).toBe('customer-maker');
    expect(backgrounds!.answer).toContain('sales');
    expect(alone!.conversation).toBeUndefined();
    expect(alone!.roles?.[0]).not.toBe('customer-maker');
    expect(skills).toMatchObject({ conversation: 'b', intent: 'role-skills' });
    expect(skills!.roles![0]).toBe('cloud-architect');
  });

  it('keeps a conversation id to its own run: the same id in a later batch starts a new conversation', async () => {
    const dirs = { ...(await env()), CAREER_BOT_DATA_DIR: await tempDir('cli-batch-data'), CAREER_BOT_STORE: 'sqlite' };
    const first = await runCli(['ask', '--json', '--batch'], {
      input: JSON.stringify({ q: 'what does a cloud architect do?', conversation: 'a' }),
      env: dirs,
    });
    expect(parse(first.stdout)[0]!.roles![0]).toBe('cloud-architect');
    const later = await runCli(['ask', '--json', '--batch'], {
      input: JSON.stringify({ q: 'and what skills?', conversation: 'a' }),
      env: dirs,
    });
    expect(parse(later.stdout)[0]!.intent).not.toBe('role-skills');
  });

  it('rejects a conversation id that is not a string, and goes on', async () => {
    const input = ['{"q":"hi","conversation":7}', '{"q":"what is an urban mechanic?","conversation":"x"}'].join('\n');
    const r = await runCli(['ask', '--json', '--batch'], { input, env: await env() });
    const [bad, good] = parse(r.stdout);
    expect(bad).toMatchObject({ error: 'bad_request', message: '"conversation" must be a string id' });
    expect(good!.roles![0]).toBe('urban-mechanic');
  });

  it('survives 10,000 hostile inputs in one process: one well-formed line each, exit 0', async () => {
    const inputs = hostileInputs(10_000);
    expect(Math.max(...inputs.map((q) => q.length))).toBe(100_000);
    const r = await runCli(['ask', '--json', '--batch'], {
      input: inputs.map((q) => JSON.stringify({ q })).join('\n'),
      env: await env(),
    });
    expect(r.code).toBe(0);
    const lines = parse(r.stdout);
    expect(lines).toHaveLength(10_000);
    for (const line of lines) {
      expect(line.error).toBeUndefined();
      expect(typeof line.answer).toBe('string');
      expect(typeof line.grounded).toBe('boolean');
      // Mention strings are never turned into pings: they come back, if at all, only as the asker typed them in a decline.
      expect(line.answer).not.toMatch(/<!channel>|<!here>/);
    }
  }, 120_000);
});
