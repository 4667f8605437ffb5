import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoleDoc } from '../../src/knowledge/knowledge-base.js';
import { BACKGROUND_FEATURE_NAMES } from '../../src/ranking/background-candidates.js';
import { BackgroundRanker } from '../../src/ranking/background-ranker.js';
import { fitSoftmaxRanking, type RankingGroup } from '../../src/ranking/softmax-ranking.js';
import { tempDir } from '../support/engine.js';

const OPTIONS = { steps: 300, learningRate: 0.5, l2: 0.001 };

/** Groups of four candidates where feature 0 marks the relevant one and feature 1 is noise. */
function groups(n: number): RankingGroup[] {
  return Array.from({ length: n }, (_, g) => {
    const relevantAt = g % 4;
    const features = [0, 1, 2, 3].map((i) => [i === relevantAt ? 1 : 0, ((g * 7 + i * 3) % 5) / 5]);
    return { features, relevant: features.map((_, i) => i === relevantAt) };
  });
}

describe('listwise softmax ranking', () => {
  it('learns which feature marks the relevant candidate, and gives the noise little weight', () => {
    const [signal, noise] = fitSoftmaxRanking(groups(40), OPTIONS);
    expect(signal!).toBeGreaterThan(1);
    expect(Math.abs(noise!)).toBeLessThan(signal! / 4);
  });

  it('fits the same weights every time', () => {
    expect(fitSoftmaxRanking(groups(12), OPTIONS)).toEqual(fitSoftmaxRanking(groups(12), OPTIONS));
  });

  it('refuses groups none of which has a relevant candidate', () => {
    const none = groups(4).map((g) => ({ ...g, relevant: g.relevant.map(() => false) }));
    expect(() => fitSoftmaxRanking(none, OPTIONS)).toThrow(/relevant candidate/);
  });
});

describe('the background ranker', () => {
  const roles = ['first', 'second', 'third'].map((id) => ({ id }) as RoleDoc);
  const d = BACKGROUND_FEATURE_NAMES.length;
  const weighingOnly = (j: number) =>
    new BackgroundRanker({
      features: [...BACKGROUND_FEATURE_NAMES],
      mean: new Array(d).fill(0),
      std: new Array(d).fill(1),
      weights: Array.from({ length: d }, (_, i) => (i === j ? 1 : 0)),
      fitted: { questions: 0, hitAt1: 0, crossValidatedHitAt1: 0 },
    });
  const row = (x: number) => Array.from({ length: d }, (_, i) => (i === 0 ? x : 1 - x));

  it('puts the best-scored role first', () => {
    const candidates = [row(0.2), row(0.9), row(0.5)].map((features, i) => ({ role: roles[i]!, features }));
    expect(
      weighingOnly(0)
        .rank(candidates)
        .map((c) => c.role.id),
    ).toEqual(['second', 'third', 'first']);
    expect(
      weighingOnly(1)
        .rank(candidates)
        .map((c) => c.role.id),
    ).toEqual(['first', 'third', 'second']);
  });

  it('keeps the given order between equal scores', () => {
    const candidates = roles.map((role) => ({ role, features: row(0.5) }));
    expect(
      weighingOnly(0)
        .rank(candidates)
        .map((c) => c.role.id),
    ).toEqual(['first', 'second', 'third']);
  });

  it('names the file and the field of malformed weights', async () => {
    const file = path.join(await tempDir('ranker'), 'background-ranker.json');
    await writeFile(file, JSON.stringify({ features: [...BACKGROUND_FEATURE_NAMES], mean: [], std: [], weights: 'x' }));
    expect(() => BackgroundRanker.load(file)).toThrow(/background-ranker\.json: weights/);
  });

  it('asks for a refit when the file was fitted on other features than the code computes', async () => {
    const file = path.join(await tempDir('ranker'), 'background-ranker.json');
    const stale = { features: ['retrieval'], mean: [0], std: [1], weights: [1] };
    await writeFile(file, JSON.stringify({ ...stale, fitted: { questions: 1, hitAt1: 1, crossValidatedHitAt1: 1 } }));
    expect(() => BackgroundRanker.load(file)).toThrow(/npm run fit:background/);
  });

  it('ships fitted weights that read the question first by how well its background matches', () => {
    const shipped = BackgroundRanker.load();
    const strongMatch = [Math.log1p(6), 1, 1, 1, 0.2, 0.2, 0.2, 0.2];
    const retrievalOnly = [0, 0, 0, 0, 1, 1, 1, 0.2];
    expect(shipped.score(strongMatch)).toBeGreaterThan(shipped.score(retrievalOnly));
  });

  it('ships fitted weights that, between two equal background matches, put first the role the question’s words point to', () => {
    const shipped = BackgroundRanker.load();
    const match = [Math.log1p(3), 1, 2 / 3, 1, 0.5, 0.5, 0.5];
    expect(shipped.score([...match, 0.9])).toBeGreaterThan(shipped.score([...match, 0.1]));
  });
});
