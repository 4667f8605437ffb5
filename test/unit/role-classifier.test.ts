import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeDoc } from '../../src/knowledge/knowledge-base.js';
import { RoleClassifier, withRolesReordered } from '../../src/ranking/role-classifier.js';
import type { Evidence } from '../../src/retrieval/retriever.js';
import { GRAM_BUCKETS } from '../../src/scope/message-grams.js';
import { tempDir } from '../support/engine.js';

const fitted = { questions: 0, check: '' };
const weighing = (weight: number) => RoleClassifier.fromWeights({ buckets: GRAM_BUCKETS, weight, roles: [], fitted });
const roles = ['first', 'second', 'third'].map((id) => ({ id }));

describe('the role classifier', () => {
  it('moves a role the question strongly suggests ahead of one retrieval put just before it', () => {
    const ordered = weighing(0.1).orderRoles(roles, new Map([['second', 0.95]]));
    expect(ordered.map((r) => r.id)).toEqual(['second', 'first', 'third']);
  });

  it('leaves the order alone when it has nothing to say, and keeps ties in their order', () => {
    expect(
      weighing(0.1)
        .orderRoles(roles, new Map())
        .map((r) => r.id),
    ).toEqual(['first', 'second', 'third']);
    expect(
      weighing(0)
        .orderRoles(roles, new Map([['third', 1]]))
        .map((r) => r.id),
    ).toEqual(['first', 'second', 'third']);
    expect(RoleClassifier.untrained().probabilities('who keeps hackers out?').size).toBe(0);
  });

  it('reorders only the roles of the evidence, each place keeping its score', () => {
    const doc = (id: string, type: KnowledgeDoc['type']) => ({ id, type }) as KnowledgeDoc;
    const signals = { ranks: {}, lexicalRatio: 0, denseSimilarity: 0, documentRatio: 0 };
    const evidence = {
      entities: [
        { doc: doc('first', 'role'), score: 0.9, signals },
        { doc: doc('robotics', 'skill'), score: 0.8, signals },
        { doc: doc('second', 'role'), score: 0.7, signals },
      ],
    } as unknown as Evidence;
    const reordered = withRolesReordered(evidence, (rs) => [...rs].reverse());
    expect(reordered.entities.map((e) => [e.doc.id, e.score])).toEqual([
      ['second', 0.9],
      ['robotics', 0.8],
      ['first', 0.7],
    ]);
  });

  it('ships weights that know a role by words its file does not use', () => {
    const p = RoleClassifier.fromFile().probabilities('who picks which rented servers the council apps run on?');
    const best = [...p].sort((a, b) => b[1] - a[1])[0]![0];
    expect(best).toBe('cloud-architect');
  });

  it('names the file and the field of malformed weights', async () => {
    const file = path.join(await tempDir('roles'), 'role-classifier.json');
    await writeFile(file, JSON.stringify({ buckets: GRAM_BUCKETS, weight: -1, roles: [], fitted }));
    expect(() => RoleClassifier.fromFile(file).probabilities('hello')).toThrow(/role-classifier\.json: weight/);
  });
});
