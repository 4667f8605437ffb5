import type { GramModelFile } from './gram-model.js';
import { GRAM_BUCKETS, messageGrams } from './message-grams.js';
import { fitSparseLogistic, type SparseExample, sparseProbability } from './sparse-logistic.js';

export interface LabelledMessage {
  message: string;
  /** Of the kind the model is to recognise. */
  positive: boolean;
}

export interface GramFitOptions {
  /** How much more a negative taken for the kind costs than a positive missed; sets the threshold. */
  falsePositiveCost: number;
  /** Names of the two classes, for the cross-validation line: ['social messages', 'off-topic']. */
  names: [positive: string, negative: string];
  /** The grams weighed: a message's own by default. */
  grams?: (message: string) => number[];
}

const SGD = { dimensions: GRAM_BUCKETS, epochs: 5, learningRate: 0.2, l2: 0.01, seed: 1 };
/** Weights smaller than this change no decision worth a line in the file. */
const KEPT_WEIGHT = 0.05;
const FOLDS = 5;

const example =
  (grams: (message: string) => number[]) =>
  (m: LabelledMessage): SparseExample => ({
    features: grams(m.message),
    label: m.positive ? 1 : 0,
  });

/** Each message's probability from a model fitted on the four folds it is not in. */
function outOfFoldProbabilities(messages: LabelledMessage[], grams: (message: string) => number[]): number[] {
  const p = new Array<number>(messages.length);
  for (let f = 0; f < FOLDS; f++) {
    const { weights, bias } = fitSparseLogistic(messages.filter((_, i) => i % FOLDS !== f).map(example(grams)), SGD);
    messages.forEach((m, i) => {
      if (i % FOLDS === f) p[i] = sparseProbability(grams(m.message), weights, bias);
    });
  }
  return p;
}

/**
 * The threshold that costs least on out-of-fold probabilities, and how often at that threshold a
 * positive is recognised and a negative taken for one.
 */
function crossValidate(
  messages: LabelledMessage[],
  p: number[],
  o: GramFitOptions,
): { threshold: number; check: string } {
  const count = (t: number, positive: boolean, taken: boolean) =>
    messages.filter((m, i) => m.positive === positive && p[i]! >= t === taken).length;
  let threshold = 0.5;
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0.5; t < 0.99; t += 0.01) {
    const cost = count(t, true, false) + o.falsePositiveCost * count(t, false, true);
    if (cost < best) [best, threshold] = [cost, Math.round(t * 100) / 100];
  }
  const positives = messages.filter((m) => m.positive).length;
  const [pos, neg] = o.names;
  const check = `5-fold cross-validation at threshold ${threshold}: ${pos} recognised ${count(threshold, true, true)}/${positives}, ${neg} taken for them ${count(threshold, false, true)}/${messages.length - positives}`;
  return { threshold, check };
}

/**
 * The weights worth keeping, as gaps between successive kept buckets and the weights times 100: a
 * file of a few hundred kilobytes rather than a quarter of a million numbers.
 */
export function compactWeights(weights: Float64Array, kept: number): { indexSteps: number[]; hundredths: number[] } {
  const indexSteps: number[] = [];
  const hundredths: number[] = [];
  let last = 0;
  weights.forEach((w, i) => {
    const h = Math.round(w * 100);
    if (Math.abs(w) < kept || h === 0) return;
    indexSteps.push(i - last);
    hundredths.push(h);
    last = i;
  });
  return { indexSteps, hundredths };
}

/** A gram model fitted on labelled messages, its threshold chosen by cross-validated cost. */
export function fitGramModel(messages: LabelledMessage[], o: GramFitOptions): GramModelFile {
  return fitGramModelWithOutOfFold(messages, o).model;
}

/**
 * The same, with each message's out-of-fold probability: what a model stacked on this one is fitted
 * on, since that is how this one reads the questions it was not fitted on.
 */
export function fitGramModelWithOutOfFold(
  messages: LabelledMessage[],
  o: GramFitOptions,
): { model: GramModelFile; outOfFold: number[] } {
  const grams = o.grams ?? messageGrams;
  const outOfFold = outOfFoldProbabilities(messages, grams);
  const { threshold, check } = crossValidate(messages, outOfFold, o);
  const { weights, bias } = fitSparseLogistic(messages.map(example(grams)), SGD);
  const { indexSteps, hundredths } = compactWeights(weights, KEPT_WEIGHT);
  return {
    model: {
      buckets: GRAM_BUCKETS,
      bias: Math.round(bias * 1000) / 1000,
      threshold,
      floor: 0,
      veto: 0,
      leaning: 0,
      indexSteps,
      hundredths,
      fitted: { examples: messages.length, check },
    },
    outOfFold,
  };
}
