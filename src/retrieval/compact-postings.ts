/**
 * Postings of a sparse vector index in a compact layout, four bytes a posting instead of eight:
 *
 * - a vector id is two bytes, its low 16 bits, with each dimension's postings cut into blocks of
 *   65,536 ids (block b holds ids b·65536 … b·65536 + 65535), so the high bits are the block's;
 * - a value (the vectors are normalized, so at most 1) is two bytes, in steps of 1/65,535: within
 *   0.000008 of it, so a dot product moves by about 0.00001, and a value's code does not depend on
 *   the other vectors (an edit codes the new ones alone).
 *
 * Within a dimension the postings ascend by id. At 100,000 chunks this halves the 300 MB the index
 * took, which is most of what keeps a warm start's memory under a gigabyte.
 */
export interface CompactPostings {
  dimensions: number;
  /** Blocks of 65,536 ids: 1 up to 65,536 vectors, 2 up to 131,072… */
  blocks: number;
  /** Postings of dimension d in block b are at starts[d·blocks + b] … starts[d·blocks + b + 1]. */
  starts: Int32Array;
  lowIds: Uint16Array;
  codes: Uint16Array;
  /** Each dimension's largest value. */
  maxValue: Float32Array;
}

const BLOCK_BITS = 16;
const CODE_MAX = 65_535;
/** What a code is worth. */
export const CODE_STEP = 1 / CODE_MAX;
export const encodeValue = (value: number) => Math.min(CODE_MAX, Math.max(0, Math.round(value * CODE_MAX)));

export const blocksFor = (count: number) => Math.max(1, Math.ceil(count / 2 ** BLOCK_BITS));

/** How many postings dimension d has. */
export const postingsOf = (postings: CompactPostings, d: number) =>
  postings.starts[(d + 1) * postings.blocks]! - postings.starts[d * postings.blocks]!;

/**
 * Writes postings dimension by dimension into their final place, given how many each dimension
 * gets; ids must come in ascending order within a dimension.
 */
export class CompactPostingsWriter {
  private readonly blocks: number;
  private readonly starts: Int32Array;
  private readonly fill: Int32Array;
  /** The block each dimension is writing. */
  private readonly block: Int32Array;
  private readonly lowIds: Uint16Array;
  private readonly codes: Uint16Array;

  constructor(
    private readonly dimensions: number,
    count: number,
    perDimension: ArrayLike<number>,
  ) {
    this.blocks = blocksFor(count);
    this.starts = new Int32Array(dimensions * this.blocks + 1);
    this.fill = new Int32Array(dimensions + 1);
    for (let d = 0; d < dimensions; d++) this.fill[d + 1] = this.fill[d]! + perDimension[d]!;
    for (let d = 0; d < dimensions; d++) this.starts[d * this.blocks] = this.fill[d]!;
    this.starts[dimensions * this.blocks] = this.fill[dimensions]!;
    this.block = new Int32Array(dimensions);
    this.lowIds = new Uint16Array(this.fill[dimensions]!);
    this.codes = new Uint16Array(this.lowIds.length);
  }

  /** A posting whose value is coded already (copied from other postings). */
  add(d: number, id: number, code: number): void {
    const at = this.fill[d]!;
    if (at === this.starts[(d + 1) * this.blocks]) throw new Error(`dimension ${d} has more postings than counted`);
    const b = id >>> BLOCK_BITS;
    while (this.block[d]! < b) this.starts[d * this.blocks + ++this.block[d]!] = at;
    this.lowIds[at] = id;
    this.codes[at] = code;
    this.fill[d] = at + 1;
  }

  finish(): CompactPostings {
    const { dimensions, blocks, starts, fill, lowIds, codes } = this;
    const maxValue = new Float32Array(dimensions);
    for (let d = 0; d < dimensions; d++) {
      const end = starts[(d + 1) * blocks]!;
      if (fill[d] !== end) throw new Error(`dimension ${d} has fewer postings than counted`);
      // The blocks after the last one written are empty.
      for (let b = this.block[d]! + 1; b < blocks; b++) starts[d * blocks + b] = end;
      let max = 0;
      for (let p = starts[d * blocks]!; p < end; p++) if (codes[p]! > max) max = codes[p]!;
      maxValue[d] = max * CODE_STEP;
    }
    return { dimensions, blocks, starts, lowIds, codes, maxValue };
  }
}
