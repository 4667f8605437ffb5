import { describe, expect, it } from 'vitest';
import { rolesAmongPrevious } from '../../src/answer/among-previous.js';
import type { Turn } from '../../src/answer/answer.js';

const list: Turn = { question: 'which roles need machine learning?', roles: ['a', 'b', 'c'], subject: ['a', 'b', 'c'] };
const card: Turn = { question: 'what does a data scientist do?', roles: ['a', 'b', 'c'], subject: ['a'] };

describe('asking among what the previous answer showed', () => {
  it('"which of them…" after a list is asked among the list', () => {
    expect(rolesAmongPrevious('which of them need programming?', list)).toEqual(['a', 'b', 'c']);
    expect(rolesAmongPrevious('do any of those use robotics', list)).toEqual(['a', 'b', 'c']);
  });

  it('a list of all roles is asked among in the order shown', () => {
    const overview: Turn = { question: 'what jobs are there?', roles: ['c'], listed: ['x', 'y', 'z'] };
    expect(rolesAmongPrevious('which of these involve robotics?', overview)).toEqual(['x', 'y', 'z']);
  });

  it('one role shown, no "of them", or no earlier turn: not asked among anything', () => {
    expect(rolesAmongPrevious('which of them need programming?', card)).toBeUndefined();
    expect(rolesAmongPrevious('which roles need programming?', list)).toBeUndefined();
    expect(rolesAmongPrevious('which of them need programming?', undefined)).toBeUndefined();
  });
});
