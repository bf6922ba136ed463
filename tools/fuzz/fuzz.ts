/**
 * The fuzzer: calls every exported function of a package, and every Socket
 * method on that package's sockets, with values from values.ts, and checks
 * what each call throws or rejects with: an OSError, or an Error with a
 * string `code` (Node's argument errors). Anything else is a finding, as is
 * an async call that does not settle within HANG_MS and a call that keeps
 * the thread longer than SLOW_MS. A crash ends the test
 * process (vitest reports it); a call that blocks the thread is caught by
 * the test watchdog (tools/test-setup/watchdog.ts), which names the call.
 *
 * Calls run on fresh sockets in non-blocking mode, so a correct Sync call
 * never waits. Arguments in fd positions are fds made for the call (or
 * invalid numbers), so no call can close or adopt an fd of the test runner.
 */
import { types } from 'node:util';
import { closeSync, openSync, readdirSync, readlinkSync, writeSync } from 'node:fs';
import { OSError, Socket, getdefaulttimeout, registerFamily, registeredFamilies, setdefaulttimeout, unregisterFamily } from '@sock/core';
import { fakeSocket } from '@sock/core/testing';
import { anything, bytes, numbers, UserValue, type Made, type Maker } from './values.js';

const HANG_MS = 3000;
/**
 * A call that keeps the thread this long has no bound on what the caller
 * makes it do (issue 12, item 10: 18 s for a 5e7-hole array): a finding.
 * Generous, so a loaded machine does not make one; the kernel lab emulates
 * its CPU 15-20x slower, so there it only catches what the watchdog would.
 */
const SLOW_MS = Number(process.env.SOCK_FUZZ_SLOW_MS ?? (process.env.SOCK_KERNEL_LAB === '1' ? 50_000 : 5_000));

export interface Target {
  /** The package name, for reports. */
  name: string;
  /** The package's exports. */
  module: object;
  /** Makers of this package's sockets (the first one is used, the others are its peers); every socket made is closed after the call. */
  sockets: Array<() => Socket | Socket[]>;
  /** Values that mean something to this package (addresses, constants, messages). */
  plausible: Maker[];
  /** Argument positions that are fds, by export or `Socket#method` name. */
  fdArgs?: Record<string, number[]>;
  /** False: the call would change the host (a hostname), so it is not made. */
  allowed?: (name: string, args: unknown[]) => boolean;
}

export interface Finding {
  call: string;
  thrown: string;
}

export interface Report {
  calls: number;
  skipped: number;
  threw: number;
  findings: Finding[];
}

/** mulberry32: a small seeded PRNG, so a run can be repeated from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isClass = (fn: Function): boolean => /^class[\s{]/.test(Function.prototype.toString.call(fn));

/** What may be thrown: an OSError, a coded Error, or the caller's own value passed on (an abort reason, a getter's throw). */
export function acceptable(e: unknown): boolean {
  if (e instanceof UserValue || e instanceof OSError) return true;
  if (!(e instanceof Error)) return false;
  return typeof (e as { code?: unknown }).code === 'string';
}

function describeThrown(e: unknown): string {
  if (e instanceof Error) {
    const at = (e.stack ?? '').split('\n').find((l) => l.includes('/packages/')) ?? '';
    return `${e.name}: ${e.message.slice(0, 160)} (code ${String((e as { code?: unknown }).code)}) ${at.trim()}`;
  }
  return `a non-Error: ${typeof e}`;
}

/** SOCK_FUZZ_TRACE=file: every call is written there before it is made (to find the call that crashed a run). */
const trace = process.env.SOCK_FUZZ_TRACE ? openSync(process.env.SOCK_FUZZ_TRACE, 'w') : undefined;

const note = (globalThis as { __sockWatchdogNote?: (text: string) => void }).__sockWatchdogNote;

/** Fds made for fd positions: a /dev/null file and a socket; closed after the call only if still theirs. */
class FdPool {
  made: Array<[number, string]> = [];

  take(r: () => number): Made {
    const pick = Math.floor(r() * 6);
    if (pick === 0) return { label: '-1', value: -1 };
    if (pick === 1) return { label: '2**31', value: 2 ** 31 };
    if (pick === 2) return { label: '1.5', value: 1.5 };
    if (pick === 3) return { label: "'3'", value: '3' };
    const fd = pick === 4 ? openSync('/dev/null', 'r') : fakeSocket().detach();
    this.made.push([fd, readlinkSync(`/proc/self/fd/${fd}`)]);
    return { label: pick === 4 ? 'fd(/dev/null)' : 'fd(socket)', value: fd };
  }

  release(): void {
    for (const [fd, target] of this.made) {
      try {
        if (readlinkSync(`/proc/self/fd/${fd}`) === target) closeSync(fd);
      } catch {
        // closed by the call
      }
    }
    this.made = [];
  }
}

/** Closes what a call returned: sockets, streams (errors swallowed), sockets inside arrays. */
function dispose(value: unknown, depth = 0): void {
  // A Proxy handed back (a helper that returns what it was given) is not ours to walk: its traps may throw.
  if (value === null || typeof value !== 'object' || depth > 3 || types.isProxy(value)) return;
  if (value instanceof Socket) {
    value.close();
    return;
  }
  const stream = value as { destroy?: unknown; on?: unknown };
  if (typeof stream.destroy === 'function' && typeof stream.on === 'function') {
    (stream.on as (e: string, f: () => void) => void).call(value, 'error', () => {});
    (stream.destroy as () => void).call(value);
    return;
  }
  if (Array.isArray(value)) for (const item of value.slice(0, 64)) dispose(item, depth + 1);
}

function settleWithin(p: Promise<unknown>, ms: number): Promise<{ value?: unknown; error?: unknown; hung?: true }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ hung: true }), ms);
    p.then(
      (value) => {
        clearTimeout(timer);
        resolve({ value });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ error });
      },
    );
  });
}

/** Runs `calls` fuzzed calls against `target`, seeded by `seed`. */
export async function fuzz(target: Target, calls: number, seed: number): Promise<Report> {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const functions = Object.entries(target.module as Record<string, unknown>).filter(([, v]) => typeof v === 'function') as Array<[string, Function]>;
  const methods = Object.getOwnPropertyNames(Socket.prototype).filter((m) => {
    const d = Object.getOwnPropertyDescriptor(Socket.prototype, m);
    // `_ioRef` and the like are internal (makefile's streams hold the fd through them).
    return m !== 'constructor' && !m.startsWith('_') && typeof d?.value === 'function';
  });
  const report: Report = { calls: 0, skipped: 0, threw: 0, findings: [] };
  const seen = new Set<string>();
  const fds = new FdPool();
  const families = registeredFamilies();
  const defaultTimeout = getdefaulttimeout();

  const fdCheck = process.env.SOCK_FUZZ_FDCHECK === '1';
  let fdCount = fdCheck ? readdirSync('/proc/self/fd').length : 0;
  for (let i = 0; i < calls; i++) {
    const sockets: Socket[] = [];
    const socketMaker: Maker = () => {
      const made = [pick(target.sockets)()].flat();
      sockets.push(...made);
      const s = made[0]!;
      s.setblocking(false);
      return { label: `<${s.toString().slice(8, 60)}>`, value: s };
    };
    const closedSocket: Maker = () => {
      const made = [pick(target.sockets)()].flat();
      for (const s of made) s.close();
      return { label: '<closed socket>', value: made[0] };
    };
    const argMaker = (): Maker => {
      const x = r();
      if (x < 0.12 && target.sockets.length) return socketMaker;
      if (x < 0.14 && target.sockets.length) return closedSocket;
      if (x < 0.4 && target.plausible.length) return pick(target.plausible);
      if (x < 0.5) return pick(numbers);
      if (x < 0.6) return pick(bytes);
      return pick(anything);
    };

    const onSocket = target.sockets.length > 0 && r() < 0.35;
    const name = onSocket ? `Socket#${pick(methods)}` : pick(functions)[0];
    const fn = onSocket ? undefined : ((target.module as Record<string, unknown>)[name] as Function);
    const arity = Math.floor(r() * ((fn?.length ?? 3) + 3));
    const fdPositions = target.fdArgs?.[name] ?? [];
    const made: Made[] = [];
    let self: Socket | undefined;
    try {
      if (onSocket) self = socketMaker().value as Socket;
      for (let a = 0; a < arity; a++) made.push(fdPositions.includes(a) ? fds.take(r) : argMaker()());
    } catch (e) {
      for (const s of sockets) s.close();
      fds.release();
      throw e;
    }
    const args = made.map((m) => m.value);
    const call = `${target.name} ${name}(${made.map((m) => m.label).join(', ')})`;
    if (target.allowed && !target.allowed(name, args)) {
      report.skipped++;
      for (const s of sockets) s.close();
      fds.release();
      continue;
    }
    note?.(call);
    if (trace !== undefined) writeSync(trace, `${call}\n`);
    report.calls++;
    let result: unknown;
    let thrown: unknown;
    let threw = false;
    let hung = false;
    const t0 = performance.now();
    let syncMs = 0;
    try {
      if (self) result = (self as unknown as Record<string, Function>)[name.slice(7)]!.apply(self, args);
      else if (isClass(fn!)) result = Reflect.construct(fn!, args);
      else result = fn!.apply(undefined, args);
      syncMs = performance.now() - t0;
      if (!types.isProxy(result) && result instanceof Promise) {
        const settled = await settleWithin(result, HANG_MS);
        if (settled.hung) hung = true;
        else if ('error' in settled) {
          threw = true;
          thrown = settled.error;
        } else result = settled.value;
      }
    } catch (e) {
      syncMs = syncMs || performance.now() - t0;
      threw = true;
      thrown = e;
    }
    if (threw) report.threw++;
    const problem = hung
      ? `did not settle within ${HANG_MS} ms`
      : threw && !acceptable(thrown)
        ? describeThrown(thrown)
        : syncMs > SLOW_MS
          ? `kept the thread for ${Math.round(syncMs)} ms (more than ${SLOW_MS} ms: an unbounded input)`
          : undefined;
    if (problem !== undefined) {
      const key = `${name}: ${problem.replace(/\d+/g, 'N')}`;
      if (!seen.has(key)) {
        seen.add(key);
        report.findings.push({ call, thrown: problem });
      }
    }
    if (!hung) dispose(result);
    if (name === 'Socket#detach' && typeof result === 'number' && result >= 0) closeSync(result);
    for (const s of sockets) s.close();
    fds.release();
    if (fdCheck) {
      const now = readdirSync('/proc/self/fd').length;
      if (now > fdCount) writeSync(2, `[fuzz] fds ${fdCount} -> ${now} after ${call}\n`);
      fdCount = now;
    }
    if (getdefaulttimeout() !== defaultTimeout) setdefaulttimeout(defaultTimeout);
    restoreRegistry(families);
    // Let closes and settled operations run their callbacks now and then.
    if (i % 64 === 63) await new Promise((res) => setImmediate(res));
  }
  return report;
}

function restoreRegistry(families: ReturnType<typeof registeredFamilies>): void {
  const now = registeredFamilies();
  if (now.length === families.length && now.every((p, i) => p === families[i])) return;
  for (const p of now) if (!families.includes(p)) unregisterFamily(p.family);
  for (const p of families) if (!registeredFamilies().includes(p)) registerFamily(p);
}
