#!/usr/bin/env node
// Builds the native addon of the package in the current directory with node-gyp,
// against the running Node's headers (no download): nodedir is taken from the
// environment or npm config when set, else from this Node's install prefix.
import { spawnSync } from 'node:child_process';
import { nodeGypScript, nodeHeadersDir } from './node-gyp.mjs';

const args = [nodeGypScript(process.cwd()), 'rebuild', '--release', '-j', 'max'];
const nodedir = nodeHeadersDir();
if (nodedir) args.push(`--nodedir=${nodedir}`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
