#!/usr/bin/env node
// The main job: `sock families` (what this machine supports, per family and
// socket type, with the fix where it does not), then one line sent through
// `sock relay` to a `sock listen --fork ... -- cat` echo server and back.
// Every child is bounded in time; the exit status is the relay's.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sock = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const run = (args, opts = {}) => spawnSync(process.execPath, [sock, ...args], { stdio: 'inherit', timeout: 120_000, ...opts });

console.log('$ sock families');
const families = run(['families']);
if (families.status !== 0) process.exit(families.status ?? 1);

const where = `unix-abstract:sock-demo-${process.pid}`;
const line = 'hello through sock relay';
console.log(`\n$ sock listen --fork ${where} -- cat &`);
console.log(`$ echo '${line}' | sock relay --retry 60 --timeout 60 - ${where}`);
const server = spawn(process.execPath, [sock, 'listen', '--fork', where, '--', 'cat'], { stdio: ['ignore', 'inherit', 'inherit'] });
const killer = setTimeout(() => server.kill('SIGKILL'), 150_000);
const relay = run(['relay', '--retry', '60', '--timeout', '60', '-', where], { input: `${line}\n`, stdio: ['pipe', 'pipe', 'inherit'], encoding: 'utf8' });
server.kill('SIGTERM');
clearTimeout(killer);
process.stdout.write(relay.stdout ?? '');
if (relay.status !== 0 || relay.stdout !== `${line}\n`) {
  console.error(`demo: the echo through sock relay did not come back (exit ${relay.status}, signal ${relay.signal})`);
  process.exit(relay.status || 1);
}
