import { describe, expect, it } from 'vitest';
import { PackedFormatError, pack, unpack } from '../../src/retrieval/packed.js';
import { SpellingIndex } from '../../src/text/spelling-index.js';

describe('packed buffers', () => {
  it('round-trips JSON with typed arrays, reading the arrays as views', () => {
    const value = {
      name: 'x',
      list: ['a', 'b'],
      ints: Int32Array.from([1, -2, 3]),
      nested: { floats: Float32Array.from([0.5, 1.5]), small: Uint16Array.from([7]) },
    };
    const back = unpack<typeof value>(pack(value));
    expect(back).toEqual(value);
    expect(back.ints).toBeInstanceOf(Int32Array);
    expect(back.nested.floats).toBeInstanceOf(Float32Array);
  });

  it('reads a buffer that does not start on an aligned offset', () => {
    const packed = pack({ v: Float64Array.from([1, 2]) });
    const shifted = Buffer.alloc(packed.length + 3);
    packed.copy(shifted, 3);
    expect(unpack<{ v: Float64Array }>(shifted.subarray(3)).v).toEqual(Float64Array.from([1, 2]));
  });

  it('refuses a foreign or truncated buffer', () => {
    expect(() => unpack(Buffer.from('not packed at all'))).toThrow(PackedFormatError);
    const packed = pack({ v: Int32Array.from({ length: 100 }, (_, i) => i) });
    expect(() => unpack(packed.subarray(0, packed.length - 16))).toThrow(/truncated/);
  });

  it('stores a spelling index that answers as the one it was built from', () => {
    const built = new SpellingIndex();
    for (const w of ['mechanic', 'mechanics', 'machine', 'urban', 'security', 'secure']) built.add(w);
    const read = SpellingIndex.fromState(unpack(pack(built.toState())));
    for (const q of ['mechanik', 'ubran', 'secur', 'machin']) expect(read.near(q, 2)).toEqual(built.near(q, 2));
    expect(read.startingWith('mech')).toEqual(built.startingWith('mech'));
  });
});
