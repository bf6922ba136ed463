import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError } from '@sock/core';
import * as tipc from '@sock/tipc';

const clean = (err: unknown): boolean =>
  err instanceof OSError || ((err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string');

describe('every exported codec and helper with hostile input (fuzz)', () => {
  // topologyEvents is an async generator: its checks run on the first next(), which connects to the kernel.
  const fns = Object.entries(tipc).filter(([name, v]) => typeof v === 'function' && name !== 'topologyEvents' && !/^[A-Z]/.test(name)) as Array<
    [string, (...a: unknown[]) => unknown]
  >;

  it('covers the codecs and helpers', () => {
    expect(fns.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'encodeTipcAddress',
        'decodeTipcAddress',
        'packTipcSubscr',
        'unpackTipcSubscr',
        'unpackTipcEvent',
        'packTipcGroupReq',
        'unpackTipcGroupReq',
        'decodeTipcAncillary',
        'recvTipcMessageSync',
        'tipcGroupJoin',
        'tipcGroupLeave',
        'tipcMulticastMode',
        'tipcMemberEvent',
        'tipcAncillarySpace',
      ]),
    );
  });

  it('returns or throws a coded TypeError/RangeError or an OSError, never anything else', async () => {
    const pending: Promise<unknown>[] = [];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b))), { maxLength: 3 }), (args) => {
        for (const [name, fn] of fns) {
          try {
            const r = fn(...args);
            if (r instanceof Promise) {
              pending.push(
                r.then(
                  () => undefined,
                  (err: unknown) => {
                    if (!clean(err)) throw new Error(`${name} rejected with ${inspect(err)}`, { cause: err });
                  },
                ),
              );
            }
          } catch (err) {
            if (!clean(err)) throw new Error(`${name}(${args.map((a) => inspect(a)).join(', ')}) threw ${inspect(err)}`, { cause: err });
          }
        }
      }),
      { numRuns: 300 },
    );
    await Promise.all(pending);
  });
});
