import type { Config } from '../config.js';
import { pseudonym, SURFACES } from '../conversation/pseudonym.js';
import { CareerBotError } from '../errors.js';
import { createLogger } from '../logger.js';
import { buildReport } from '../report/admin-report.js';
import { parseSince } from '../report/report-period.js';
import { reportText } from '../report/report-text.js';
import { SqliteStore } from '../stores/sqlite-store.js';

function openStore(config: Config): SqliteStore {
  if (config.store === 'memory')
    throw new CareerBotError(
      'CAREER_BOT_STORE is memory: nothing is recorded, so there is nothing to report or forget',
    );
  return SqliteStore.open({
    dir: config.dataDir,
    retentionDays: config.retentionDays,
    userHashKey: config.userHashKey,
    logger: createLogger(config.logLevel ?? 'warn'),
  });
}

/** `career-bot report [--since 7d] [--json]`: what was asked, declined and rated, for the admin. */
export function report(config: Config, opts: { since?: string; json: boolean }, print: (text: string) => void): number {
  const now = Date.now();
  const since = parseSince(opts.since ?? '7d', now);
  if (since === undefined)
    throw new CareerBotError(`--since "${opts.since}" is not a period: use e.g. 7d, 24h, 2w or a date like 2026-11-01`);
  const store = openStore(config);
  try {
    const r = buildReport(store.database, { since, until: now });
    print(opts.json ? JSON.stringify(r, null, 2) : reportText(r));
  } finally {
    store.close();
  }
  return 0;
}

/** `career-bot forget --user ID`: deletes every row of that platform user id, on every surface. */
export function forget(config: Config, user: string | undefined, print: (text: string) => void): number {
  if (!user?.trim()) throw new CareerBotError('forget needs --user ID (the person’s Slack or Discord user id)');
  const store = openStore(config);
  try {
    const removed = store.forgetUsers(SURFACES.map((s) => pseudonym(store.userKey, s, user.trim())));
    print(`forgot ${removed} record${removed === 1 ? '' : 's'} of that user`);
  } finally {
    store.close();
  }
  return 0;
}
