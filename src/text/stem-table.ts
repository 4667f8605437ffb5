/**
 * Values filed under word stems, found by the longest stem a word begins with: how glossaries of
 * inflected languages name a word once for all its case endings ("kiberbiztonsag" for
 * "kiberbiztonsaggal", "kiberbiztonsagi"…).
 */
export class StemTable<V> {
  private readonly byStem = new Map<string, V>();
  private readonly shortest: number;
  private readonly longest: number;
  /** Every stem's first `shortest` letters: most words begin with none of them, and are answered at one lookup. */
  private readonly heads = new Set<string>();

  /** Stems shorter than `minLength` are refused: they would start too many unrelated words. */
  constructor(entries: Iterable<readonly [string, V]>, minLength: number) {
    for (const [stem, value] of entries) {
      if (stem.length < minLength) throw new Error(`stem "${stem}" is shorter than ${minLength} letters`);
      if (!this.byStem.has(stem)) this.byStem.set(stem, value);
    }
    const lengths = [...this.byStem.keys()].map((s) => s.length);
    this.shortest = lengths.length ? Math.min(...lengths) : 0;
    this.longest = lengths.length ? Math.max(...lengths) : 0;
    for (const stem of this.byStem.keys()) this.heads.add(stem.slice(0, this.shortest));
  }

  /** The value of the longest stem `word` begins with (the word itself counts), or undefined. */
  find(word: string): V | undefined {
    if (this.byStem.size === 0 || !this.heads.has(word.slice(0, this.shortest))) return undefined;
    for (let n = Math.min(word.length, this.longest); n >= this.shortest; n--) {
      const value = this.byStem.get(word.slice(0, n));
      if (value !== undefined) return value;
    }
    return undefined;
  }
}
