import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const vitest = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));
const config = fileURLToPath(new URL('./fixtures/vitest.config.ts', import.meta.url));
/** The bound on the inner run: vitest starts in about 2 s here and many times slower under the kernel lab's emulated CPU. */
const BOUND = process.env.SOCK_KERNEL_LAB === '1' ? 240_000 : 30_000;

// The inner vitest runs as a child the event loop waits for, so this test's own thread never blocks.
it('fails a test file whose thread blocks, instead of hanging, and names the test and the call', async () => {
  const r = await new Promise<{ status: number | null; signal: string | null; out: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [vitest, 'run', '--config', config],
      { env: { ...process.env, SOCK_TEST_BLOCKED_MS: '1500', CI: '1' }, encoding: 'utf8', timeout: BOUND, killSignal: 'SIGKILL' },
      (_err, stdout, stderr) => resolve({ status: child.exitCode, signal: child.signalCode, out: `${stdout}${stderr}` }),
    );
  });
  expect(r.signal, `vitest itself was not killed by the ${BOUND / 1000} s bound`).toBeNull();
  expect(r.status).not.toBe(0);
  expect(r.out).toMatch(/\[watchdog\] the test thread has been blocked for \d+ ms/);
  expect(r.out).toContain('never returns to the event loop :: Atomics.wait on a word nobody changes');
}, BOUND + 30_000);
