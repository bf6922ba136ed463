#!/usr/bin/env node
// The kernel lab: runs a command (by default the repo's unit tests) inside a throw-away
// virtual machine whose kernel has every socket family @sock supports.
//
// The host's kernel may lack AF_CAN, AF_ALG, AF_TIPC, AF_BLUETOOTH, vsock loopback and
// friends, so this script boots Debian's stock kernel (linux-image-amd64) under QEMU (TCG,
// no KVM needed). The guest sees the host's whole filesystem read-only through 9p (with a
// tmpfs overlay on top so it can scribble), and the repo itself read-write, switches its root to it,
// loads the modules, creates vcan0/vcan1 and a virtual Bluetooth controller, runs the command
// in the repo with SOCK_KERNEL_LAB=1, and powers off. The command's exit status becomes ours.
//
// Usage: node tools/kernel-lab/lab.mjs [--timeout SEC] [--mem SIZE] [--verbose] [-- command...]
// Everything it downloads or builds lives in tools/kernel-lab/cache/ (gitignored).

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LAB_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(LAB_DIR, '../..');
const CACHE = path.join(LAB_DIR, 'cache');
// bluez gives the guest l2test, rctest and hciconfig for the Bluetooth interop tests (bluetoothd is never started);
// socat is @sock/cli's interop peer.
const APT_PACKAGES = ['qemu-system-x86', 'busybox-static', 'cpio', 'kmod', 'iproute2', 'can-utils', 'bluez', 'socat'];
// Modules the initramfs needs to reach the host's filesystem (dependencies are added by modprobe).
const INITRAMFS_MODULES = ['virtio_pci', '9pnet_virtio', '9p', 'overlay'];
// Every package's tests, then the CPython conformance suite (see suite.sh).
const DEFAULT_COMMAND = ['sh', 'tools/kernel-lab/suite.sh'];
// Host variables passed to the command, besides PATH, HOME and every SOCK_* variable.
const FORWARDED_ENV = ['CI', 'TERM', 'LANG', 'NO_COLOR', 'FORCE_COLOR'];
const USAGE = `usage: node tools/kernel-lab/lab.mjs [--timeout SEC] [--mem SIZE] [--verbose] [-- command...]
  --timeout SEC  kill the VM after SEC seconds (default 3600)
  --mem SIZE     guest memory, as for qemu -m (default 4G)
  --verbose      show the guest kernel's boot messages
  command        run in the repo inside the VM (default: ${DEFAULT_COMMAND.join(' ')})`;

function log(message) {
  process.stderr.write(`[kernel-lab] ${message}\n`);
}

function die(message) {
  log(`error: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { timeout: 3600, mem: '4G', verbose: false, command: DEFAULT_COMMAND };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      if (i + 1 < argv.length) opts.command = argv.slice(i + 1);
      break;
    } else if (arg === '--timeout') {
      opts.timeout = Number(argv[++i]);
      if (!(opts.timeout > 0)) die('--timeout needs a positive number of seconds');
    } else if (arg === '--mem') {
      opts.mem = argv[++i];
      if (!opts.mem) die('--mem needs a size such as 4G');
    } else if (arg === '--verbose') {
      opts.verbose = true;
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else {
      // pnpm passes everything after `pnpm test:kernel --` here, sometimes with the `--` eaten.
      opts.command = argv.slice(i);
      break;
    }
  }
  return opts;
}

// Runs a host command to completion (bounded by `timeoutSec`) and returns its stdout.
function run(cmd, args, { timeoutSec = 600, cwd, inherit = false, allowFail = false } = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutSec * 1000,
    killSignal: 'SIGKILL',
    stdio: inherit ? ['ignore', process.stderr, process.stderr] : ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const failed = result.error || result.status !== 0;
  if (failed && !allowFail) {
    const why = result.error ? result.error.message : `exit status ${result.status}`;
    die(`${cmd} ${args.join(' ')} failed (${why})\n${result.stderr ?? ''}`);
  }
  return failed ? null : result.stdout ?? '';
}

// Step 1: the host tools the lab uses, installed from Debian when missing.
function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((pkg) => {
    const status = run('dpkg-query', ['-W', '-f=${Status}', pkg], { allowFail: true });
    return status !== 'install ok installed';
  });
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) die(`missing Debian packages (${missing.join(' ')}); install them as root`);
  log(`installing ${missing.join(' ')}`);
  process.env.DEBIAN_FRONTEND ??= 'noninteractive';
  run('apt-get', ['update'], { inherit: true });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { inherit: true });
}

// The versioned image package that linux-image-amd64 currently depends on, and its version,
// e.g. { name: 'linux-image-6.1.0-56-amd64', version: '6.1.192-2' }.
function lookupKernelPackage() {
  const show = run('apt-cache', ['show', '--no-all-versions', 'linux-image-amd64'], { allowFail: true }) ?? '';
  const dep = show.match(/^Depends:.*?\b(linux-image-[0-9][^\s,]*) \(= ([^)\s]+)\)/m);
  return dep ? { name: dep[1], version: dep[2] } : null;
}

function aptListsFingerprint() {
  const lists = '/var/lib/apt/lists';
  if (!fs.existsSync(lists)) return '';
  return fs.readdirSync(lists).map((f) => `${f}@${fs.statSync(path.join(lists, f)).mtimeMs}`).join('\n');
}

// apt-cache takes a second here, so its answer is remembered until the apt lists change.
function resolveKernelPackage({ refresh = false } = {}) {
  const memo = path.join(CACHE, 'kernel-package.json');
  const saved = fs.existsSync(memo) && !refresh ? JSON.parse(fs.readFileSync(memo, 'utf8')) : null;
  if (saved?.fingerprint === aptListsFingerprint()) return saved.pkg;
  let pkg = refresh ? null : lookupKernelPackage();
  if (!pkg && process.getuid?.() === 0) {
    run('apt-get', ['update'], { inherit: true });
    pkg = lookupKernelPackage();
  }
  if (pkg) fs.writeFileSync(memo, JSON.stringify({ fingerprint: aptListsFingerprint(), pkg }));
  return pkg;
}

function kernelFromDir(dir) {
  const modulesDir = path.join(dir, 'lib/modules');
  const release = fs.readdirSync(modulesDir)[0];
  const vmlinux = path.join(dir, 'vmlinux');
  const image = fs.existsSync(vmlinux) ? vmlinux : path.join(dir, `boot/vmlinuz-${release}`);
  return { dir, release, image };
}

// Decompressing a bzImage takes TCG ~3 s at every boot, so when the kernel can boot through
// PVH (QEMU then loads an uncompressed ELF vmlinux directly) we decompress it once, here.
function extractVmlinux(dir, release) {
  const config = fs.readFileSync(path.join(dir, `boot/config-${release}`), 'utf8');
  if (!/^CONFIG_PVH=y$/m.test(config)) return;
  const bzImage = fs.readFileSync(path.join(dir, `boot/vmlinuz-${release}`));
  const formats = [
    { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], cmd: 'xz', args: ['-dc', '--single-stream'] },
    { magic: [0x28, 0xb5, 0x2f, 0xfd], cmd: 'zstd', args: ['-dc'] },
    { magic: [0x1f, 0x8b, 0x08], cmd: 'gzip', args: ['-dc'] },
  ];
  for (const { magic, cmd, args } of formats) {
    const offset = bzImage.indexOf(Buffer.from(magic));
    if (offset < 0) continue;
    const out = spawnSync(cmd, args, { input: bzImage.subarray(offset), timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
    const elf = out.stdout;
    if (elf?.length > 4 && elf.subarray(0, 4).toString('latin1') === '\x7fELF') {
      fs.writeFileSync(path.join(dir, 'vmlinux'), elf);
      return;
    }
  }
}

// Newest kernel already unpacked in the cache, for when apt cannot tell us which one to use.
function cachedKernel() {
  const root = path.join(CACHE, 'kernel');
  if (!fs.existsSync(root)) return null;
  const dirs = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, '.complete')));
  return dirs.length ? kernelFromDir(path.join(root, dirs.sort().at(-1))) : null;
}

// Downloads a Debian package (`name` or `name=version`) with apt-get, unpacks it, lets
// `prepare` work on the unpacked tree, and moves the tree to `dest`. False if apt cannot get it.
function fetchDeb(spec, dest, prepare = () => {}) {
  log(`fetching ${spec}`);
  const work = fs.mkdtempSync(path.join(CACHE, 'download-'));
  try {
    const download = ['-o', 'APT::Sandbox::User=root', 'download', spec];
    if (run('apt-get', download, { cwd: work, inherit: true, allowFail: true }) === null) return false;
    const deb = fs.readdirSync(work).find((f) => f.endsWith('.deb'));
    if (!deb) return false;
    const unpacked = path.join(work, 'root');
    run('dpkg', ['-x', path.join(work, deb), unpacked]);
    prepare(unpacked);
    fs.writeFileSync(path.join(unpacked, '.complete'), `${spec}\n`);
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.renameSync(unpacked, dest);
    return true;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function fetchKernel(pkg, dest) {
  return fetchDeb(`${pkg.name}=${pkg.version}`, dest, (unpacked) => {
    const { release } = kernelFromDir(unpacked);
    run('depmod', ['-b', unpacked, release]);
    extractVmlinux(unpacked, release);
  });
}

// Step 2: Debian's kernel image, downloaded, unpacked and depmod'ed once per version; older
// versions are dropped.
function ensureKernel() {
  const root = path.join(CACHE, 'kernel');
  const dirFor = (pkg) => path.join(root, `${pkg.name}_${pkg.version}`);
  let pkg = resolveKernelPackage();
  if (!pkg) {
    const cached = cachedKernel();
    if (cached) return cached;
    die('cannot resolve the package linux-image-amd64 depends on (apt-cache show linux-image-amd64)');
  }
  if (fs.existsSync(path.join(dirFor(pkg), '.complete'))) return kernelFromDir(dirFor(pkg));
  if (!fetchKernel(pkg, dirFor(pkg))) {
    // Stale apt lists name a version the mirror no longer has: refresh them and retry once.
    pkg = resolveKernelPackage({ refresh: true });
    if (!pkg || !fetchKernel(pkg, dirFor(pkg))) die('cannot download the kernel package (apt-get download)');
  }
  for (const old of fs.readdirSync(root)) {
    if (old !== path.basename(dirFor(pkg))) fs.rmSync(path.join(root, old), { recursive: true, force: true });
  }
  return kernelFromDir(dirFor(pkg));
}

// BlueZ's btvirt emulates Bluetooth controllers behind /dev/vhci, so that the guest's hci0 and
// hci1 answer HCI commands. It needs only libc, so it is taken out of the bluez-test-tools
// package into the cache instead of installing that package (and bluez, udev...) on the host.
function ensureBtvirt() {
  const dir = path.join(CACHE, 'bluez-test-tools');
  const btvirt = path.join(dir, 'usr/bin/btvirt');
  if (fs.existsSync(path.join(dir, '.complete'))) return btvirt;
  if (fetchDeb('bluez-test-tools', dir) && fs.existsSync(btvirt)) return btvirt;
  log('warning: cannot fetch btvirt (bluez-test-tools); the guest will have no Bluetooth controller');
  return '';
}

// The .ko files (in load order) the initramfs must insmod; built-in ones are skipped.
function initramfsModuleFiles(kernel) {
  const out = run('modprobe', ['-d', kernel.dir, '-S', kernel.release, '-a', '--show-depends', ...INITRAMFS_MODULES]);
  const files = [];
  for (const line of out.split('\n')) {
    const file = line.match(/^insmod (\S+)/)?.[1];
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

// Step 3: a tiny initramfs (busybox + virtio/9p/overlay modules + init.sh), rebuilt when its
// inputs change.
function ensureInitramfs(kernel) {
  const busybox = '/bin/busybox';
  const init = path.join(LAB_DIR, 'init.sh');
  const modules = initramfsModuleFiles(kernel);
  const hash = createHash('sha256');
  for (const file of [busybox, init, ...modules]) hash.update(file).update(fs.readFileSync(file));
  const image = path.join(CACHE, `initramfs-${kernel.release}-${hash.digest('hex').slice(0, 12)}.cpio`);
  if (fs.existsSync(image)) return image;

  log(`building ${path.relative(REPO, image)}`);
  const staging = fs.mkdtempSync(path.join(CACHE, 'initramfs-staging-'));
  try {
    for (const d of ['bin', 'dev', 'proc', 'sys', 'modules']) fs.mkdirSync(path.join(staging, d));
    fs.copyFileSync(busybox, path.join(staging, 'bin/busybox'));
    fs.copyFileSync(init, path.join(staging, 'init'));
    fs.chmodSync(path.join(staging, 'init'), 0o755);
    for (const file of modules) fs.copyFileSync(file, path.join(staging, 'modules', path.basename(file)));
    fs.writeFileSync(path.join(staging, 'modules/order'), modules.map((f) => path.basename(f)).join('\n') + '\n');
    const list = run('find', ['.', '-mindepth', '1', '-print0'], { cwd: staging });
    const cpio = spawnSync('cpio', ['--null', '--quiet', '-o', '-H', 'newc', '-R', '0:0'], {
      cwd: staging, input: list, timeout: 60_000, maxBuffer: 256 * 1024 * 1024,
    });
    if (cpio.status !== 0) die(`cpio failed: ${cpio.stderr}`);
    for (const old of fs.readdirSync(CACHE).filter((f) => /^initramfs-.*\.cpio$/.test(f))) {
      fs.rmSync(path.join(CACHE, old));
    }
    fs.writeFileSync(`${image}.tmp`, cpio.stdout);
    fs.renameSync(`${image}.tmp`, image);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return image;
}

// The host's PATH, except that pyenv's shims (bash scripts that cost seconds per call under
// emulation) are preceded by the directory of the interpreter they would pick.
function guestPath() {
  const entries = (process.env.PATH || '/usr/local/bin:/usr/bin:/bin').split(':');
  const shims = entries.findIndex((dir) => dir.endsWith('/pyenv/shims') || dir.endsWith('/.pyenv/shims'));
  if (shims >= 0) {
    const python = run('python3', ['-c', 'import sys; print(sys.executable)'], { timeoutSec: 30, allowFail: true })?.trim();
    if (python) entries.splice(shims, 0, path.dirname(python));
  }
  return entries.join(':');
}

function shellQuote(arg) {
  return `'${String(arg).replaceAll("'", `'\\''`)}'`;
}

// Step 4a: the run directory, shared with the guest through the read-write repo export: the
// command and environment go in, the exit status comes out.
function prepareRunDir(opts, btvirt) {
  const runs = path.join(CACHE, 'runs');
  fs.mkdirSync(runs, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runs, `${process.pid}-`));
  fs.writeFileSync(path.join(dir, 'command.sh'), `exec ${opts.command.map(shellQuote).join(' ')}\n`);
  const forwarded = Object.entries(process.env).filter(([k]) => FORWARDED_ENV.includes(k) || k.startsWith('SOCK_'));
  const env = {
    ...Object.fromEntries(forwarded),
    PATH: guestPath(),
    HOME: process.env.HOME || '/root',
    SOCK_KERNEL_LAB: '1',
    LAB_TTY: process.stdout.isTTY ? '1' : '0',
    LAB_COLUMNS: String(process.stdout.columns || 0),
    LAB_ROWS: String(process.stdout.rows || 0),
    LAB_BTVIRT: btvirt,
    LAB_GUEST_TIMEOUT: String(Math.max(5, Math.floor(opts.timeout) - 15)),
  };
  const lines = Object.entries(env).map(([k, v]) => `export ${k}=${shellQuote(v)}`);
  fs.writeFileSync(path.join(dir, 'env.sh'), lines.join('\n') + '\n');
  return dir;
}

function qemuArgs(kernel, initramfs, runDir, opts) {
  const cmdline = [
    'console=ttyS0', 'panic=-1', ...(opts.verbose ? [] : ['quiet', 'loglevel=3']),
    // Skip work that only slows emulation down: page zeroing, Spectre fences, crypto self-tests.
    'init_on_alloc=0', 'mitigations=off', 'cryptomgr.notests=1',
    `lab_repo=${REPO}`, `lab_run=${runDir}`, `lab_kernel=${kernel.dir}`,
  ];
  return [
    '-accel', 'tcg,thread=multi', '-cpu', 'max', '-smp', '2', '-m', opts.mem,
    '-nodefaults', '-no-reboot', '-display', 'none', '-serial', 'stdio',
    '-kernel', kernel.image, '-initrd', initramfs, '-append', cmdline.join(' '),
    '-virtfs', 'local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap',
    '-virtfs', `local,path=${REPO},mount_tag=work,security_model=none,multidevs=remap`,
  ];
}

// Step 4b-6: boots the VM, streams its console, enforces the timeout; resolves to our exit code.
function boot(kernel, initramfs, runDir, opts) {
  return new Promise((resolve) => {
    const started = Date.now();
    const qemu = spawn('qemu-system-x86_64', qemuArgs(kernel, initramfs, runDir, opts), {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    qemu.stdout.pipe(process.stdout);
    let timedOut = false;
    let interrupted = null;
    const watchdog = setTimeout(() => {
      timedOut = true;
      log(`timeout: the VM was still running after ${opts.timeout} s; killing it`);
      qemu.kill('SIGKILL');
    }, opts.timeout * 1000);
    const stop = (signal) => {
      interrupted = signal;
      log(`${signal}: stopping the VM`);
      qemu.kill('SIGKILL');
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.on('exit', () => qemu.kill('SIGKILL'));
    qemu.on('error', (err) => die(`cannot start qemu-system-x86_64: ${err.message}`));
    qemu.on('close', (code, signal) => {
      clearTimeout(watchdog);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (timedOut) return resolve(124);
      if (interrupted) return resolve(interrupted === 'SIGINT' ? 130 : 143);
      const status = readStatus(runDir);
      if (status === null) {
        log(`the VM stopped after ${seconds} s (qemu ${signal ?? `exit ${code}`}) without reporting the command's status`);
        return resolve(1);
      }
      if (status === 124) log(`timeout: the guest's watchdog stopped the command (VM ran ${seconds} s)`);
      else log(`command exited with status ${status}; VM ran ${seconds} s`);
      resolve(status);
    });
  });
}

function readStatus(runDir) {
  try {
    const text = fs.readFileSync(path.join(runDir, 'status'), 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : null;
  } catch {
    return null;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (process.platform !== 'linux' || process.arch !== 'x64') die('the kernel lab needs an x86-64 Linux host');
  if (/[\s,]/.test(REPO)) die(`the repo path must not contain whitespace or commas: ${REPO}`);
  fs.mkdirSync(CACHE, { recursive: true });
  ensureAptPackages();
  const kernel = ensureKernel();
  const initramfs = ensureInitramfs(kernel);
  const runDir = prepareRunDir(opts, ensureBtvirt());
  log(`booting ${kernel.release}: ${opts.command.join(' ')}`);
  const code = await boot(kernel, initramfs, runDir, opts);
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}

main();
