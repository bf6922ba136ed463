import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Runs a fixture in a child process under a watchdog: a hang fails the test instead of the suite. */
function run(name: string, ...args: string[]): { status: number | null; out: { [k: string]: unknown } } {
  const r = spawnSync(process.execPath, [fixture(name), ...args], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  expect(r.error, r.stderr).toBeUndefined();
  expect(r.signal, `killed by the watchdog; stderr: ${r.stderr}`).toBeNull();
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return { status: r.status, out: last ? JSON.parse(last) : {} };
}

describe('worker threads (child processes, built package)', () => {
  it('closes the sockets a worker leaves open when it returns, exits or is terminated', () => {
    const { status, out } = run('worker-fds.mjs', '9');
    expect(status).toBe(0);
    expect(out.workers).toBe(9);
    // Each worker held 100 socket fds while it ran; none survive it.
    expect(out.peak as number).toBeGreaterThanOrEqual((out.start as number) + 100);
    expect(out.end).toBe(out.start);
  }, 70_000);

  it('terminates a worker blocked in recvSync (blocking and timeout mode) or sendallSync, and the process exits', () => {
    const { status, out } = run('worker-blocked.mjs');
    expect(status).toBe(0);
    const result = out.result as { call: string; timeout: number | null; terminateMs: number }[];
    expect(result.map((c) => [c.call, c.timeout])).toEqual([
      ['recvSync(10)', null],
      ['recvSync(10)', 3600],
      ['sendallSync(Buffer.alloc(1 << 24))', null],
    ]);
    for (const c of result) expect(c.terminateMs, c.call).toBeLessThan(5_000);
    expect(out.end).toBe(out.start);
  }, 70_000);
});
