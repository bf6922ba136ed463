#!/usr/bin/env node
// Builds the native addon of the package in the current directory with node-gyp,
// against the running Node's headers (no download): nodedir is taken from the
// environment or npm config when set, else from this Node's install prefix.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const gyp = require.resolve('node-gyp/bin/node-gyp.js');
const args = [gyp, 'rebuild', '--release', '-j', 'max'];
let nodedir = process.env.npm_config_nodedir;
if (!nodedir) {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (existsSync(path.join(prefix, 'include', 'node', 'node_api.h'))) nodedir = prefix;
}
if (nodedir) args.push(`--nodedir=${nodedir}`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
