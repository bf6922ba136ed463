#!/usr/bin/env node
// pnpm test:asan: builds every native addon with -fsanitize=address into a
// directory of its own (the tree's build/ dirs are never touched, so other
// runs keep loading the normal build), then runs core's suites and the fuzz
// suite with gcc's libasan preloaded and the addons redirected to the ASan
// builds (scripts/asan-redirect.cjs). Fails on any test failure and on any
// AddressSanitizer report, from the test processes or anything they spawn.
//
//   node scripts/test-asan.mjs [vitest filters...]   (default: packages/core tools/fuzz)
//
// Environment: SOCK_ASAN_DIR (build dir; default <tmpdir>/sock-asan, reused
// between runs so unchanged addons are not recompiled); SOCK_ASAN_ALL=1
// builds every addon, not only those the filters need.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeGypScript, nodeHeadersDir } from './node-gyp.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const asanDir = process.env.SOCK_ASAN_DIR ?? path.join(tmpdir(), 'sock-asan');
const filters = process.argv.slice(2).length ? process.argv.slice(2) : ['packages/core', 'tools/fuzz'];
const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

const libasan = spawnSync('gcc', ['-print-file-name=libasan.so'], { encoding: 'utf8' }).stdout?.trim();
if (!libasan || !path.isAbsolute(libasan) || !existsSync(libasan)) {
  console.error('test:asan: gcc with libasan is needed (gcc -print-file-name=libasan.so found nothing)');
  process.exit(1);
}

const allAddons = ['packages', 'examples'].flatMap((d) =>
  readdirSync(path.join(root, d))
    .map((p) => path.join(d, p))
    .filter((p) => existsSync(path.join(root, p, 'binding.gyp'))),
);

/**
 * The addons the run can load: core's, those of the packages the filters
 * name, and those of the families the fuzz suite imports (when it runs).
 * SOCK_ASAN_ALL=1 builds every addon. A test that loads one left out fails
 * with "no ASan build of ..." (asan-redirect.cjs), never on a normal build.
 */
function neededAddons() {
  if (process.env.SOCK_ASAN_ALL === '1') return allAddons;
  const want = new Set(['packages/core']);
  for (const f of filters) for (const a of allAddons) if (f.replace(/^\.\//, '').startsWith(a)) want.add(a);
  if (filters.some((f) => 'tools/fuzz'.startsWith(f.replace(/^\.\//, '').replace(/\/$/, '')) || f.includes('tools/fuzz'))) {
    const dir = path.join(root, 'tools', 'fuzz', 'test');
    for (const file of readdirSync(dir)) {
      for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/from '@sock\/([a-z0-9-]+)/g)) {
        if (allAddons.includes(`packages/${m[1]}`)) want.add(`packages/${m[1]}`);
      }
    }
  }
  return allAddons.filter((a) => want.has(a));
}
const addons = neededAddons();

/** node-gyp configure (first time) + build in asanDir/<pkg>, from copies of binding.gyp and native/. */
function build(pkg) {
  const src = path.join(root, pkg);
  const dst = path.join(asanDir, pkg);
  mkdirSync(dst, { recursive: true });
  for (const f of ['binding.gyp', 'package.json', 'native']) {
    if (existsSync(path.join(src, f))) cpSync(path.join(src, f), path.join(dst, f), { recursive: true, preserveTimestamps: true });
  }
  if (!existsSync(path.join(dst, 'node_modules'))) symlinkSync(path.join(src, 'node_modules'), path.join(dst, 'node_modules'));
  const gyp = nodeGypScript(src);
  const nodedir = nodeHeadersDir();
  const common = ['--release', '--loglevel=error', ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
  const env = {
    ...process.env,
    CXXFLAGS: '-fsanitize=address -fno-omit-frame-pointer -g',
    CFLAGS: '-fsanitize=address -fno-omit-frame-pointer -g',
    LDFLAGS: '-fsanitize=address',
  };
  const steps = existsSync(path.join(dst, 'build', 'Makefile')) ? [['build']] : [['configure'], ['build']];
  for (const [step] of steps) {
    const r = spawnSync(process.execPath, [gyp, step, ...common, '-j', '2'], { cwd: dst, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) {
      console.error(`test:asan: node-gyp ${step} failed for ${pkg}`);
      process.exit(1);
    }
  }
}

for (const pkg of addons) build(pkg);
console.log(`test:asan: built ${addons.length} addons with -fsanitize=address in ${asanDir} (${seconds()} s)`);

const reports = path.join(asanDir, 'reports');
const loads = path.join(asanDir, 'loads.log');
rmSync(reports, { recursive: true, force: true });
rmSync(loads, { force: true });
mkdirSync(reports, { recursive: true });
// vitest through the workspace's bin shim, as `pnpm test:unit` runs it (the
// shim's NODE_PATH is part of the environment the tests are written for).
const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
const redirect = path.join(root, 'scripts', 'asan-redirect.cjs');
const env = {
  ...process.env,
  LD_PRELOAD: [libasan, process.env.LD_PRELOAD].filter(Boolean).join(':'),
  // V8 and Node are not instrumented: their allocations look leaked and their
  // operator new/delete pairs cannot be checked.
  ASAN_OPTIONS: `detect_leaks=0:new_delete_type_mismatch=0:alloc_dealloc_mismatch=0:abort_on_error=1:log_path=${path.join(reports, 'asan')}`,
  NODE_OPTIONS: [`--require=${redirect}`, process.env.NODE_OPTIONS].filter(Boolean).join(' '),
  SOCK_ASAN_DIR: asanDir,
  SOCK_ASAN_ROOT: root,
};
const run = spawnSync(vitest, ['run', ...filters], { cwd: root, env, stdio: 'inherit' });
const found = readdirSync(reports);
for (const f of found) {
  console.error(`\n== ${f}\n${readFileSync(path.join(reports, f), 'utf8')}`);
}
// Proof that the tests ran on the ASan builds: every load of an addon of the tree was redirected.
const loaded = existsSync(loads) ? readFileSync(loads, 'utf8').trim().split('\n').filter(Boolean) : [];
const addonsLoaded = new Set(loaded).size;
console.log(
  `test:asan: vitest exit ${run.status ?? run.signal}; AddressSanitizer reports: ${found.length}; ` +
    `ASan addon loads: ${loaded.length} (${addonsLoaded} addons); ${seconds()} s in all`,
);
if (loaded.length === 0) console.error('test:asan: no addon was loaded from the ASan builds');
process.exit(run.status === 0 && found.length === 0 && loaded.length > 0 ? 0 : 1);
