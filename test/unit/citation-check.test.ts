import { expect, it } from 'vitest';
import type { KnowledgeDoc } from '../../src/knowledge/knowledge-base.js';
import { checkCitations } from '../../src/llm/citation-check.js';
import type { Passage } from '../../src/llm/passages.js';

const passage = (n: number, id: string): Passage => ({
  n,
  doc: { id, title: id } as KnowledgeDoc,
  text: `about ${id}`,
  score: 1,
});
const given = [passage(1, 'urban-mechanic'), passage(2, 'data-scientist'), passage(3, 'hamburg')];

it('drops a claim whose only citation points at a passage the model was not given', () => {
  const checked = checkCitations(
    'Urban mechanics repair things [1]. They earn a fortune [7]. Data scientists model data [2].',
    given,
  );
  expect(checked.text).not.toContain('fortune');
  expect(checked.droppedSentences).toBe(1);
  expect(checked.removed).toEqual([7]);
});

it('renumbers the passages in order of first use, so the sources list is what the answer cites', () => {
  const checked = checkCitations('Hamburg attracts talent [3]. Data scientists help [2][9].', given);
  expect(checked.text).toBe('Hamburg attracts talent [1]. Data scientists help [2].');
  expect(checked.cited.map((p) => p.doc.id)).toEqual(['hamburg', 'data-scientist']);
  expect(checked.removed).toEqual([9]);
});

it('cites nothing when the model cited nothing', () => {
  expect(checkCitations('Smart cities are nice.', given).cited).toEqual([]);
});
