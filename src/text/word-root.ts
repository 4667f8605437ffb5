import { KEPT_APART } from './normalize.js';
import { startingWith } from './sorted-prefix.js';

/** Endings that turn a field into the person doing it, or back: teacher/teaching, pharmacist/pharmacy. */
const DERIVATIONAL = /(ist|ian|ant|ent|er|or|ri|y)$/;
/** Shortest root kept: below this, endings are part of the word ("weld" is not "welder" less "er"). */
const MIN_ROOT = 5;
/** Shortest root that may stand for longer ones ("physio", "electr"): "polic" must not reach "polici". */
const MIN_PREFIX_ROOT = 6;
/** Shortest clipped word read as the start of a longer one ("math", "stat", "chem"). */
const MIN_CLIPPING = 4;
/** Letters a clipping leaves off at least: "polic" is police, not a clipped "polici" (policy). */
const MIN_CLIPPED_LETTERS = 3;
/** A clipping stands for at most this many indexed roots; more and it is ambiguous. */
const MAX_CLIPPED_ROOTS = 2;

/**
 * The root a Porter stem shares with its relatives across word classes: "teacher" and "teaching"
 * both give "teach", "accountant" and "accounting" "account", "carpenter" and "carpentry"
 * "carpent". Porter alone keeps these apart, yet a person names their job where the knowledge
 * names the field.
 */
export function wordRoot(stem: string): string {
  const root = stem.replace(DERIVATIONAL, '');
  return root.length >= MIN_ROOT ? root : stem;
}

/**
 * Roots of a set of stems, to find a word's relatives: the same root, or one root the start of the
 * other ("pharmac" of "pharmaci", "physio" of "physiotherap", "electr" of "electric").
 */
export class RootIndex {
  private readonly byRoot = new Map<string, string[]>();
  private sorted: string[] = [];

  constructor(stems: Iterable<string>) {
    for (const stem of stems) {
      const root = wordRoot(stem);
      const list = this.byRoot.get(root);
      if (list) list.push(stem);
      else this.byRoot.set(root, [stem]);
    }
    this.sorted = [...this.byRoot.keys()].sort();
  }

  /** The indexed stems related to `stem` by root (itself included when indexed). */
  relatives(stem: string): string[] {
    const root = wordRoot(stem);
    const found = [...(this.byRoot.get(root) ?? [])];
    if (root.length < MIN_PREFIX_ROOT) return found.length ? found : this.clipped(root);
    // A stem kept apart from the word Porter would cut it to is apart from that word's relatives too.
    if (KEPT_APART.has(stem)) return found;
    // Roots this one is the start of.
    for (const longer of this.startingWith(root))
      if (longer !== root) found.push(...this.byRoot.get(longer)!.filter((s) => !KEPT_APART.has(s)));
    // Roots that are the start of this one.
    for (let n = MIN_PREFIX_ROOT; n < root.length; n++) found.push(...(this.byRoot.get(root.slice(0, n)) ?? []));
    return found;
  }

  /**
   * A short word the index lacks, read as a clipping when it starts few indexed roots: "math(s)"
   * of "mathematics", "stat(s)" of "statistics", "chem" of "chemistry". A start shared by many
   * roots ("con") says nothing, and one a letter or two short of a root is another word.
   */
  private clipped(root: string): string[] {
    if (root.length < MIN_CLIPPING) return [];
    const longer = this.startingWith(root).filter((r) => r.length >= root.length + MIN_CLIPPED_LETTERS);
    return longer.length > 0 && longer.length <= MAX_CLIPPED_ROOTS ? longer.flatMap((r) => this.byRoot.get(r)!) : [];
  }

  /** Indexed roots that begin with `prefix`, in order. */
  private startingWith(prefix: string): string[] {
    return startingWith(this.sorted, prefix);
  }
}
