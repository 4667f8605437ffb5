import { expect, it } from 'vitest';
import { askingClauses, clauses, lastClause } from '../../src/text/clauses.js';

it('cuts a message at sentence ends and at a comma before a question, not inside a list', () => {
  expect(clauses('farmer 20 yrs. gps tractors, auto steer, fix my own gear. where do i fit')).toEqual([
    'farmer 20 yrs.',
    'gps tractors, auto steer, fix my own gear.',
    'where do i fit',
  ]);
  expect(lastClause('nurse for 10 years, night shifts, where do I fit?')).toBe('where do I fit?');
  expect(lastClause('what does a cloud architect do')).toBe('what does a cloud architect do');
});

it('reads what a message asks from all its questions, or from its last clause when none is marked', () => {
  expect(askingClauses('welder, 10 yrs on site. would I need a degree? or a course?')).toBe(
    'would I need a degree? or a course?',
  );
  expect(askingClauses('welder, 10 yrs on site, where do i fit')).toBe('where do i fit');
});
