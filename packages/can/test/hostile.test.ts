import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError } from '@sock/core';
import * as can from '@sock/can';

/** Left out: canSocket opens sockets, and frames() is an async generator (its checks run on the first next()). */
const LEFT_OUT = /^(frames|canSocket)$/;

const clean = (err: unknown): boolean =>
  err instanceof OSError || ((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string');

describe('every exported codec and helper with hostile input (fuzz)', () => {
  const fns = Object.entries(can).filter(([name, v]) => typeof v === 'function' && !LEFT_OUT.test(name) && !/^[A-Z]/.test(name)) as Array<[string, (...a: unknown[]) => unknown]>;

  it('covers the codecs', () => {
    expect(fns.map(([n]) => n)).toEqual(expect.arrayContaining(['encodeCanFrame', 'decodeFrame', 'encodeBcmMessage', 'decodeErrorFrame', 'encodeCanAddress', 'decodeJ1939Ancillary', 'setFilters', 'getIsotpOptions', 'recvFrameSync']));
  });

  it('returns or throws a coded TypeError/RangeError or an OSError, never anything else', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b))), { maxLength: 3 }), (args) => {
        for (const [name, fn] of fns) {
          try {
            const r = fn(...args);
            if (r instanceof Promise) r.catch(() => undefined);
          } catch (err) {
            if (!clean(err)) throw new Error(`${name}(${args.map((a) => inspect(a)).join(', ')}) threw ${inspect(err)}`, { cause: err });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
