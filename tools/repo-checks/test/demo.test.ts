/**
 * The root README's main command ends in examples/demo.mjs: it must print the
 * families table and bring the echo line back through `sock relay`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const demo = fileURLToPath(new URL('../../../examples/demo.mjs', import.meta.url));

describe('the main job (npm run demo)', () => {
  // Run without blocking the test thread: under the lab's emulated CPU the demo's node processes start slowly.
  it('prints sock families and echoes a line through sock relay', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [demo], { encoding: 'utf8', timeout: 240_000 });
    expect(stdout).toMatch(/^AF_UNIX\s+@sock\/unix\s+yes/m);
    expect(stdout).toMatch(/^hello through sock relay$/m);
  }, 300_000);
});
