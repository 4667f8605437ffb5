import { expect, it } from 'vitest';
import { withDroppedLettersWritten } from '../../src/text/dropped-letters.js';

const known = new Set(['welding', 'growing', 'cabin', 'mostly', 'hand', 'home', 'em', 'and']);
/** A form of a known word: "hands" of "hand". */
const isFormKnown = (w: string) => isKnown(w) || isKnown(w.replace(/s$/, ''));
const isKnown = (w: string) => known.has(w);

it('writes back an -ing said without its g, when the knowledge has the -ing word', () => {
  expect(withDroppedLettersWritten("Mostly weldin'.", isKnown)).toBe('Mostly welding.');
  expect(withDroppedLettersWritten('growin soybeans', isKnown)).toBe('growing soybeans');
});

it('leaves a word the knowledge has, and one whose -ing it does not', () => {
  expect(withDroppedLettersWritten('cabin crew', isKnown)).toBe('cabin crew');
  expect(withDroppedLettersWritten("nothin' doin'", isKnown)).toBe("nothin' doin'");
});

it('writes back an h dropped at a word’s start, marked by an apostrophe, when the knowledge has the word', () => {
  expect(withDroppedLettersWritten("makin' summat wi' their 'ands", isKnown, isFormKnown)).toBe(
    "makin' summat wi' their hands",
  );
  expect(withDroppedLettersWritten("workin' from 'ome", isKnown, isFormKnown)).toBe("workin' from home");
});

it('leaves an apostrophe’d word the knowledge has or whose h-word it lacks, and a word without the apostrophe', () => {
  expect(withDroppedLettersWritten("tell 'em", isKnown, isFormKnown)).toBe("tell 'em");
  expect(withDroppedLettersWritten("'cause it's 'ard", isKnown, isFormKnown)).toBe("'cause it's 'ard");
  expect(withDroppedLettersWritten('ands and ome', isKnown, isFormKnown)).toBe('ands and ome');
});
