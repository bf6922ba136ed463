import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHILD_MAX_MS, runNode, type ChildResult } from './helpers.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
/** The child's stdout once it exited 0 (bounded by its progress, see runNode). */
async function run(args: string[]): Promise<string> {
  const r = await runNode(args);
  expect([r.status, r.killed], r.stderr).toEqual([0, undefined]);
  return r.stdout;
}
const ok = (r: ChildResult): [number | null, string | undefined] => [r.status, r.killed];
const LIMIT = CHILD_MAX_MS + 10_000;

describe('socket lifetime (child processes, built package)', () => {
  it('closes the fd of a garbage-collected unclosed socket, with a ResourceWarning', async () => {
    const out = JSON.parse((await run(['--expose-gc', fixture('gc-unclosed.mjs')])).trim().split('\n').pop()!);
    expect(out.created).toBe(8);
    expect(out.stillOpen).toBe(0);
    expect(out.warnings.length).toBe(8);
    expect(out.warnings[0]).toMatch(/^ResourceWarning: unclosed <Socket fd=\d+, family=AF_FAKE, type=SOCK_STREAM, proto=0>$/);
  }, LIMIT);

  it('survives worker threads that exit with open sockets and pending operations', async () => {
    expect((await run([fixture('worker-exit.mjs')])).trim()).toBe('survived');
  }, LIMIT);

  it("an unref'd pending recv does not hold the process open; a ref'd one does until data comes", async () => {
    const unref = await runNode([fixture('unref.mjs'), 'unref']);
    expect(ok(unref), unref.stderr).toEqual([0, undefined]);
    expect(unref.stdout.trim()).toBe('exit');
    const refd = await runNode([fixture('unref.mjs'), 'ref-then-send']);
    expect(ok(refd), refd.stderr).toEqual([0, undefined]);
    expect(refd.stdout.trim().split('\n')).toEqual(['received late', 'exit']);
  }, 2 * LIMIT);
});

describe('runNode: children bounded by progress, not by the clock', () => {
  it('ends a child that waits for nothing once it used no CPU for idleMs, and lets one that keeps working run past it', async () => {
    const idle = await runNode(['-e', 'setInterval(() => {}, 1000)'], { idleMs: 1500 });
    expect([idle.signal, idle.killed]).toEqual(['SIGKILL', expect.stringContaining('no CPU used for 1500 ms')]);
    const busy = await runNode(['-e', 'const t = Date.now(); while (Date.now() - t < 3000); console.log("done")'], { idleMs: 1500 });
    expect([busy.status, busy.killed, busy.stdout.trim()]).toEqual([0, undefined, 'done']);
  }, LIMIT);
});
