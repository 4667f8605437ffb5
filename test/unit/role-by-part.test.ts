import { beforeAll, expect, it } from 'vitest';
import { roleNamedByPart } from '../../src/answer/role-by-part.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { KNOWLEDGE_DIR } from '../support/engine.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledge(KNOWLEDGE_DIR);
});

it('reads "the machine learning one" and "the robot guy" as the roles whose titles hold those words', () => {
  expect(roleNamedByPart('n the machine learning one, how is that different', kb.roles)?.docId).toBe(
    'machine-learning-scientist',
  );
  expect(roleNamedByPart('and the robot guy?', kb.roles)?.docId).toBe('robotics-specialist');
  expect(roleNamedByPart('one of them robotics people', kb.roles)?.docId).toBe('robotics-specialist');
});

it('names no role when the words fit two titles or none', () => {
  expect(roleNamedByPart('the network one', kb.roles)).toBeUndefined();
  expect(roleNamedByPart('the other one', kb.roles)).toBeUndefined();
  expect(roleNamedByPart('the first one', kb.roles)).toBeUndefined();
  // "real" starts "reality", but "that a real job" is a doubt, not the VR designer.
  expect(roleNamedByPart('is that a real job?', kb.roles)).toBeUndefined();
});
