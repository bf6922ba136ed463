#!/usr/bin/env node
// Builds the prebuilt binaries that ship inside each native package's tarball:
//   packages/<pkg>/prebuilds/linux-<arch>/<target>.napi.glibc[.armv7].node
// the layout node-gyp-build (and so core's loadAddon) looks in at run time.
// linux-x64 is built with the host compiler, linux-arm64 and linux-arm (armv7,
// hard float) with Debian's cross compilers (g++-aarch64-linux-gnu,
// g++-arm-linux-gnueabihf). N-API only: one binary per platform and arch serves
// every Node.js release. Each package is built in a scratch copy, so the
// package's own build/ (the one the tests load) is never touched.
//
//   pnpm prebuilds [...]   (not "prebuild": npm and pnpm would run that before every "build")
//   node scripts/prebuild.mjs [--arch x64,arm64,arm] [--install-toolchains] [pkg ... | .]
//
// --install-toolchains apt-get installs the cross compilers when missing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeGypScript, nodeHeadersDir } from './node-gyp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Node's arch name -> the cross toolchain and what node-gyp-build matches on. */
export const TARGETS = {
  x64: { triple: null, apt: null, machine: 0x3e, elfClass: 2, tags: ['napi', 'glibc'] },
  arm64: { triple: 'aarch64-linux-gnu', apt: 'g++-aarch64-linux-gnu', machine: 0xb7, elfClass: 2, tags: ['napi', 'glibc'] },
  arm: { triple: 'arm-linux-gnueabihf', apt: 'g++-arm-linux-gnueabihf', machine: 0x28, elfClass: 1, tags: ['napi', 'glibc', 'armv7'] },
};

/** The packages with a native addon, in build order (core first: families include its kit headers). */
export function nativePackages() {
  const dirs = readdirSync(path.join(root, 'packages')).filter((d) => existsSync(path.join(root, 'packages', d, 'binding.gyp')));
  return dirs.sort((a, b) => (a === 'core' ? -1 : b === 'core' ? 1 : a.localeCompare(b)));
}

/** e_machine and EI_CLASS of an ELF file, to prove a binary is for the arch it claims. */
export function elfOf(file) {
  const b = readFileSync(file);
  if (b.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${file}: not an ELF file`);
  return { elfClass: b[4], machine: b.readUInt16LE(18) };
}

/** Runs a command; its output is shown only when it fails (or with PREBUILD_VERBOSE=1). */
function run(cmd, args, opts) {
  const verbose = process.env.PREBUILD_VERBOSE === '1';
  const r = spawnSync(cmd, args, { stdio: verbose ? 'inherit' : 'pipe', encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) {
    if (!verbose) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
  }
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Node's headers: a cross build cannot fall back to node-gyp's download of the host's. */
function nodedir() {
  const dir = nodeHeadersDir();
  if (dir === undefined) throw new Error(`no Node.js headers under ${path.resolve(path.dirname(process.execPath), '..')}/include/node; set npm_config_nodedir`);
  return dir;
}

function buildOne(pkg, arch, scratch) {
  const pkgDir = path.join(root, 'packages', pkg);
  const t = TARGETS[arch];
  const work = path.join(scratch, `${pkg}-${arch}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of readdirSync(pkgDir)) {
    if (['node_modules', 'build', 'prebuilds', 'dist', 'test', '.turbo'].includes(entry)) continue;
    cpSync(path.join(pkgDir, entry), path.join(work, entry), { recursive: true });
  }
  // binding.gyp resolves node-addon-api and @sock/core's kit headers with `node -p require(...)` from here.
  symlinkSync(path.join(pkgDir, 'node_modules'), path.join(work, 'node_modules'));
  const env = { ...process.env };
  if (t.triple) {
    Object.assign(env, { CC: `${t.triple}-gcc`, CXX: `${t.triple}-g++`, LINK: `${t.triple}-g++`, AR: `${t.triple}-ar` });
  }
  const gyp = nodeGypScript(pkgDir);
  run(process.execPath, [gyp, 'rebuild', '--release', `--arch=${arch}`, `--nodedir=${nodedir()}`, '-j', process.env.PREBUILD_JOBS ?? 'max', '--silent'], { cwd: work, env });
  const release = path.join(work, 'build', 'Release');
  const built = readdirSync(release).filter((f) => f.endsWith('.node'));
  if (built.length !== 1) throw new Error(`${pkg} ${arch}: expected one .node in ${release}, found ${built.join(', ') || 'none'}`);
  const target = built[0].replace(/\.node$/, '');
  const outDir = path.join(pkgDir, 'prebuilds', `linux-${arch}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${target}.${t.tags.join('.')}.node`);
  run(t.triple ? `${t.triple}-strip` : 'strip', ['--strip-unneeded', '-o', out, path.join(release, built[0])]);
  const elf = elfOf(out);
  if (elf.machine !== t.machine || elf.elfClass !== t.elfClass) {
    throw new Error(`${out}: ELF machine 0x${elf.machine.toString(16)} class ${elf.elfClass}, wanted 0x${t.machine.toString(16)} class ${t.elfClass}`);
  }
  return { out, size: statSync(out).size };
}

function main(argv) {
  let archs = ['x64', 'arm64', 'arm'];
  let installToolchains = false;
  const pkgs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--arch') archs = argv[++i].split(',');
    else if (argv[i] === '--install-toolchains') installToolchains = true;
    else pkgs.push(argv[i] === '.' ? path.basename(process.cwd()) : argv[i]); // '.': the package run from (its "prebuilds" script)
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('prebuilds are made on linux-x64 (the host build plus two cross builds)');
  for (const a of archs) if (!(a in TARGETS)) throw new Error(`unknown arch ${a}; one of ${Object.keys(TARGETS).join(', ')}`);
  const missing = archs.map((a) => TARGETS[a]).filter((t) => t.triple && !have(`${t.triple}-g++`)).map((t) => t.apt);
  if (missing.length > 0) {
    if (!installToolchains) throw new Error(`missing cross compilers: apt-get install ${missing.join(' ')} (or pass --install-toolchains)`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const scratch = path.join(tmpdir(), `sock-prebuild-${process.pid}`);
  const list = pkgs.length > 0 ? pkgs : nativePackages();
  const t0 = Date.now();
  try {
    for (const pkg of list) {
      for (const arch of archs) {
        const s = Date.now();
        const { out, size } = buildOne(pkg, arch, scratch);
        console.log(`prebuild ${path.relative(root, out)} ${(size / 1024).toFixed(0)} KiB ${((Date.now() - s) / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`prebuild: ${list.length} packages x ${archs.join(',')} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`prebuild: ${e.message}`);
    process.exit(1);
  }
}
