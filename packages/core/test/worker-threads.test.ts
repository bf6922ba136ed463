import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHILD_MAX_MS, runNode } from './helpers.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const LIMIT = CHILD_MAX_MS + 10_000;

/** Runs a fixture in a child process, bounded by its progress (runNode): a hang fails the test instead of the suite. */
async function run(name: string, ...args: string[]): Promise<{ status: number | null; out: { [k: string]: unknown } }> {
  const r = await runNode([fixture(name), ...args]);
  expect(r.killed, `killed: ${r.killed}; stderr: ${r.stderr}`).toBeUndefined();
  expect(r.signal, `stderr: ${r.stderr}`).toBeNull();
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return { status: r.status, out: last ? JSON.parse(last) : {} };
}

describe('worker threads (child processes, built package)', () => {
  it('closes the sockets a worker leaves open when it returns, exits or is terminated', async () => {
    const { status, out } = await run('worker-fds.mjs', '9');
    expect(status).toBe(0);
    expect(out.workers).toBe(9);
    // Each worker held 100 socket fds while it ran; none survive it.
    expect(out.peak as number).toBeGreaterThanOrEqual((out.start as number) + 100);
    expect(out.end).toBe(out.start);
  }, LIMIT);

  it('terminates a worker blocked in recvSync (blocking and timeout mode) or sendallSync, and the process exits', async () => {
    const { status, out } = await run('worker-blocked.mjs');
    expect(status).toBe(0);
    const result = out.result as { call: string; timeout: number | null; terminateMs: number }[];
    expect(result.map((c) => [c.call, c.timeout])).toEqual([
      ['recvSync(10)', null],
      ['recvSync(10)', 3600],
      ['sendallSync(Buffer.alloc(1 << 24))', null],
    ]);
    // Prompt, not merely eventual: a Sync wait polls in slices, so terminate() ends it within one.
    // The bound is wall-clock, so it scales under the kernel lab's emulated CPU.
    const prompt = process.env.SOCK_KERNEL_LAB === '1' ? 30_000 : 5_000;
    for (const c of result) expect(c.terminateMs, c.call).toBeLessThan(prompt);
    expect(out.end).toBe(out.start);
  }, LIMIT);
});
