/**
 * Listwise ranking by a linear score: for each group (one question's candidates), a softmax over the
 * scores, fitted by batch gradient descent so that the probability of the candidates marked relevant
 * grows. The bias cancels within a group, so there is none. Deterministic: no sampling.
 */
export interface RankingGroup {
  /** One row of features per candidate. */
  features: number[][];
  /** Whether each candidate is one the group's label accepts. */
  relevant: boolean[];
}

export interface RankingFitOptions {
  steps: number;
  learningRate: number;
  l2: number;
}

export function fitSoftmaxRanking(groups: RankingGroup[], o: RankingFitOptions): number[] {
  // A group without any relevant candidate says nothing about which comes first.
  const usable = groups.filter((g) => g.relevant.some(Boolean));
  if (usable.length === 0) throw new Error('fitting needs at least one group with a relevant candidate');
  const d = usable[0]!.features[0]!.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < o.steps; step++) {
    const gradient = new Array<number>(d).fill(0);
    for (const g of usable) {
      const z = g.features.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      const relevantTotal = e.reduce((s, v, i) => s + (g.relevant[i] ? v : 0), 0);
      // d(-log P(relevant))/dz_i = p_i − (share of i among the relevant)
      g.features.forEach((row, i) => {
        const delta = e[i]! / total - (g.relevant[i] ? e[i]! / relevantTotal : 0);
        row.forEach((x, j) => {
          gradient[j]! += delta * x;
        });
      });
    }
    for (let j = 0; j < d; j++) w[j]! -= o.learningRate * (gradient[j]! / usable.length + o.l2 * w[j]!);
  }
  return w;
}
