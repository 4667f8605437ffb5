import { createHmac, randomBytes } from 'node:crypto';

/** The surfaces a person can ask from; `forget` hashes a user id under each. */
export const SURFACES = ['cli', 'slack', 'discord', 'web'] as const;

/** A fresh secret for keyed hashes, for stores that keep none of their own. */
export const newUserKey = (): string => randomBytes(32).toString('base64url');

/**
 * A stable stand-in for a platform user id in logs and stores: a keyed hash, so the raw id is never
 * written and cannot be recovered by hashing guessed ids without the key.
 */
export function pseudonym(key: string, surface: string, userId: string): string {
  return createHmac('sha256', key).update(`${surface}:${userId}`).digest('base64url').slice(0, 16);
}
