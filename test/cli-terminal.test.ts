import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/config.js';
import { tempDir } from './support/engine.js';
import { runCli } from './support/run-cli.js';
import { waitFor } from './support/wait-for.js';

/** The terminal chat in a real pseudo-terminal (tmux), 80 columns wide, as a person sees it. */
const SOCKET = `career-bot-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = (escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', 'chat');

beforeAll(async () => {
  const dataDir = await tempDir('tty');
  const cli = path.join(PACKAGE_ROOT, 'dist', 'cli.js');
  const command = `env -i PATH="$PATH" TERM=xterm-256color CAREER_BOT_DATA_DIR=${dataDir} ${process.execPath} ${cli} chat; echo "EXIT=$?"; sleep 30`;
  tmux('new-session', '-d', '-x', '80', '-y', '60', '-s', 'chat', command);
  // The pane drops trailing spaces: the prompt shows as a line starting with ">".
  await waitFor(() => /^>/m.test(screen()) || undefined, 15_000, 'prompt');
}, 20_000);
afterAll(() => {
  tmux('kill-server');
});

it('renders an answer for an 80-column terminal: bold text, no Markdown, no JSON log lines, no word broken', async () => {
  tmux('send-keys', '-t', 'chat', 'What does a cloud architect do?', 'Enter');
  await waitFor(() => /Sources/.test(screen()) || undefined, 10_000, 'answer');
  const shown = screen();
  const lines = shown.split('\n');
  expect(lines.some((l) => l.trimStart().startsWith('{'))).toBe(false);
  expect(shown).not.toContain('**');
  for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  expect(screen(true)).toContain('\x1b[1m');

  // Every word on screen is a whole word of the answer: nothing was cut at the line's end.
  const json = await runCli(['ask', '--json', 'What does a cloud architect do?'], {});
  const answer = (JSON.parse(json.stdout) as { answer: string }).answer.replace(/\*\*/g, '');
  const words = new Set(answer.split(/\s+/));
  const start = lines.findIndex((l) => l.includes('Cloud Architect'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('[1]'));
  const onScreen = lines
    .slice(start, end)
    .join(' ')
    .split(/\s+/)
    .filter((w) => w && w !== '•');
  expect(onScreen.length).toBeGreaterThan(20);
  for (const w of onScreen) expect(words).toContain(w);
});

it('/help lists the chat commands, and Ctrl-D ends the chat with a newline and exit code 0', async () => {
  tmux('send-keys', '-t', 'chat', '/help', 'Enter');
  await waitFor(() => screen().includes('/reset') || undefined, 5000, 'help');
  tmux('send-keys', '-t', 'chat', 'C-d');
  const shown = await waitFor(() => (screen().includes('EXIT=') ? screen() : undefined), 5000, 'exit');
  expect(shown).toContain('EXIT=0');
  // The exit line starts on a line of its own, not after the prompt.
  expect(shown.split('\n').find((l) => l.includes('EXIT='))).toBe('EXIT=0');
});

it('the CLI stops quietly when its reader goes away (| head)', () => {
  const out = execFileSync(
    'sh',
    [
      '-c',
      `yes '{"q":"what does a data scientist do?"}' | head -300 | node dist/cli.js ask --json --batch | head -1; echo "rc=$?"`,
    ],
    {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, CAREER_BOT_STORE: 'memory' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  expect(out).toContain('"answer"');
  expect(out.trim().endsWith('rc=0')).toBe(true);
});

it('--version prints the version', async () => {
  const r = await runCli(['--version']);
  expect(r.stdout.trim()).toMatch(/^career-bot \d+\.\d+\.\d+$/);
});
