import path from 'node:path';
import * as z from 'zod';
import type { Understanding } from '../answer/question-reader.js';
import { PACKAGE_ROOT } from '../config.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { readModelFile } from '../model-file.js';
import type { Evidence } from '../retrieval/retriever.js';
import { expandWeights, keptWeights } from '../scope/gram-model.js';
import { GRAM_BUCKETS, messageGrams } from '../scope/message-grams.js';
import { sparseProbability } from '../scope/sparse-logistic.js';

/** One logistic regression over a question's grams per role, as fitted by fit-role-classifier.ts. */
export const roleClassifierFile = z.object({
  buckets: z.number().int().positive(),
  /** What a role's probability adds to its place in the answer's order; see orderRoles. */
  weight: z.number().min(0),
  roles: z.array(z.object({ id: z.string(), bias: z.number(), ...keptWeights })),
  fitted: z.object({ questions: z.number(), check: z.string() }),
});
export type RoleClassifierFile = z.infer<typeof roleClassifierFile>;

export const ROLE_CLASSIFIER_PATH = path.join(PACKAGE_ROOT, 'src', 'ranking', 'role-classifier.json');

/** The reciprocal-rank constant of the order the classifier is fused with. */
const RANK_K = 4;

/**
 * How likely a question asks for each role, learned from the tuning part's labelled questions: the
 * words people use for a role that its file does not ("the person who decides how much server space
 * the city rents"). It only reorders roles the answer already shows; a role added to the knowledge
 * after the fit gets no probability and keeps its place. Loaded on first use.
 */
export class RoleClassifier {
  private loaded?: { roles: { id: string; bias: number; weights: Float32Array }[]; weight: number };

  private constructor(private readonly source: () => RoleClassifierFile | undefined) {}

  static untrained(): RoleClassifier {
    return new RoleClassifier(() => undefined);
  }

  static fromFile(file = ROLE_CLASSIFIER_PATH): RoleClassifier {
    return new RoleClassifier(() => readModelFile(file, roleClassifierFile));
  }

  static fromWeights(m: RoleClassifierFile): RoleClassifier {
    return new RoleClassifier(() => m);
  }

  private model() {
    if (this.loaded) return this.loaded;
    const m = this.source();
    if (m && m.buckets !== GRAM_BUCKETS)
      throw new Error(
        `role classifier has ${m.buckets} buckets, the code hashes into ${GRAM_BUCKETS}; run npm run fit:roles`,
      );
    const roles = (m?.roles ?? []).map((r) => {
      const weights = new Float32Array(GRAM_BUCKETS);
      expandWeights(r, weights);
      return { id: r.id, bias: r.bias, weights };
    });
    this.loaded = { roles, weight: m?.weight ?? 0 };
    return this.loaded;
  }

  /** Each role's probability for the question; empty untrained or for a question without words. */
  probabilities(question: string): Map<string, number> {
    const m = this.model();
    const grams = messageGrams(question);
    if (grams.length === 0) return new Map();
    return new Map(m.roles.map((r) => [r.id, sparseProbability(grams, r.weights, r.bias)]));
  }

  /**
   * `roles` in the order the answer would give them, reordered by that order's reciprocal rank plus
   * the fitted weight times each role's probability. Equal scores keep the given order.
   */
  orderRoles<T extends { id: string }>(roles: T[], probabilities: ReadonlyMap<string, number>): T[] {
    const weight = this.model().weight;
    if (weight === 0 || probabilities.size === 0) return roles;
    const score = (r: T, i: number) => 1 / (RANK_K + i + 1) + weight * (probabilities.get(r.id) ?? 0);
    return roles
      .map((r, i) => ({ r, i, s: score(r, i) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((x) => x.r);
  }
}

/**
 * Whether the classifier weighs in on a question's roles: only when it names no role and continues no
 * subject. A role named, or the one a conversation is about, is what the question asks about.
 */
export function leavesRolesOpen(u: Pick<Understanding, 'subject' | 'mentions'>, kb: KnowledgeBase): boolean {
  return u.subject.length === 0 && !u.mentions.some((m) => kb.byId.get(m.docId)?.type === 'role');
}

/**
 * Evidence whose role documents take the order `order` gives them, each in a place a role held
 * before (skills and sources keep theirs, and each place keeps its score).
 */
export function withRolesReordered(evidence: Evidence, order: <T extends { id: string }>(roles: T[]) => T[]): Evidence {
  const places = evidence.entities.flatMap((e, i) => (e.doc.type === 'role' ? [i] : []));
  const roles = places.map((i) => evidence.entities[i]!);
  const reordered = order(roles.map((e) => ({ id: e.doc.id, entity: e }))).map((x) => x.entity);
  const entities = [...evidence.entities];
  places.forEach((place, k) => {
    entities[place] = { ...reordered[k]!, score: evidence.entities[place]!.score };
  });
  return { ...evidence, entities };
}
