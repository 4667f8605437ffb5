import { expect, it } from 'vitest';
import { withSplitWordsJoined } from '../../src/text/split-words.js';

const knowledge = new Set(['platform', 'developer', 'cyber', 'security', 'network', 'one', 'anyone']);
const isKnown = (w: string) => knowledge.has(w);

it('joins a word typed in two pieces when the knowledge uses the whole', () => {
  expect(withSplitWordsJoined('what does a plat form developer do', isKnown)).toBe('what does a platform developer do');
  expect(withSplitWordsJoined('Net work people?', isKnown)).toBe('Network people?');
});

it('leaves two words the knowledge uses, and small words of English, as they are', () => {
  expect(withSplitWordsJoined('cyber security jobs', (w) => isKnown(w) || w === 'cybersecurity')).toBe(
    'cyber security jobs',
  );
  expect(withSplitWordsJoined('can any one of them code', isKnown)).toBe('can any one of them code');
});

it('leaves a small word of another language apart: Italian "fa il" is no "fail"', () => {
  expect(withSplitWordsJoined('mio cugino fa il saldatore', (w) => w === 'fail')).toBe('mio cugino fa il saldatore');
});
