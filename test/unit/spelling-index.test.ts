import { describe, expect, it } from 'vitest';
import { SpellingIndex } from '../../src/text/spelling-index.js';

function indexOf(words: string[]): SpellingIndex {
  const index = new SpellingIndex();
  for (const w of words) index.add(w);
  return index;
}

describe('SpellingIndex', () => {
  const index = indexOf([
    'mechanic',
    'mechanics',
    'machine',
    'urban',
    'security',
    'secure',
    'science',
    'anthropologist',
  ]);

  it('finds a word one insertion, deletion or substitution away, nearest first', () => {
    expect(index.near('mechanik', 2)[0]).toEqual({ word: 'mechanic', edits: 1 });
    expect(index.near('mechnic', 1).map((c) => c.word)).toEqual(['mechanic']);
    expect(index.near('anthropolgist', 1).map((c) => c.word)).toEqual(['anthropologist']);
  });

  it('finds swapped neighbouring letters', () => {
    expect(index.near('ubran', 2).map((c) => c.word)).toEqual(['urban']);
  });

  it('keeps to the edit budget and never returns the word itself', () => {
    expect(index.near('urban', 2)).toEqual([]);
    expect(index.near('mechanic', 0)).toEqual([]);
    expect(index.near('xylophone', 2)).toEqual([]);
  });

  it('lists the words a prefix may stand for, shortest first', () => {
    expect(index.startingWith('sec')).toEqual(['secure', 'security']);
    expect(index.startingWith('sci')).toEqual(['science']);
    expect(index.startingWith('zz')).toEqual([]);
  });

  it('bounds what one prefix can return, however many words share it', () => {
    const many = indexOf(Array.from({ length: 5000 }, (_, i) => `sec${i}`));
    expect(many.startingWith('sec').length).toBeLessThanOrEqual(64);
  });
});
