/**
 * One rule for every decoder of every package (issue 12, item 9): any
 * ArrayBufferView is decoded by its bytes (byteOffset, byteLength), so a
 * DataView, a Uint16Array or an offset Uint8Array over the same bytes gives
 * the same result as a Buffer; or the view is refused with a coded TypeError.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as core from '@sock/core';
import * as inet from '@sock/inet';
import * as unix from '@sock/unix';
import * as netlink from '@sock/netlink';
import * as packet from '@sock/packet';
import * as vsock from '@sock/vsock';
import { rng } from '../fuzz.js';

const packages: Array<[string, object]> = [
  ['@sock/core', core],
  ['@sock/inet', inet],
  ['@sock/unix', unix],
  ['@sock/netlink', netlink],
  ['@sock/packet', packet],
  ['@sock/vsock', vsock],
];

/** Exports that take bytes first. */
const DECODER = /^(decode|unpack|parse(?!Ancillary)|format|read|splitPayload)/;

type Outcome = { value: unknown } | { code: unknown; name: string };

function outcome(fn: Function, arg: unknown, rest: unknown[]): Outcome {
  try {
    return { value: fn(arg, ...rest) };
  } catch (err) {
    return { code: (err as { code?: unknown }).code, name: (err as Error).name };
  }
}

/** The same bytes as other views: an offset Uint8Array, a DataView, and a Uint16Array when the length allows. */
function views(bytes: Buffer): Array<[string, ArrayBufferView]> {
  const ab = new ArrayBuffer(bytes.length + 8);
  new Uint8Array(ab, 8).set(bytes);
  const out: Array<[string, ArrayBufferView]> = [
    ['Uint8Array at offset 8', new Uint8Array(ab, 8)],
    ['DataView at offset 8', new DataView(ab, 8)],
  ];
  if (bytes.length % 2 === 0) out.push(['Uint16Array at offset 8', new Uint16Array(ab, 8, bytes.length / 2)]);
  if (bytes.length % 4 === 0) out.push(['Uint32Array at offset 8', new Uint32Array(ab, 8, bytes.length / 4)]);
  return out;
}

describe.each(packages)('%s decoders read any ArrayBufferView by its bytes', (_name, mod) => {
  const decoders = Object.entries(mod).filter(([n, v]) => typeof v === 'function' && DECODER.test(n) && !/^class/.test(String(v)));

  it.each(decoders)('%s', (name, fn) => {
    const r = rng(name.length * 7919);
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const len = [0, 2, 4, 6, 8, 12, 16, 20, 24, 32, 48, 64, 110][Math.floor(r() * 13)]!;
      const bytes = Buffer.from(Array.from({ length: len }, () => Math.floor(r() * 256)));
      // Plausible trailing arguments: a length (decodeAncillary's controllen), else nothing.
      const rest = (fn as Function).length > 1 && /Ancillary/.test(name) ? [len] : [];
      const base = outcome(fn as Function, bytes, rest);
      for (const [label, view] of views(bytes)) {
        const got = outcome(fn as Function, view, rest);
        if ('code' in got && !isDeepStrictEqual(got, base)) {
          expect(got, `${name}(${label}) refused a view otherwise than with a coded TypeError`).toEqual({ code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
          continue;
        }
        expect(isDeepStrictEqual(got, base) || JSON.stringify(got) === JSON.stringify(base), `${name}(${label} of ${len} bytes): ${JSON.stringify(got).slice(0, 200)} but a Buffer gives ${JSON.stringify(base).slice(0, 200)}`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
