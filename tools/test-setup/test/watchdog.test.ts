import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const vitest = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));
const config = fileURLToPath(new URL('./fixtures/vitest.config.ts', import.meta.url));

it('fails a test file whose thread blocks, instead of hanging, and names the test and the call', () => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [vitest, 'run', '--config', config], {
    env: { ...process.env, SOCK_TEST_BLOCKED_MS: '1500', CI: '1' },
    encoding: 'utf8',
    timeout: 15_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  expect(r.signal, 'vitest itself was not killed by the 15 s bound').toBeNull();
  expect(r.status).not.toBe(0);
  expect(out).toMatch(/\[watchdog\] the test thread has been blocked for \d+ ms/);
  expect(out).toContain('never returns to the event loop :: Atomics.wait on a word nobody changes');
  expect(performance.now() - t0).toBeLessThan(15_000);
});
