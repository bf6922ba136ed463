import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OSError } from '@sock/core';
import * as bt from '@sock/bluetooth';

/** Left out: hciSocket and hciDevices open sockets of their own (the kernel tests cover them). */
const LEFT_OUT = /^(hciSocket|hciDevices)$/;

const clean = (err: unknown): boolean =>
  err instanceof OSError || ((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string');

describe('every exported codec and helper of @sock/bluetooth with hostile input (fuzz)', () => {
  const fns = Object.entries(bt).filter(([name, v]) => typeof v === 'function' && !LEFT_OUT.test(name) && !/^[A-Z]/.test(name)) as Array<
    [string, (...a: unknown[]) => unknown]
  >;

  it('covers the codecs, option helpers and ioctls', () => {
    expect(fns.map(([n]) => n)).toEqual(
      expect.arrayContaining(['parseBdaddr', 'encodeBluetoothAddress', 'decodeHciPacket', 'encodeHciFilter', 'setBtSecurity', 'getL2capOptions', 'hciGetDevInfo', 'hciDevUp']),
    );
  });

  it('returns or throws a coded TypeError/RangeError or an OSError, never anything else', () => {
    const arg = fc.oneof(
      fc.anything(),
      fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b)),
      fc.stringMatching(/^[0-9a-fA-F: +x-]{0,20}$/),
      fc.record({ typeMask: fc.integer(), eventMask: fc.bigInt(), opcode: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 3 }), (args) => {
        for (const [name, fn] of fns) {
          try {
            const r = fn(...args);
            if (r instanceof Promise) r.catch(() => undefined);
          } catch (err) {
            if (!clean(err)) throw new Error(`${name}(${inspect(args)}) threw ${String(err)}`, { cause: err });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
