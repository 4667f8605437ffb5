import { expect, it } from 'vitest';
import { cityNamesIn } from '../../src/answer/city-names.js';
import { countryNamesIn } from '../../src/answer/country-names.js';

it('finds cities and countries written in lower case, the longest name once', () => {
  expect(cityNamesIn('what is toronto doing for smart city jobs')).toEqual(['toronto']);
  expect(cityNamesIn('any openings in new york or ho chi minh city')).toEqual(['new york', 'ho chi minh city']);
  expect(countryNamesIn("does it say anything about singapore's smart nation")).toEqual(['singapore']);
});

it('reads no city in ordinary words', () => {
  expect(cityNamesIn('the new city plan for data jobs')).toEqual([]);
});
