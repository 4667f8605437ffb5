import { createHash } from 'node:crypto';

/** A stable stand-in for a platform user id in logs and stores: the raw id is never written. */
export function pseudonym(surface: string, userId: string): string {
  return createHash('sha256').update(`${surface}:${userId}`).digest('base64url').slice(0, 12);
}
