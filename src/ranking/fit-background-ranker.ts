/**
 * Fits the background ranker (npm run fit:background): the order of the roles shown when someone
 * describes their background and asks where they fit. Trained on the tuning part of the evaluation
 * only (questions read as background-fit, labelled with the roles that fit), with the role classifier's
 * out-of-fold probabilities among the features; the held-out part is never read here. Writes
 * background-ranker.json beside this file.
 */
import { writeFileSync } from 'node:fs';
import { expectedRoles } from '../eval/score-eval.js';
import { assembleFittingEngine } from '../fitting-engine.js';
import { BACKGROUND_FEATURE_NAMES, backgroundCandidates } from './background-candidates.js';
import { BACKGROUND_RANKER_PATH, BackgroundRanker, type BackgroundRankerFile } from './background-ranker.js';
import { leavesRolesOpen } from './role-classifier.js';
import { classifierCases, outOfFoldProbabilities, questionGrams } from './role-classifier-fitting.js';
import { fitSoftmaxRanking, type RankingGroup } from './softmax-ranking.js';

/** Enough steps for eight standardised features to settle; the shrinkage only keeps weights finite. */
const OPTIONS = { steps: 1500, learningRate: 0.5, l2: 0.001 };
const FOLDS = 5;

interface Standardised {
  mean: number[];
  std: number[];
  weights: number[];
}

function train(groups: RankingGroup[]): Standardised {
  const rows = groups.flatMap((g) => g.features);
  const d = BACKGROUND_FEATURE_NAMES.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const std = Array.from(
    { length: d },
    (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / rows.length) || 1,
  );
  const scaled = groups.map((g) => ({
    relevant: g.relevant,
    features: g.features.map((r) => r.map((x, j) => (x - mean[j]!) / std[j]!)),
  }));
  return { mean, std, weights: fitSoftmaxRanking(scaled, OPTIONS) };
}

/** Whether the best-scored candidate (the first on a tie) is one the label accepts. */
function firstIsRelevant(g: RankingGroup, score: (row: number[]) => number): boolean {
  let best = 0;
  g.features.forEach((row, i) => {
    if (score(row) > score(g.features[best]!)) best = i;
  });
  return g.relevant[best] ?? false;
}

const linear = (m: Standardised) => (row: number[]) =>
  row.reduce((s, x, j) => s + m.weights[j]! * ((x - m.mean[j]!) / m.std[j]!), 0);

const share = (n: number, of: number) => Math.round((n / of) * 1000) / 1000;

async function main(): Promise<void> {
  const engine = await assembleFittingEngine({ backgroundRanker: BackgroundRanker.untrained() });
  const cases = classifierCases();
  // The role classifier's probabilities as it gives them for questions it was not fitted on: the
  // shipped one was fitted on these very questions, and would look surer than it is.
  const wording = outOfFoldProbabilities(
    cases,
    questionGrams(cases),
    engine.kb.roles.map((r) => r.id),
  );
  const groups: RankingGroup[] = [];
  for (const [i, c] of cases.entries()) {
    const u = await engine.understand(c.turns[0]!);
    if (u.social || !u.scope.inScope || u.intent !== 'background-fit') continue;
    const targets = new Set(expectedRoles(c));
    // As the engine reads it: a question that names a role gets no probabilities.
    const candidates = backgroundCandidates(
      u.fit,
      u.retrieval,
      leavesRolesOpen(u, engine.kb) ? wording[i]! : new Map<string, number>(),
    );
    groups.push({
      features: candidates.map((x) => x.features),
      relevant: candidates.map((x) => targets.has(x.role.id)),
    });
  }

  // How each single signal ranks alone, and the fitted model on questions it was not fitted on.
  const alone = (j: number) => groups.filter((g) => firstIsRelevant(g, (row) => row[j]!)).length;
  let crossValidated = 0;
  for (let f = 0; f < FOLDS; f++) {
    const model = train(groups.filter((_, i) => i % FOLDS !== f));
    crossValidated += groups.filter((g, i) => i % FOLDS === f && firstIsRelevant(g, linear(model))).length;
  }
  const model = train(groups);
  const fitted = groups.filter((g) => firstIsRelevant(g, linear(model))).length;
  const file: BackgroundRankerFile = {
    features: [...BACKGROUND_FEATURE_NAMES],
    ...model,
    fitted: {
      questions: groups.length,
      hitAt1: share(fitted, groups.length),
      crossValidatedHitAt1: share(crossValidated, groups.length),
    },
  };
  writeFileSync(BACKGROUND_RANKER_PATH, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`fitted on ${groups.length} background-fit questions of the tuning part`);
  console.log(
    `right role first: fitted ${file.fitted.hitAt1}, ${FOLDS}-fold cross-validated ${file.fitted.crossValidatedHitAt1}`,
  );
  for (const [j, name] of BACKGROUND_FEATURE_NAMES.entries())
    console.log(
      `  ${name.padEnd(16)} weight ${model.weights[j]!.toFixed(3)}   alone ${share(alone(j), groups.length)}`,
    );
}

await main();
