import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A private directory for socket paths, removed after the file's tests. */
export function socketDir(): (name: string) => Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-core-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => Buffer.from(path.join(dir, name));
}

/** Milliseconds an async or sync call took, and what it threw (or returned). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; error?: unknown; value?: T }> {
  const t0 = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - t0, value };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
