/**
 * Packing and unpacking C structs by the layout an addon reports
 * (`sock::Struct` + `SOCK_FIELD` in the native kit): sizes and offsets come
 * from the platform's headers, never typed in by hand.
 */
import { endianness } from 'node:os';
import { invalidArgType, outOfRange } from '../errors.js';

const LE = endianness() === 'LE';

/** Where a member sits in its struct. */
export interface FieldLayout {
  readonly offset: number;
  readonly size: number;
}

/** A struct's layout as the native kit reports it: `{ size, [member]: { offset, size } }`. */
export type StructLayout<F extends string = string> = Readonly<{ size: number } & Record<F, FieldLayout>>;

/** True when `field` (1, 2, 4 or 8 bytes) lies wholly inside `bytes`. */
export function fieldFits(bytes: Uint8Array, field: FieldLayout): boolean {
  return field.offset >= 0 && field.offset + field.size <= bytes.length;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function outOfBounds(field: FieldLayout, length: number): RangeError {
  return outOfRange('offset', `a ${field.size}-byte field within ${length} bytes`, field.offset);
}

/**
 * Reads an integer member in host byte order: 1, 2 or 4 bytes as a number
 * (unsigned unless `signed`), 8 bytes as a bigint. A field that does not lie
 * wholly inside `bytes` is a RangeError (ERR_OUT_OF_RANGE); `tryReadField`
 * answers undefined instead, for sockaddrs the kernel truncated.
 */
export function readField(bytes: Uint8Array, field: FieldLayout, signed = false): number | bigint {
  if (!fieldFits(bytes, field)) throw outOfBounds(field, bytes.length);
  const dv = view(bytes);
  const o = field.offset;
  switch (field.size) {
    case 1:
      return signed ? dv.getInt8(o) : dv.getUint8(o);
    case 2:
      return signed ? dv.getInt16(o, LE) : dv.getUint16(o, LE);
    case 4:
      return signed ? dv.getInt32(o, LE) : dv.getUint32(o, LE);
    case 8:
      return signed ? dv.getBigInt64(o, LE) : dv.getBigUint64(o, LE);
    default:
      throw outOfRange('field.size', '1, 2, 4 or 8', field.size);
  }
}

/** `readField`, or undefined when the field lies (partly) beyond `bytes`. */
export function tryReadField(bytes: Uint8Array, field: FieldLayout | null | undefined, signed = false): number | bigint | undefined {
  return field && fieldFits(bytes, field) ? readField(bytes, field, signed) : undefined;
}

/**
 * Writes an integer member in host byte order. The value must fit the
 * field (unsigned, or signed when negative): RangeError otherwise; it is
 * never truncated. 8-byte fields take a bigint or a safe integer.
 */
export function writeField(bytes: Uint8Array, field: FieldLayout, value: number | bigint): void {
  if (!fieldFits(bytes, field)) throw outOfBounds(field, bytes.length);
  const dv = view(bytes);
  const o = field.offset;
  if (field.size === 8) {
    const v = typeof value === 'bigint' ? value : Number.isSafeInteger(value) ? BigInt(value) : undefined;
    if (v === undefined) throw invalidArgType('value', 'a bigint or a safe integer', value);
    if (v < -(2n ** 63n) || v >= 2n ** 64n) throw outOfRange('value', '>= -(2 ** 63) and < 2 ** 64', value);
    if (v < 0n) dv.setBigInt64(o, v, LE);
    else dv.setBigUint64(o, v, LE);
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalidArgType('value', 'an integer', value);
  const bits = field.size * 8;
  if (![1, 2, 4].includes(field.size)) throw outOfRange('field.size', '1, 2, 4 or 8', field.size);
  if (value < -(2 ** (bits - 1)) || value >= 2 ** bits) throw outOfRange('value', `>= ${-(2 ** (bits - 1))} and < ${2 ** bits}`, value);
  const u = value < 0 ? value + 2 ** bits : value;
  if (field.size === 1) dv.setUint8(o, u);
  else if (field.size === 2) dv.setUint16(o, u, LE);
  else dv.setUint32(o, u, LE);
}

/**
 * A codec for one struct: `pack` writes the given members into zeroed bytes
 * of the struct's size, `unpack` reads every member that fits the bytes it
 * gets (a short struct gives the members it holds). Members that are not
 * 1/2/4/8-byte integers (arrays, nested structs) are left to the family:
 * list the integer members in `fields`.
 */
export class StructCodec<F extends string> {
  readonly size: number;
  readonly #layout: StructLayout<F>;
  readonly #fields: readonly F[];

  constructor(layout: StructLayout<F>, fields: readonly F[]) {
    for (const f of fields) {
      const field = layout[f] as FieldLayout | undefined;
      if (!field || field.offset + field.size > layout.size) throw outOfRange(`layout.${f}`, `a member within ${layout.size} bytes`, field);
    }
    this.size = layout.size;
    this.#layout = layout;
    this.#fields = fields;
  }

  /** The member's {offset, size}. */
  field(name: F): FieldLayout {
    return this.#layout[name];
  }

  /** The struct's bytes (zeroed, `size` long) with the given members set. */
  pack(values: Partial<Record<F, number | bigint>>): Buffer {
    const buf = Buffer.alloc(this.size);
    for (const f of this.#fields) {
      const v = values[f];
      if (v !== undefined) writeField(buf, this.#layout[f], v);
    }
    return buf;
  }

  /** The members that lie wholly inside `bytes`. */
  unpack(bytes: Uint8Array): Partial<Record<F, number | bigint>> {
    const out: Partial<Record<F, number | bigint>> = {};
    for (const f of this.#fields) {
      const v = tryReadField(bytes, this.#layout[f]);
      if (v !== undefined) out[f] = v;
    }
    return out;
  }
}
