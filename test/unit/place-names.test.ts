import { expect, it } from 'vitest';
import { cityNamesIn } from '../../src/answer/city-names.js';
import { countryNamesIn } from '../../src/answer/country-names.js';
import { unknownNamesIn } from '../../src/answer/gaps.js';

it('finds cities and countries written in lower case, the longest name once', () => {
  expect(cityNamesIn('what is toronto doing for smart city jobs')).toEqual(['toronto']);
  expect(cityNamesIn('any openings in new york or ho chi minh city')).toEqual(['new york', 'ho chi minh city']);
  expect(countryNamesIn("does it say anything about singapore's smart nation")).toEqual(['singapore']);
});

it('reads no city in ordinary words', () => {
  expect(cityNamesIn('the new city plan for data jobs')).toEqual([]);
});

it('reads capitalised words as names, except in German, which capitalises every noun', () => {
  const unknown = (w: string) => !['jobs', 'data', 'stadt'].includes(w);
  const known = (w: string) => !unknown(w);
  expect(unknownNamesIn('any data jobs in Barcelona?', known)).toEqual(['Barcelona']);
  expect(unknownNamesIn('Gibt es einen Beruf für jemanden, der die Sensoren einer Stadt schützt?', known)).toEqual([]);
  // Two German words are not yet German: "für" and "gibt" also come before a real name.
  expect(unknownNamesIn('Gibt es Jobs für Data Scientists in Leipzig?', known)).toContain('Leipzig');
});

it('reads a capitalised word after "our" or "my" as a person the asker knows, not a name to look up', () => {
  const known = (w: string) => ['job', 'is', 'it', 'that', 'does', 'what', 'in'].includes(w);
  expect(unknownNamesIn('what job is it that our Sharon does in Leeds?', known)).toEqual(['Leeds']);
});
