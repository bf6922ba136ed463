#!/usr/bin/env node
// A package's TypeScript build, run from the package's directory
// (`"build": "node ../../scripts/build-ts.mjs"`):
//   1. tsc -p tsconfig.build.json --emitDeclarationOnly: dist/**/*.d.ts (and
//      their maps), checked by the compiler as before;
//   2. esbuild bundles the JavaScript: one file per entry the manifest
//      publishes (`exports` and `bin` targets under ./dist/), shared code in
//      dist/chunks/ (so `@sock/core` and `@sock/core/family` share one
//      registry), every package dependency (`@sock/core`, node-gyp-build,
//      vitest) left as an import, source maps back to src/.
// Why: Node's ESM loader pays per module. Importing core as 40 modules cost
// about 8.6 MiB of resident memory and twice the time of the same code in
// three files (bench/README.md, import cost); families shrink the same way.
// Nothing about the code changes: tsc still type-checks it (pnpm test:types)
// and the tests run on src/ through vitest.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const pkgDir = process.cwd();
const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

/** Every ./dist/<x>.js the manifest publishes as a module or a command. */
function publishedFiles() {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      if (v.startsWith('./dist/') && v.endsWith('.js')) out.add(v);
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(manifest.exports);
  walk(manifest.main);
  walk(manifest.bin);
  return [...out];
}

const entries = publishedFiles().map((file) => {
  const src = file.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
  if (!existsSync(path.join(pkgDir, src))) throw new Error(`${manifest.name}: ${file} is published but ${src} does not exist`);
  return src;
});
if (entries.length === 0) throw new Error(`${manifest.name}: the manifest publishes no ./dist/*.js`);

rmSync(path.join(pkgDir, 'dist'), { recursive: true, force: true });

const require = createRequire(import.meta.url);
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { cwd: pkgDir, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const esbuild = require('esbuild');
const result = await esbuild.build({
  absWorkingDir: pkgDir,
  entryPoints: entries,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
if (result.errors.length > 0) process.exit(1);

// A command keeps its #! line (esbuild carries it over) and must be executable.
for (const file of Object.values(typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {}))) {
  chmodSync(path.join(pkgDir, file), 0o755);
}
