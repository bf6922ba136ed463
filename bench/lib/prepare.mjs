/** What a run needs before it starts: the C programs, @sock's build, the unix-dgram and socketcan addons. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { benchDir, cBuildDir } from './plan.mjs';

const require = createRequire(path.join(benchDir, 'package.json'));

/** Builds bench/c into bench/build/c with make and cc. */
export function buildC() {
  const r = spawnSync('make', ['-s', '-C', path.join(benchDir, 'c'), `OUT=${cBuildDir}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the C programs failed (needs make and cc):\n${r.stdout}${r.stderr}`);
}

/** Fails with a hint when the workspace packages are not built (the bench runs their dist/). */
export async function checkSock() {
  try {
    await import('@sock/unix');
    await import('@sock/inet');
  } catch (err) {
    throw new Error(`@sock packages are not built; run \`pnpm run build\` at the root first.\n${err.message}`);
  }
}

/**
 * The unix-dgram addon: pnpm installs packages without running their build
 * scripts, so build it here with node-gyp against this Node's headers when it
 * is missing. Returns null when it loads, else why not.
 */
export function ensureUnixDgram() {
  return ensureAddon('unix-dgram');
}

/**
 * The socketcan addon (its package.json's engines field names Node 22+, so
 * pnpm installs it with a warning on Node 20), built the same way. Returns
 * null when it loads, else why not.
 */
export function ensureSocketcan() {
  return ensureAddon('socketcan');
}

/** Loads npm package `name`, building its addon with node-gyp first if it does not load. */
function ensureAddon(name) {
  const load = () => {
    try {
      require(name);
      return null;
    } catch (err) {
      return err;
    }
  };
  if (!load()) return null;
  let dir;
  try {
    dir = path.dirname(require.resolve(`${name}/package.json`));
  } catch (err) {
    return `${name} is not installed (${err.message})`;
  }
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const nodedir = process.env.npm_config_nodedir ?? path.resolve(path.dirname(process.execPath), '..');
  const args = [gyp, 'rebuild', '--release'];
  if (existsSync(path.join(nodedir, 'include', 'node', 'node.h'))) args.push(`--nodedir=${nodedir}`);
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) return `node-gyp could not build ${name}:\n${(r.stderr || r.stdout).slice(-2000)}`;
  const again = load();
  return again ? `${name} built but does not load: ${again.message}` : null;
}
