import { expect, it } from 'vitest';
import { TextTable } from '../../src/packing/text-table.js';

it('gives back each text as stored, whatever its script, decoding only the one read', () => {
  const texts = ['Urban Mechanic: civic innovator', '', 'Ingenieur für Netzwerke', '数据科学家 🙂'];
  const table = TextTable.of(texts);
  const again = TextTable.fromState(table.toState())!;
  expect(texts.map((_, i) => again.at(i))).toEqual(texts);
  expect(again.length).toBe(4);
});

it('refuses a stored table whose offsets do not fit its bytes', () => {
  const { bytes } = TextTable.of(['abc', 'de']).toState();
  expect(TextTable.fromState({ bytes, ends: Uint32Array.from([3, 9]) })).toBeUndefined();
  expect(TextTable.fromState({ bytes, ends: Uint32Array.from([4, 3]) })).toBeUndefined();
});

it('joins texts given as strings and as texts of another table, byte for byte', () => {
  const first = TextTable.of(['façade', 'Straße']);
  const joined = TextTable.joined([{ from: first, at: 1 }, { text: 'neu' }, { from: first, at: 0 }]);
  expect([0, 1, 2].map((i) => joined.at(i))).toEqual(['Straße', 'neu', 'façade']);
});
