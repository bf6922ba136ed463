import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import workspace packages from source: '@sock/x' -> packages/x/src/index.ts.
const root = fileURLToPath(new URL('.', import.meta.url));
const pkgs = readdirSync(`${root}packages`).filter((d) => existsSync(`${root}packages/${d}/src/index.ts`));
const alias = pkgs.flatMap((d) => [
  { find: new RegExp(`^@sock/${d}/(testing|family)$`), replacement: `${root}packages/${d}/src/$1/index.ts` },
  { find: new RegExp(`^@sock/${d}$`), replacement: `${root}packages/${d}/src/index.ts` },
]);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'bench/test/**/*.test.ts', 'tools/*/test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default', `${root}tools/test-setup/summary-reporter.ts`],
    setupFiles: [`${root}tools/test-setup/fd-leak.ts`, `${root}tools/test-setup/watchdog.ts`],
  },
});
