/**
 * Every native entry point takes arbitrary input without crashing: it
 * returns, or throws a coded TypeError/RangeError. Inputs that could reach
 * the network are kept numeric (AI_NUMERICHOST, NI_NUMERICHOST), and
 * sethostname only ever sees values it must refuse before the syscall.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AF_INET, AF_INET6, AI_NUMERICHOST, NI_NUMERICHOST, NI_NUMERICSERV } from '@sock/inet';
import { native } from '../src/native.js';

function clean(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
    expect(typeof (err as { code?: unknown }).code).toBe('string');
  }
}

const anything = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.uint8Array({ maxLength: 40 }),
  fc.boolean(),
  fc.object(),
  fc.bigInt(),
);
const family = fc.oneof(fc.constantFrom(AF_INET, AF_INET6, 0, 1, 99), fc.integer(), fc.double());
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('1.2.3.4', '::1', 'fe80::1%lo', '127.1', 'x\0y'));

describe('native entry points under fuzz', () => {
  it('inetAton, inetPton, inetNtop', () => {
    fc.assert(
      fc.property(text, family, fc.uint8Array({ maxLength: 24 }), anything, (s, af, bytes, junk) => {
        clean(() => native.inetAton(s));
        clean(() => native.inetPton(af as number, s));
        clean(() => native.inetNtop(af as number, bytes));
        clean(() => native.inetAton(junk as string));
        clean(() => native.inetPton(junk as number, junk as string));
        clean(() => native.inetNtop(af as number, junk as Uint8Array));
      }),
      { numRuns: 2000 },
    );
  });

  it('getaddrinfoSync and getnameinfoSync with numeric hosts only', () => {
    fc.assert(
      fc.property(text, fc.oneof(text, fc.constant(null)), fc.array(fc.integer(), { minLength: 4, maxLength: 4 }), fc.uint8Array({ maxLength: 200 }), (host, port, [f, t, p, flags], sa) => {
        clean(() => native.getaddrinfoSync(host, port, f!, t!, p!, flags! | AI_NUMERICHOST));
        clean(() => native.getnameinfoSync(sa, NI_NUMERICHOST | NI_NUMERICSERV));
      }),
      { numRuns: 2000 },
    );
  });

  it('the async resolver entries refuse bad arguments synchronously and settle otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(anything, anything, async (a, b) => {
        clean(() => native.getaddrinfo(a as string, b as string, a as number, 0, 0, AI_NUMERICHOST));
        clean(() => native.getnameinfo(a as Uint8Array, NI_NUMERICHOST | NI_NUMERICSERV));
        clean(() => native.gethostbyaddr(b as Uint8Array, 1234));
        const r = await native.getaddrinfo('127.0.0.1', null, 0, 0, 0, AI_NUMERICHOST);
        expect(Array.isArray(r)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gethostbyaddrSync refuses addresses of the wrong length before any lookup', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }).filter((b) => b.length !== 4 && b.length !== 16), family, (bytes, af) => {
        expect(() => native.gethostbyaddrSync(bytes, af as number)).toThrow(RangeError);
      }),
      { numRuns: 500 },
    );
  });

  // Each call reads /etc/services or /etc/protocols: bounded by a time budget, not a run count,
  // so a loaded or emulated machine runs fewer of them instead of failing on vitest's timeout.
  it('services, protocols and error strings', () => {
    let runs = 0;
    fc.assert(
      fc.property(text, anything, fc.integer(), (s, junk, n) => {
        runs++;
        clean(() => native.getservbyname(s, null));
        clean(() => native.getservbyname(s, s));
        clean(() => native.getservbyport(n, s));
        clean(() => native.getprotobyname(s));
        clean(() => native.getservbyname(junk as string, junk as string));
        clean(() => native.getservbyport(junk as number, null));
        clean(() => native.gaiStrerror(n));
        clean(() => native.hstrerror(n));
        clean(() => native.gaiStrerror(junk as number));
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 8_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(50);
  }, 120_000);

  it('sethostname refuses anything but a byte view', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object(), fc.boolean()), (junk) => {
        expect(() => native.sethostname(junk as unknown as Uint8Array)).toThrow(TypeError);
      }),
      { numRuns: 200 },
    );
  });
});
