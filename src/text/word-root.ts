/** Endings that turn a field into the person doing it, or back: teacher/teaching, pharmacist/pharmacy. */
const DERIVATIONAL = /(ist|ian|ant|ent|er|or|ri|y)$/;
/** Shortest root kept: below this, endings are part of the word ("weld" is not "welder" less "er"). */
const MIN_ROOT = 5;
/** Shortest root that may stand for longer ones ("physio", "electr"): "polic" must not reach "polici". */
const MIN_PREFIX_ROOT = 6;

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
    if (root.length < MIN_PREFIX_ROOT) return found;
    // Roots this one is the start of.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < root) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(root); i++)
      if (this.sorted[i] !== root) found.push(...this.byRoot.get(this.sorted[i]!)!);
    // Roots that are the start of this one.
    for (let n = MIN_PREFIX_ROOT; n < root.length; n++) found.push(...(this.byRoot.get(root.slice(0, n)) ?? []));
    return found;
  }
}
