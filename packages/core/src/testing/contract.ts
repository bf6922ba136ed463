/**
 * The family contract as a test suite. A family package runs it against its
 * plugin: `runFamilyContract(plugin, { valid, invalid })` inside a vitest file.
 */
import { endianness } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OSError } from '../errors.js';
import type { AddressContext, FamilyPlugin } from '../registry.js';

export interface ContractSamples {
  /** Valid addresses and the canonical form decode(encode(a)) must give (same value when omitted). */
  valid: ReadonlyArray<{ address: unknown; canonical?: unknown; ctx?: Partial<AddressContext> }>;
  /** Addresses encode must refuse with TypeError, RangeError or OSError. */
  invalid: ReadonlyArray<{ address: unknown; ctx?: Partial<AddressContext> }>;
  /** Default socket type/proto for the context (SOCK_STREAM/0 when omitted). */
  ctx?: Partial<AddressContext>;
  /** The sa_family encode writes, when it is not the plugin's family (a fake family on AF_UNIX fds). */
  sockaddrFamily?: number;
  /** fast-check runs for the decode fuzz (default 2000). */
  fuzzRuns?: number;
}

const familyOf = (bytes: Uint8Array): number =>
  endianness() === 'LE' ? bytes[0]! | (bytes[1]! << 8) : (bytes[0]! << 8) | bytes[1]!;

function cleanError(err: unknown): boolean {
  if (err instanceof OSError) return true;
  return (err instanceof TypeError || err instanceof RangeError) && typeof (err as { code?: unknown }).code === 'string';
}

export function runFamilyContract(plugin: FamilyPlugin, samples: ContractSamples): void {
  const base: AddressContext = { family: plugin.family, type: 1, proto: 0, caller: 'bind', ...samples.ctx };
  const ctxOf = (extra?: Partial<AddressContext>): AddressContext => ({ ...base, ...extra });

  describe(`family contract: ${plugin.name}`, () => {
    it('describes itself', () => {
      expect(Number.isInteger(plugin.family)).toBe(true);
      expect(plugin.name).toMatch(/^AF_[A-Z0-9_]+$/);
      expect(plugin.packageName.length).toBeGreaterThan(0);
      for (const [k, v] of Object.entries(plugin.constants)) {
        expect(typeof v, k).toBe('number');
      }
    });

    it('answers available() without throwing, the same each time, with a reason when false', () => {
      const a = plugin.available();
      expect(typeof a).toBe('boolean');
      expect(plugin.available()).toBe(a);
      const reason = plugin.unavailableReason();
      if (a) expect(reason).toBeNull();
      else expect(typeof reason === 'string' && reason.length > 0).toBe(true);
    });

    it('round-trips every valid sample through encode and decode', async () => {
      expect(samples.valid.length).toBeGreaterThan(0);
      for (const s of samples.valid) {
        const bytes = plugin.encode(s.address, ctxOf(s.ctx));
        expect(bytes).toBeInstanceOf(Uint8Array);
        expect(familyOf(bytes)).toBe(samples.sockaddrFamily ?? plugin.family);
        expect(plugin.decode(bytes, ctxOf({ ...s.ctx, caller: 'getsockname' }))).toEqual('canonical' in s ? s.canonical : s.address);
        if (plugin.encodeAsync) expect(Buffer.from(await plugin.encodeAsync(s.address, ctxOf(s.ctx)))).toEqual(Buffer.from(bytes));
      }
    });

    it('refuses every invalid sample with a clear error', () => {
      expect(samples.invalid.length).toBeGreaterThan(0);
      for (const s of samples.invalid) {
        let caught: unknown;
        try {
          plugin.encode(s.address, ctxOf(s.ctx));
        } catch (err) {
          caught = err;
        }
        expect(caught, `encode(${String(s.address)}) must throw`).toBeDefined();
        expect(cleanError(caught), `encode(${String(s.address)}) threw ${String(caught)}`).toBe(true);
      }
    });

    it('decodes every truncation of a valid sockaddr without a crash', () => {
      for (const s of samples.valid) {
        const bytes = plugin.encode(s.address, ctxOf(s.ctx));
        for (let n = 0; n <= bytes.length; n++) {
          try {
            plugin.decode(bytes.subarray(0, n), ctxOf(s.ctx));
          } catch (err) {
            expect(cleanError(err), `decode of ${n} bytes threw ${String(err)}`).toBe(true);
          }
        }
      }
    });

    it('decodes random bytes to an address or a clean error (fuzz)', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 160 }), (bytes) => {
          try {
            plugin.decode(bytes, base);
          } catch (err) {
            if (!cleanError(err)) throw err;
          }
        }),
        { numRuns: samples.fuzzRuns ?? 2000 },
      );
    });
  });
}
