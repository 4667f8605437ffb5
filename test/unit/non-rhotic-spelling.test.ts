import { describe, expect, it } from 'vitest';
import { withNonRhoticSpellingsWritten } from '../../src/text/non-rhotic-spelling.js';

const KNOWN = new Set([
  'customer',
  'maker',
  'teacher',
  'driver',
  'data',
  'miner',
  'computer',
  'smart',
  'meters',
  'person',
]);
// Forms the knowledge uses of words it has: "bartending", "persons".
const FORMS = new Set([...KNOWN, 'bartender', 'personer']);
const written = (text: string) =>
  withNonRhoticSpellingsWritten(
    text,
    (w) => KNOWN.has(w),
    (w) => FORMS.has(w),
  );

describe('withNonRhoticSpellingsWritten', () => {
  it('writes back an "-er" said without the r, when the knowledge has that word', () => {
    expect(written("what's a customa makah do?")).toBe("what's a customer maker do?");
    expect(written('I was a teacha, now a bus drivah')).toBe('I was a teacher, now a bus driver');
  });

  it('writes back an "ar" said "ah" inside a word, and "-ers" said "-ahs"', () => {
    expect(written('them smaht metahs')).toBe('them smart meters');
    expect(written('Bahtendah in Southie')).toBe('bartender in Southie');
  });

  it('leaves known words, short words and parts of accented words alone', () => {
    expect(written('data')).toBe('data');
    expect(written('minha mina')).toBe('minha mina');
    expect(written('curso de computação')).toBe('curso de computação');
    expect(written('una pizza')).toBe('una pizza');
    expect(written('Ahmed in Lahore')).toBe('Ahmed in Lahore');
    // A plain "-a" must make the knowledge's own word, not only a form of one.
    expect(written('una persona')).toBe('una persona');
  });
});
