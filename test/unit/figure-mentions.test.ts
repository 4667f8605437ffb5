import { expect, it } from 'vitest';
import { FigureIndex } from '../../src/answer/figure-mentions.js';
import type { KnowledgeDoc } from '../../src/knowledge/knowledge-base.js';

const doc = (id: string, body: string) => ({ id, summary: '', body }) as unknown as KnowledgeDoc;
const index = new FigureIndex([
  doc('market', 'The market could reach $757.74 billion by 2020.'),
  doc('berlin', 'Berlin in 2020 had 3,500 start-ups.'),
  doc('hamburg', 'Hamburg in 2020 planned 3,500 homes.'),
]);

it('reads a quoted figure as a mention of the one document that states it', () => {
  expect(index.mentions('757 billion?? is that legit').map((m) => m.docId)).toEqual(['market']);
  expect(index.mentions('the $757bn figure').map((m) => m.docId)).toEqual(['market']);
});

it('ignores years and figures several documents state', () => {
  expect(index.mentions('what happened in 2020')).toEqual([]);
  expect(index.mentions('3,500 of what?')).toEqual([]);
});
