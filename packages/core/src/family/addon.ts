/**
 * Loading a family package's native addon: one loader for core and every
 * family, whose error says where it looked and how to build the addon.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type NodeGypBuild = ((dir: string) => unknown) & { resolve(dir: string): string };

/** The directory of `packageName`: the nearest ancestor of `fromFile` whose package.json has that name. */
function packageRootOf(packageName: string, fromFile: string): string {
  let dir = dirname(fromFile);
  for (let i = 0; i < 8; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === packageName) return dir;
      } catch {
        // An unreadable manifest is not the package's; keep climbing.
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`${packageName}: no package.json named ${packageName} above ${fromFile}`);
}

/** npm's build-from-source switch: true, or a list of package names that includes this one. */
function buildFromSource(packageName: string): boolean {
  const v = process.env.npm_config_build_from_source;
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  return v.split(',').some((name) => name.trim() === packageName);
}

function libc(): string {
  if (platform() !== 'linux') return 'libc';
  const report = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return report?.glibcVersionRuntime ? `glibc ${report.glibcVersionRuntime}` : 'musl';
}

function listNodeFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.node'));
  } catch {
    return [];
  }
}

/** The libc node-gyp-build matches prebuilds against (its own rule: LIBC, else musl on Alpine, else glibc). */
function matchedLibc(): string {
  return process.env.LIBC || (platform() === 'linux' && existsSync('/etc/alpine-release') ? 'musl' : 'glibc');
}

/** The ARM version node-gyp-build matches `armv*` tags against. */
function matchedArmv(): string {
  const vars = process.config.variables as { arm_version?: string | number };
  return process.env.ARM_VERSION || (arch() === 'arm64' ? '8' : vars.arm_version !== undefined ? String(vars.arm_version) : '');
}

/**
 * Why the prebuilt `file` does not fit this process, by its tags
 * (`<name>.napi.glibc.armv7.node`), or null when the tags fit (then it failed to load).
 */
function misfit(file: string): string | null {
  const tags = file.split('.').slice(1, -1);
  const napi = tags.includes('napi');
  for (const tag of tags) {
    if ((tag === 'glibc' || tag === 'musl') && tag !== matchedLibc()) return `built for ${tag}, this system has ${matchedLibc()}`;
    if (tag.startsWith('armv') && tag.slice(4) !== matchedArmv()) return `built for ARMv${tag.slice(4)}, this Node.js is for ARMv${matchedArmv() || '?'}`;
    if (tag.startsWith('abi') && !napi && tag.slice(3) !== process.versions.modules) return `built for Node.js ABI ${tag.slice(3)}, this is ABI ${process.versions.modules}`;
    if ((tag === 'electron' || tag === 'node-webkit') && !napi) return `built for ${tag}`;
  }
  return null;
}

/** Every place the loader looks, with what it found there and why it did not fit, for the error message. */
function triedPaths(root: string, fromSource: boolean, cause: unknown): string[] {
  const lines: string[] = [];
  const prebuilds = join(root, 'prebuilds');
  let all: string[] = [];
  try {
    all = readdirSync(prebuilds);
  } catch {
    // No prebuilds directory: reported below.
  }
  const tuples = all.filter((d) => d.startsWith(`${platform()}-`) && d.split('-')[1]?.split('+').includes(arch()));
  const here = join(prebuilds, `${platform()}-${arch()}`);
  if (fromSource) lines.push(`${prebuilds}/ (skipped: npm_config_build_from_source is set)`);
  else if (all.length === 0) lines.push(`${here}/*.node (no prebuilds/ directory: this copy of the package ships no prebuilt binaries)`);
  else if (tuples.length === 0) lines.push(`${here}/*.node (no binary for ${platform()}-${arch()}; prebuilds/ has ${all.join(', ')})`);
  else {
    const failed = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    for (const t of tuples) {
      const files = listNodeFiles(join(prebuilds, t));
      if (files.length === 0) lines.push(`${join(prebuilds, t)}/*.node (none)`);
      for (const f of files) lines.push(`${join(prebuilds, t, f)} (${misfit(f) ?? `fits, but failed to load: ${failed}`})`);
    }
  }
  for (const kind of ['Release', 'Debug']) {
    const dir = join(root, 'build', kind);
    const files = listNodeFiles(dir);
    lines.push(`${dir}/*.node (${files.length === 0 ? 'none' : `found ${files.join(', ')}`})`);
  }
  return lines;
}

/**
 * Loads the native addon of `packageName` with node-gyp-build: from
 * build/Release or build/Debug when the package was built locally, else
 * from prebuilds/<platform>-<arch>/ for this Node.js ABI. With
 * `npm_config_build_from_source` set (true, or a list naming the package)
 * only a local build is accepted.
 *
 * `importMetaUrl` is the calling module's `import.meta.url` (the package
 * root is found from it, from src/ or dist/ alike). The error, when nothing
 * loads, names every path tried, the platform, arch and libc, and how to
 * build from source; its `cause` is node-gyp-build's error.
 *
 * Rules for a family: call it once, at import of `src/native.ts`, and export
 * the result as `addon`; type `T` describes what the addon's module init
 * sets (constants, layouts, the few calls core lacks).
 */
export function loadAddon<T>(packageName: string, importMetaUrl: string): T {
  const root = packageRootOf(packageName, fileURLToPath(importMetaUrl));
  const require = createRequire(importMetaUrl);
  let nodeGypBuild: NodeGypBuild;
  try {
    nodeGypBuild = require('node-gyp-build') as NodeGypBuild;
  } catch {
    // A family that does not list node-gyp-build (or a layout that hides it) still loads: core depends on it.
    nodeGypBuild = createRequire(import.meta.url)('node-gyp-build') as NodeGypBuild;
  }
  const fromSource = buildFromSource(packageName);
  try {
    if (fromSource) {
      for (const kind of ['Release', 'Debug']) {
        const file = listNodeFiles(join(root, 'build', kind))[0];
        if (file !== undefined) return require(join(root, 'build', kind, file)) as T;
      }
      throw new Error('npm_config_build_from_source is set and there is no local build');
    }
    return require(nodeGypBuild.resolve(root)) as T;
  } catch (cause) {
    const tried = triedPaths(root, fromSource, cause).map((l) => `  - ${l}`).join('\n');
    const musl = platform() === 'linux' && matchedLibc() === 'musl';
    throw new Error(
      `${packageName}: could not load its native addon for ${platform()}-${arch()} (${libc()}, Node.js ${process.version}, ABI ${process.versions.modules}).\n` +
        `Tried:\n${tried}\n` +
        (musl ? 'The prebuilt binaries are for glibc; on musl (Alpine) build from source (apk add python3 make g++ linux-headers).\n' : '') +
        `Build it from source with \`npm rebuild ${packageName} --build-from-source\` ` +
        `(or \`pnpm rebuild ${packageName}\`; needs python3, make, a C++ compiler and the kernel's UAPI headers).`,
      { cause },
    );
  }
}
