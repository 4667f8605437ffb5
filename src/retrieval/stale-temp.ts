/**
 * Whether a cache entry is a temporary one (`name.tmp-PID`) left by a process that no longer runs:
 * one killed mid-write. Its entry is never read (only renamed ones are), so it is only space, and at
 * 100,000 chunks an index folder is hundreds of megabytes. A running writer's entry is left alone.
 */
export function isStaleTemp(entry: string): boolean {
  const match = /\.tmp-(\d+)$/.exec(entry);
  if (!match) return false;
  const pid = Number(match[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: a process of another user has the id, so it may be a writer; leave the entry.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
