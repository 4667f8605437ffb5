import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactWeights } from '../../src/scope/fit-gram-model.js';
import { GRAM_BUCKETS, messageGrams } from '../../src/scope/message-grams.js';
import { SocialModel } from '../../src/scope/social-model.js';
import { fitSparseLogistic, sparseProbability } from '../../src/scope/sparse-logistic.js';
import { tempDir } from '../support/engine.js';

describe('the fitted social model', () => {
  const model = SocialModel.fromFile();

  it.each([
    'haya basi, tutaongea baadaye',
    'aight fam, imma bounce',
    'tak for hjælpen, hav en god dag',
    'oke makasih ya kak, sampai jumpa',
    'are u some kinda program or a real fella typing',
  ])('takes "%s" for conversation with the bot', (q) => {
    expect(model.isSocial(q)).toBe(true);
  });

  it.each([
    'how do i renew my passport',
    "what's the best recipe for jollof rice",
    'who won the champions league in 2019',
  ])('does not take the off-topic "%s" for conversation', (q) => {
    expect(model.isSocial(q)).toBe(false);
  });

  it.each(['🤡', '서울 맛집 추천해줘', '5万 粉丝'])('leaves "%s", which has no words it reads, to the rules', (q) => {
    expect(model.probability(q)).toBe(0);
  });

  it("takes nothing for conversation on the bias alone: the message's own grams must speak for it", () => {
    const weights = new Float64Array(GRAM_BUCKETS);
    for (const g of messageGrams('hello')) weights[g] = 0.5;
    const leaning = SocialModel.fromWeights({
      buckets: GRAM_BUCKETS,
      // On its own, over the threshold: what a model fitted on short greetings learns.
      bias: 2,
      threshold: 0.5,
      ...compactWeights(weights, 0.05),
      fitted: { examples: 0, check: '' },
    });
    expect(leaning.probability('bugün dolar kaç TL')).toBeGreaterThan(0.5);
    expect(leaning.isSocial('bugün dolar kaç TL')).toBe(false);
    expect(leaning.isSocial('hello')).toBe(true);
  });

  it('names the file and the field of a malformed model', async () => {
    const file = path.join(await tempDir('social'), 'social-model.json');
    await writeFile(file, JSON.stringify({ buckets: GRAM_BUCKETS, bias: 0, threshold: 'high' }));
    expect(() => SocialModel.fromFile(file).probability('hello')).toThrow(/social-model\.json: threshold/);
  });

  it('asks for a refit when the code hashes into other buckets than the file was fitted for', () => {
    const stale = SocialModel.fromWeights({
      buckets: 1024,
      bias: 0,
      threshold: 0.5,
      indexSteps: [],
      hundredths: [],
      fitted: { examples: 0, check: '' },
    });
    expect(() => stale.probability('hello')).toThrow(/npm run fit:social/);
  });
});

describe('message grams', () => {
  it('share pieces between spellings of one word, so a new spelling is not a stranger', () => {
    const shared = messageGrams('asante').filter((g) => messageGrams('asanteni').includes(g));
    expect(shared.length).toBeGreaterThan(3);
  });
});

describe('sparse logistic regression', () => {
  const examples = [
    { features: [1, 2], label: 1 as const },
    { features: [1, 3], label: 1 as const },
    { features: [4, 2], label: 0 as const },
    { features: [4, 5], label: 0 as const },
  ];
  const options = { dimensions: 8, epochs: 20, learningRate: 0.5, l2: 0.001, seed: 7 };

  it('learns which features mark each class', () => {
    const { weights, bias } = fitSparseLogistic(examples, options);
    expect(sparseProbability([1, 6], weights, bias)).toBeGreaterThan(0.7);
    expect(sparseProbability([4, 6], weights, bias)).toBeLessThan(0.3);
  });

  it('gives the same weights on a refit', () => {
    expect([...fitSparseLogistic(examples, options).weights]).toEqual([
      ...fitSparseLogistic(examples, options).weights,
    ]);
  });

  it('refuses examples of one class only', () => {
    expect(() => fitSparseLogistic(examples.slice(0, 2), options)).toThrow(/both classes/);
  });
});
