import { expect, it } from 'vitest';
import { StemTable } from '../../src/text/stem-table.js';

it('finds a word by the longest stem it begins with, the bare stem included', () => {
  const table = new StemTable(
    [
      ['tietoturv', 'security'],
      ['tietoturvaanalyyti', 'security analyst'],
    ],
    5,
  );
  expect(table.find('tietoturvasta')).toBe('security');
  expect(table.find('tietoturvaanalyytikoksi')).toBe('security analyst');
  expect(table.find('tietoturv')).toBe('security');
  expect(table.find('tieto')).toBeUndefined();
});

it('refuses a stem too short to name one word', () => {
  expect(() => new StemTable([['prog', 'programming']], 5)).toThrow(/"prog" is shorter than 5/);
});
