import { seededRandom } from '../seeded-random.js';
/**
 * Logistic regression over sparse binary features (each example lists the feature indices it has),
 * fitted by stochastic gradient descent with L2 shrinkage and balanced classes. Deterministic: the
 * order examples are visited in comes from a seeded generator, so a refit gives the same weights.
 */
export interface SparseExample {
  features: number[];
  label: 0 | 1;
}

export interface SparseFitOptions {
  dimensions: number;
  epochs: number;
  learningRate: number;
  /** Shrinkage per visit of a feature, scaled by the learning rate. */
  l2: number;
  seed: number;
}

export interface SparseWeights {
  weights: Float64Array;
  bias: number;
}

/** What the features add to the bias, in log-odds. */
export function sparseLogOdds(features: number[], weights: ArrayLike<number>): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return z;
}

export function sparseProbability(features: number[], weights: ArrayLike<number>, bias: number): number {
  return 1 / (1 + Math.exp(-(bias + sparseLogOdds(features, weights))));
}

export function fitSparseLogistic(examples: SparseExample[], o: SparseFitOptions): SparseWeights {
  const weights = new Float64Array(o.dimensions);
  let bias = 0;
  const positives = examples.filter((e) => e.label === 1).length;
  if (positives === 0 || positives === examples.length) throw new Error('fitting needs examples of both classes');
  // Each class weighs as much as the other, however many examples it has.
  const classWeight = [examples.length / (2 * (examples.length - positives)), examples.length / (2 * positives)];
  const order = examples.map((_, i) => i);
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // Steps shrink as epochs pass, so the last ones settle rather than jump.
    const rate = o.learningRate / (1 + epoch);
    for (const i of order) {
      const e = examples[i]!;
      const gradient = (sparseProbability(e.features, weights, bias) - e.label) * classWeight[e.label]!;
      for (const f of e.features) weights[f] = weights[f]! - rate * (gradient + o.l2 * weights[f]!);
      bias -= rate * gradient;
    }
  }
  return { weights, bias };
}
