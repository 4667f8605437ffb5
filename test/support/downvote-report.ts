import { buildReport } from '../../src/report/admin-report.js';
import type { SqliteStore } from '../../src/stores/sqlite-store.js';
import { waitFor } from './wait-for.js';

/** The admin's report once a 👎 with its reason has reached the store (writes are queued). */
export function reportWithDownvoteReason(store: SqliteStore) {
  return waitFor(
    () => {
      const r = buildReport(store.database, { since: 0, until: Date.now() });
      return r.feedback.downvoted[0]?.reason ? r : undefined;
    },
    5000,
    'reason recorded',
  );
}
