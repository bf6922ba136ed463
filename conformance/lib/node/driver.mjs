/**
 * Runs one scenario through @sock and prints its result (the twin of
 * lib/py/driver.py, which documents the output line).
 *
 *   node driver.mjs pair <scenario.mjs> [role]
 *   node driver.mjs data            (cases as JSON on stdin)
 *
 * A pair scenario exports run(h) (or server(h) and client(h)) and may export
 * `intended` and `knownBugs` (label -> reason); they travel in the output.
 */
import { readdirSync, readlinkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Harness, Skip } from './harness.mjs';
import { runData } from './data.mjs';

/** Open fds -> what they point at. */
function openFds() {
  const out = new Map();
  try {
    for (const n of readdirSync('/proc/self/fd')) {
      try {
        out.set(Number(n), readlinkSync(`/proc/self/fd/${n}`));
      } catch {
        // the readdir's own fd, closed by now
      }
    }
  } catch {
    // no /proc: no leak check
  }
  return out;
}

/**
 * Fds opened during the scenario and still open: sockets and files only. The
 * runtime opens pipes and anonymous inodes lazily (stderr's pipe handle on the
 * first warning), which are not the scenario's.
 */
function leaked(before, after) {
  const out = [];
  for (const [fd, target] of after) {
    if (before.get(fd) === target) continue;
    if (target.startsWith('socket:') || (target.startsWith('/') && target !== '/dev/null')) out.push(`${fd} (${target})`);
  }
  return out;
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** One line from stdin (without its newline), or null at end of input. */
function readLine() {
  return new Promise((resolve) => {
    let buf = '';
    const finish = (line) => {
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd);
      process.stdin.pause();
      resolve(line);
    };
    const onData = (d) => {
      buf += d;
      const i = buf.indexOf('\n');
      if (i >= 0) finish(buf.slice(0, i));
    };
    const onEnd = () => finish(buf === '' ? null : buf);
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', onData);
    process.stdin.on('end', onEnd);
  });
}

/**
 * One side of an interop pairing (SOCKCONF_INTEROP=1, see lib/pool.mjs):
 * say the scenario is loaded, then wait for the runner's line: null lets a
 * server start, anything else is a client's peer.
 */
async function awaitPeer(h) {
  process.stdout.write('@@LOADED@@\n');
  const line = await readLine();
  if (line === null) throw new Error('released before it ran: the other side of the pairing did not start');
  const value = JSON.parse(line);
  if (value !== null) h.peer = value;
}

/** Lets closes queued on the event loop (libuv handles) finish before fds are counted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function main() {
  const [kind, file, role] = process.argv.slice(2);
  const peer = process.env.SOCKCONF_PEER ? JSON.parse(process.env.SOCKCONF_PEER) : null;
  // Runtime fds (epoll, eventfd, signal pipes) appear lazily; open them before the snapshot.
  await settle();
  const before = openFds();
  const h = new Harness(role ?? null, peer);
  const out = { steps: h.steps, skip: null, crash: null, meta: {} };
  try {
    if (kind === 'data') {
      await runData(h, await readStdin());
    } else {
      const mod = await import(pathToFileURL(file).href);
      out.meta = { intended: mod.intended ?? {}, knownBugs: mod.knownBugs ?? {} };
      const fn = mod[role ?? 'run'];
      if (typeof fn !== 'function') throw new Error(`${file} exports no ${role ?? 'run'}()`);
      if (process.env.SOCKCONF_INTEROP === '1') await awaitPeer(h);
      await fn(h);
    }
  } catch (e) {
    if (e instanceof Skip) out.skip = e.message;
    else out.crash = e instanceof Error ? e.stack ?? String(e) : String(e);
  } finally {
    h.cleanup();
  }
  await settle();
  out.leaks = leaked(before, openFds());
  process.stdout.write(`@@RESULT@@ ${JSON.stringify(out)}\n`);
  process.exit(0);
}

main();
