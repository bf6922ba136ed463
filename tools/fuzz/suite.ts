/**
 * One fuzz test per package: SOCK_FUZZ_CALLS calls (default 3000) with seed
 * SOCK_FUZZ_SEED (default fixed, so `pnpm test` repeats itself; `pnpm fuzz`
 * passes a fresh one). SOCK_FUZZ_OUT=file appends each report as JSON.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzz, type Target } from './fuzz.js';
import type { Maker } from './values.js';

const CALLS = Number(process.env.SOCK_FUZZ_CALLS ?? 3000);
const SEED = Number(process.env.SOCK_FUZZ_SEED ?? 12);
/**
 * About 1 ms a call on an idle machine, 20 ms in the kernel lab (3000 packet
 * calls took 57 s there): a backstop only, since a call that does not settle
 * is a finding after HANG_MS and one that blocks the thread is ended by the
 * test watchdog.
 */
const TIMEOUT = Math.max(600_000, CALLS * 100);

export const known = (label: string, value: unknown): Maker => () => ({ label, value });

/** The first `max` numeric constants of a module, as plausible arguments. */
export function constantsOf(mod: object, max = 40): Maker[] {
  return Object.entries(mod)
    .filter(([n, v]) => typeof v === 'number' && /^[A-Z][A-Z0-9_]+$/.test(n))
    .slice(0, max)
    .map(([n, v]) => known(n, v));
}

/** Keeps the socket makers this kernel supports (a family it lacks is fuzzed through its functions alone). */
function usable(t: Target): Target {
  const sockets = t.sockets.filter((make) => {
    try {
      for (const s of [make()].flat()) s.close();
      return true;
    } catch {
      return false;
    }
  });
  return { ...t, sockets };
}

export function fuzzSuite(target: Target): void {
  describe('fuzz: every thrown value is an OSError or a coded Error, nothing hangs', () => {
    // A random string is a relative AF_UNIX path: bind() makes a socket file in the working
    // directory. Each suite works in a directory of its own, removed afterwards (vitest runs
    // each test file in its own process, so the chdir stays with it).
    const cwd = process.cwd();
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'sock-fuzz-'));
      process.chdir(dir);
    });
    afterAll(() => {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    });
    it(`${target.name}: ${CALLS} calls, seed ${SEED}`, async () => {
      const report = await fuzz(usable(target), CALLS, SEED);
      if (process.env.SOCK_FUZZ_OUT) appendFileSync(process.env.SOCK_FUZZ_OUT, `${JSON.stringify({ target: target.name, ...report })}\n`);
      expect(report.calls).toBeGreaterThan(CALLS * 0.9);
      expect(report.threw).toBeGreaterThan(0);
      expect(report.findings, `${report.findings.length} kinds of bad error (seed ${SEED})`).toEqual([]);
    }, TIMEOUT);
  });
}
