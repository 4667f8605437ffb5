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
    return TextTable.joined(texts.map((text) => ({ text })));
  }

  /**
   * A table of texts given as strings or as texts of other tables, whose bytes are copied as they
   * are: at 100,000 chunks an edit keeps almost every chunk's text, and decoding them all to encode
   * them again doubled the edit's peak memory. Written into one buffer sized first.
   */
  static joined(parts: readonly ({ text: string } | { from: TextTable; at: number })[]): TextTable {
    const ends = new Uint32Array(parts.length);
    let size = 0;
    parts.forEach((part, i) => {
      size += 'text' in part ? Buffer.byteLength(part.text, 'utf8') : part.from.byteLength(part.at);
      ends[i] = size;
    });
    const bytes = Buffer.alloc(size);
    parts.forEach((part, i) => {
      const start = i === 0 ? 0 : ends[i - 1]!;
      if ('text' in part) bytes.write(part.text, start, 'utf8');
      else part.from.view.copy(bytes, start, part.from.start(part.at), part.from.ends[part.at]!);
    });
    return new TextTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), ends);
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]!;
  }

  private byteLength(i: number): number {
    return this.ends[i]! - this.start(i);
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
      text = this.view.toString('utf8', this.start(i), this.ends[i]!);
      this.decoded[i] = text;
    }
    return text;
  }
}
