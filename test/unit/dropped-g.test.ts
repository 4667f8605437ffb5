import { expect, it } from 'vitest';
import { withDroppedGsWritten } from '../../src/text/dropped-g.js';

const known = new Set(['welding', 'growing', 'cabin', 'mostly']);
const isKnown = (w: string) => known.has(w);

it('writes back an -ing said without its g, when the knowledge has the -ing word', () => {
  expect(withDroppedGsWritten("Mostly weldin'.", isKnown)).toBe('Mostly welding.');
  expect(withDroppedGsWritten('growin soybeans', isKnown)).toBe('growing soybeans');
});

it('leaves a word the knowledge has, and one whose -ing it does not', () => {
  expect(withDroppedGsWritten('cabin crew', isKnown)).toBe('cabin crew');
  expect(withDroppedGsWritten("nothin' doin'", isKnown)).toBe("nothin' doin'");
});
