import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/config.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `career-bot` CLI (dist/cli.js, built by `npm test`'s pretest) as a user would; its
 * store goes to a fresh temporary folder unless the test names one.
 */
export function runCli(
  args: string[],
  opts: { input?: string; env?: Record<string, string>; script?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'dist', opts.script ?? 'cli.js'), ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        CAREER_BOT_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'career-bot-data-')),
        ...opts.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
