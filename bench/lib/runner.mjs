/**
 * Runs one measurement: one process (layout 1p) or a server and a client
 * (layout 2p), each under taskset, and returns the client's result with the
 * peak RSS of every process involved. Every child is killed past its time limit.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { socketpair } from '@sock/unix';

const live = new Set();

/** Kills every child still running (on SIGINT/SIGTERM of the bench). */
export function killAll() {
  for (const child of live) child.kill('SIGKILL');
}

/** Starts `argv` under `taskset -c cpus`; resolves lines of stdout as they come. */
export function start(cpus, argv, fds = []) {
  const child = spawn('taskset', ['-c', cpus, ...argv], { stdio: ['ignore', 'pipe', 'pipe', ...fds] });
  live.add(child);
  child.on('close', () => live.delete(child));
  const lines = [];
  const waiters = [];
  let buffered = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    buffered += d;
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      lines.push(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
      for (const w of waiters.splice(0)) w();
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let done = false;
  const exited = new Promise((resolve) => child.on('close', (code, signal) => {
    done = true;
    for (const w of waiters.splice(0)) w();
    resolve({ code, signal });
  }));
  /** The next stdout line, or null once the process is gone; rejects after `ms`. */
  const nextLine = (ms) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${argv.join(' ')}\n${stderr}`)), ms);
    const check = () => {
      if (lines.length) {
        clearTimeout(timer);
        resolve(lines.shift());
      } else if (done) {
        clearTimeout(timer);
        resolve(null);
      } else waiters.push(check);
    };
    check();
  });
  const finish = async (ms) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    const r = await exited;
    clearTimeout(timer);
    return r;
  };
  return { child, nextLine, finish, stderr: () => stderr };
}

/**
 * The JSON result line a bench program printed, or an error naming the
 * program (`argv`) and its stderr when it printed none or something else.
 */
export function parseLine(line, argv, proc) {
  if (line === null) throw new Error(`${argv.join(' ')} exited without a result\n${proc.stderr()}`);
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${argv.join(' ')}: unexpected output ${JSON.stringify(line)}\n${proc.stderr()}`);
  }
}

/** `key=value` arguments, the argv shape every bench program parses. */
export const kv = (o) => Object.entries(o).map(([k, v]) => `${k}=${v}`);

/**
 * One run of `impl` on `scenario`: { ops, seconds, bytes, rssKb } where rssKb
 * sums the peak RSS of the processes (both, for two-process layouts).
 */
export async function runOnce({ scenario, impl, table, count, seconds, warmup, size }) {
  const base = impl.cmd(scenario);
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-bench-'));
  const opts = { count, seconds, warmup, size, addr: path.join(dir, 's') };
  const limit = (seconds + 20) * 1000;
  try {
    if (impl.layout === '1p') {
      const argv = [...base, 'both', scenario.id, ...kv(opts)];
      const p = start(table.single, argv);
      const res = parseLine(await p.nextLine(limit), argv, p);
      await p.finish(5000);
      return res;
    }
    let fds = [];
    if (scenario.id === 'socketpair') {
      const [a, b] = socketpair();
      fds = [a.detach(), b.detach()];
      opts.fd = 3;
    }
    const sArgv = [...base, 'server', scenario.id, ...kv(opts)];
    const server = start(table.server, sArgv, fds.length ? [fds[0]] : []);
    let client;
    try {
      const readyLine = await server.nextLine(20000);
      if (!readyLine?.startsWith('READY ')) throw new Error(`${sArgv.join(' ')} did not start: ${readyLine}\n${server.stderr()}`);
      const where = readyLine.slice(6);
      const cArgv = [...base, 'client', scenario.id, ...kv({ ...opts, addr: where })];
      client = start(table.client, cArgv, fds.length ? [fds[1]] : []);
      for (const fd of fds) closeSync(fd);
      fds = [];
      const res = parseLine(await client.nextLine(limit), cArgv, client);
      await client.finish(5000);
      if (scenario.kind === 'bulk') {
        const sres = parseLine(await server.nextLine(10000), sArgv, server);
        res.rssKb += sres.rssKb;
      } else {
        await server.finish(3000);
      }
      return res;
    } finally {
      for (const fd of fds) closeSync(fd);
      server.child.kill('SIGKILL');
      client?.child.kill('SIGKILL');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
