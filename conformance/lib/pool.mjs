/**
 * Child processes for the drivers: each runs in its own process group with a
 * deadline (the whole group is killed when it passes), and its result line is
 * parsed from stdout. A small pool bounds how many scenarios run at once.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIB = path.dirname(fileURLToPath(import.meta.url));
const PY_DRIVER = path.join(LIB, 'py', 'driver.py');
const NODE_DRIVER = path.join(LIB, 'node', 'driver.mjs');
const RESULT = '@@RESULT@@ ';
const READY = '@@READY@@ ';
const LOADED = '@@LOADED@@';
const AT = '@@AT@@ ';

export const PYTHON = process.env.SOCKCONF_PYTHON || 'python3';

/** argv for one driver run: lang 'py' | 'node', kind 'pair' | 'data'. */
export function driverCommand(lang, kind, file, role) {
  const rest = kind === 'data' ? ['data'] : ['pair', file, ...(role ? [role] : [])];
  return lang === 'py'
    ? [PYTHON, ['-X', 'utf8', PY_DRIVER, ...rest]]
    : [process.execPath, ['--expose-gc', NODE_DRIVER, ...rest]];
}

/**
 * Starts a driver. Resolves `done` with its parsed result (or a crash
 * describing what went wrong); `ready` resolves with the @@READY@@ payload of
 * an interop server (null if it exits without one).
 *
 * `interop`: one side of an interop pairing (SOCKCONF_INTEROP=1). The driver
 * loads its scenario (and the socket library), prints @@LOADED@@ (`loaded`
 * resolves true; false if it exits first) and waits for one line on stdin,
 * which `tell(value)` writes: null lets a server start, the server's
 * @@READY@@ payload is a client's peer. So neither side's timeouts start
 * while the other is still starting up.
 */
export function startDriver(lang, kind, { file, role, input, env, timeoutMs, cwd, interop = false }) {
  const [cmd, args] = driverCommand(lang, kind, file, role);
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env, ...(interop ? { SOCKCONF_INTEROP: '1' } : {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  let readyResolve;
  const ready = new Promise((resolve) => (readyResolve = resolve));
  let loadedResolve;
  const loaded = new Promise((resolve) => (loadedResolve = resolve));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, timeoutMs);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    stdout += d;
    if (stdout.includes(`${LOADED}\n`)) loadedResolve(true);
    const i = stdout.indexOf(READY);
    if (i >= 0) {
      const end = stdout.indexOf('\n', i);
      if (end > 0) readyResolve(JSON.parse(stdout.slice(i + READY.length, end)));
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.on('error', () => {});
  if (!interop) child.stdin.end(input === undefined ? '' : JSON.stringify(input));
  const done = new Promise((resolve) => {
    child.on('error', (err) => resolve({ steps: [], crash: `could not start ${cmd}: ${err.message}` }));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      readyResolve(null);
      loadedResolve(false);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT));
      const at = stdout.split('\n').filter((l) => l.startsWith(AT)).pop()?.slice(AT.length);
      if (timedOut) return resolve({ steps: [], crash: `timed out after ${timeoutMs} ms${at ? ` in step ${JSON.stringify(at)}` : ''}\n${tail(stderr)}` });
      if (!line) return resolve({ steps: [], crash: `exited (${signal ?? code}) without a result\n${tail(stderr)}${tail(stdout)}` });
      const out = JSON.parse(line.slice(RESULT.length));
      if (stderr.trim() && out.crash) out.crash += `\n${tail(stderr)}`;
      resolve(out);
    });
  });
  const tell = (value) => {
    if (!child.stdin.writableEnded) child.stdin.end(`${JSON.stringify(value)}\n`);
  };
  /** Ends the wait of an interop side that will get no line: it exits without running its role. */
  const release = () => {
    if (!child.stdin.writableEnded) child.stdin.end();
  };
  return { ready, loaded, done, tell, release, kill: () => process.kill(-child.pid, 'SIGKILL') };
}

function tail(s, n = 1500) {
  const t = s.trim();
  return t.length > n ? `...${t.slice(-n)}` : t;
}

/** Runs `tasks` (functions returning promises) with at most `jobs` at once; results keep the tasks' order. */
export async function runPool(tasks, jobs, onDone) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
      onDone?.(results[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}
