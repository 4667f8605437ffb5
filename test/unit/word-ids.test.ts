import { expect, it } from 'vitest';
import { WordIds } from '../../src/text/word-ids.js';

const words = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919).toString(36)}`);

it('numbers words in the order first added, finds each again, and knows which it lacks', () => {
  const ids = new WordIds();
  words.forEach((w, i) => {
    expect(ids.add(w)).toBe(i);
  });
  expect(ids.add(words[42]!)).toBe(42);
  expect(ids.size).toBe(words.length);
  for (const [i, w] of words.entries()) expect(ids.idOf(w)).toBe(i);
  expect(ids.idOf('absent')).toBeUndefined();
  expect(ids.wordAt(7)).toBe(words[7]);
});

it('is read back from its state as it was, and renumbers a table it did not write', () => {
  const ids = new WordIds();
  for (const w of words) ids.add(w);
  const read = new WordIds(ids.toState());
  expect(words.every((w, i) => read.idOf(w) === i)).toBe(true);
  const foreign = new WordIds({ words: [...words], slots: new Int32Array(4) });
  expect(words.every((w, i) => foreign.idOf(w) === i)).toBe(true);
  expect(foreign.add('new')).toBe(words.length);
});
