/**
 * One buffer holding a JSON value whose typed arrays are stored as raw bytes: how the index cache
 * stores structures made of a few large typed arrays and some strings. Reading one back is a JSON
 * parse of the small part and views over the rest, with no per-element work, which is what keeps
 * a warm start at 100,000 chunks short.
 *
 * Layout: "CBP1", the header's byte length (uint32, little-endian), the header (JSON, typed arrays
 * replaced by {"$typed", "at", "length"}), then each array's bytes at an 8-byte-aligned offset.
 */

const MAGIC = 'CBP1';
const ALIGN = 8;

const TYPED = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

interface TypedRef {
  $typed: TypedName;
  /** Byte offset from the start of the blob section. */
  at: number;
  length: number;
}

/** A packed file that is not one, or is cut short. */
export class PackedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackedFormatError';
  }
}

function typedName(value: unknown): TypedName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  return (Object.keys(TYPED) as TypedName[]).find((name) => value instanceof TYPED[name]);
}

const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

export function pack(value: unknown): Buffer {
  const blobs: Typed[] = [];
  let offset = 0;
  // The typed arrays are swapped for references in a copy of the value's objects (arrays of strings
  // are shared, not copied), then it is stringified plainly: a replacer would be called for each of
  // the ~700,000 strings of a 100,000-chunk index.
  const swap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const name = typedName(v);
    if (name) {
      const array = v as Typed;
      const ref: TypedRef = { $typed: name, at: offset, length: array.length };
      blobs.push(array);
      offset += padded(array.byteLength);
      return ref;
    }
    if (Array.isArray(v)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item !== 'object' || item === null) continue;
        const swapped = swap(item);
        if (swapped !== item) {
          copy ??= v.slice();
          copy[i] = swapped;
        }
      }
      return copy ?? v;
    }
    const record = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) out[key] = swap(record[key]);
    return out;
  };
  const header = JSON.stringify(swap(value));
  const head = Buffer.from(header, 'utf8');
  const start = padded(8 + head.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(head.length, 4);
  head.copy(out, 8);
  let at = start;
  for (const array of blobs) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += padded(array.byteLength);
  }
  return out;
}

/** A copy at offset 0 of a fresh allocation (Buffer.alloc never hands out a slice of the shared pool). */
function aligned(buffer: Buffer): Buffer {
  const copy = Buffer.alloc(buffer.length);
  buffer.copy(copy);
  return copy;
}

/** The value `pack` stored; its typed arrays are views over `buffer` (copied once if it is misaligned). */
export function unpack<T>(buffer: Buffer): T {
  if (buffer.length < 8 || buffer.toString('latin1', 0, 4) !== MAGIC) throw new PackedFormatError('not a packed file');
  const bytes = buffer.byteOffset % ALIGN === 0 ? buffer : aligned(buffer);
  const headLength = bytes.readUInt32LE(4);
  if (8 + headLength > bytes.length) throw new PackedFormatError('packed file is truncated');
  const start = padded(8 + headLength);
  const toTyped = (ref: TypedRef): Typed => {
    const Type = TYPED[ref.$typed];
    const from = bytes.byteOffset + start + ref.at;
    if (start + ref.at + ref.length * Type.BYTES_PER_ELEMENT > bytes.length)
      throw new PackedFormatError('packed file is truncated');
    return new Type(bytes.buffer as ArrayBuffer, from, ref.length);
  };
  // A plain parse, then one walk replacing the typed-array references: a reviver would be called
  // for every value, and at 100,000 chunks the header holds ~700,000 strings (0.5 s of a warm start).
  const walk = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'object' && v !== null) value[i] = walk(v);
      }
      return value;
    }
    if ('$typed' in value) return toTyped(value as TypedRef);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = walk(record[key]);
    return record;
  };
  return walk(JSON.parse(bytes.toString('utf8', 8, 8 + headLength))) as T;
}
