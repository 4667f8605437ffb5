/** A TextTable as stored in a cache file (see packed.ts): the texts' UTF-8 bytes and where each ends. */
export interface TextTableState {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/**
 * Many texts kept as one UTF-8 buffer, each decoded the first time it is read. At 100,000 chunks a
 * warm start reads the buffer in a few milliseconds where parsing the same texts from JSON took
 * tenths of a second, and most of them are never read: only passages an answer quotes are.
 */
export class TextTable {
  private readonly decoded: (string | undefined)[];
  private readonly view: Buffer;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly ends: Uint32Array,
  ) {
    this.decoded = new Array<string | undefined>(ends.length);
    this.view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  static of(texts: readonly string[]): TextTable {
    const encoded = texts.map((t) => Buffer.from(t, 'utf8'));
    const ends = new Uint32Array(texts.length);
    let at = 0;
    encoded.forEach((b, i) => {
      at += b.length;
      ends[i] = at;
    });
    const bytes = new Uint8Array(at);
    at = 0;
    for (const b of encoded) {
      bytes.set(b, at);
      at += b.length;
    }
    return new TextTable(bytes, ends);
  }

  /** A stored table, or undefined when its offsets do not fit its bytes (a damaged file). */
  static fromState(state: TextTableState): TextTable | undefined {
    const { bytes, ends } = state;
    if (!(bytes instanceof Uint8Array) || !(ends instanceof Uint32Array)) return undefined;
    let previous = 0;
    for (const end of ends) {
      if (end < previous) return undefined;
      previous = end;
    }
    return previous === bytes.length ? new TextTable(bytes, ends) : undefined;
  }

  toState(): TextTableState {
    return { bytes: this.bytes, ends: this.ends };
  }

  get length(): number {
    return this.ends.length;
  }

  at(i: number): string {
    let text = this.decoded[i];
    if (text === undefined) {
      text = this.view.toString('utf8', i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
      this.decoded[i] = text;
    }
    return text;
  }
}
