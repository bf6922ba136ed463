// How the build scripts run node-gyp: the node-gyp a package resolves, against
// the running Node's headers (no download) — build-native.mjs (each package's
// build:native), test-asan.mjs and prebuild.mjs share it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The directory with Node's headers: npm_config_nodedir, else the running Node's prefix when it has include/node/node_api.h; undefined otherwise. */
export function nodeHeadersDir() {
  if (process.env.npm_config_nodedir) return process.env.npm_config_nodedir;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined;
}

/** node-gyp's entry script, as the package in `pkgDir` resolves it. */
export function nodeGypScript(pkgDir) {
  return createRequire(path.join(pkgDir, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
}
