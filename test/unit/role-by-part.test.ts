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

it('reads a part that opens the message, with the person word anywhere after it, by whole words only', () => {
  expect(roleNamedByPart('brain chip lady??', kb.roles)?.docId).toBe('neuro-implant-technician');
  expect(roleNamedByPart('whats the brain chip guy job', kb.roles)?.docId).toBe('neuro-implant-technician');
  expect(roleNamedByPart('real job?', kb.roles)).toBeUndefined();
});

it('reads the part after who the person is and what they do to it', () => {
  expect(roleNamedByPart('the bloke who runs the 3d printers, what is he called', kb.roles)?.docId).toBe(
    '3d-print-technician',
  );
  // What the verb is done after ("looks after they machines") is not the thing worked on.
  expect(roleNamedByPart('the person that looks after the machines', kb.roles)).toBeUndefined();
  // A thing described by a clause is not named by its first word: "machine" is no Machine Learning Scientist.
  expect(
    roleNamedByPart('the lass who runs the machine that melts plastic into parts, what is she called', kb.roles),
  ).toBeUndefined();
});

it("names a role by an alias only from the alias's first word", () => {
  // "computer" is inside "brain-computer interface technician", but "the computer guys" are not that.
  expect(roleNamedByPart('or is it only for the computer guys?', kb.roles)).toBeUndefined();
  expect(roleNamedByPart('the brain chip job', kb.roles)?.docId).toBe('neuro-implant-technician');
});

it('reads "the … thing" by whole words, and a role named so is no request for the guide', () => {
  expect(roleNamedByPart('the brain chip thing, is it real', kb.roles)?.docId).toBe('neuro-implant-technician');
  expect(roleNamedByPart('the real thing', kb.roles)).toBeUndefined();
});

it('reads no role in people named inside the description of the one asked for', () => {
  expect(
    roleNamedByPart(
      "who's the person that takes what the mayor wants and makes a plan the IT/dev people can run with?",
      kb.roles,
    ),
  ).toBeUndefined();
  expect(roleNamedByPart('and the dev people, what do they do?', kb.roles)?.docId).toBe('platform-developer');
});

it('reads "robotics guys" after "do" or "are" by whole words, as after "a"', () => {
  expect(roleNamedByPart('how much do robotics guys make', kb.roles)?.docId).toBe('robotics-specialist');
  expect(roleNamedByPart('are real people answering this', kb.roles)).toBeUndefined();
});

it('does not read one word of a compound the knowledge names ("machine" of "machine learning") as the role', () => {
  const skills = kb.skills.map((s) => s.title);
  expect(
    roleNamedByPart('the woman who minds the machine an packs the parts, her job?', kb.roles, skills),
  ).toBeUndefined();
  // A word that names the role's field by itself still does.
  expect(roleNamedByPart('the guy who crunches the data, his job?', kb.roles, skills)?.docId).toBe('data-scientist');
});

it('reads a word of four letters or fewer as an alias only when it is the whole first word ("these info one")', () => {
  expect(roleNamedByPart('where u get all these info one?', kb.roles)).toBeUndefined();
});
