/**
 * Runs one scenario in both languages and judges it: a pair or data scenario
 * once per language; an interop scenario in the three pairings that involve
 * @sock, each compared with the CPython-CPython run.
 */
import path from 'node:path';
import { compareSteps } from './compare.mjs';
import { expandData } from './scenarios.mjs';
import { startDriver } from './pool.mjs';

const TIMEOUT_MS = Number(process.env.SOCKCONF_TIMEOUT_MS ?? 20_000);

function sideProblems(name, out) {
  const problems = [];
  if (out.crash) problems.push(`${name} crashed: ${out.crash}`);
  if (out.leaks?.length) problems.push(`${name} leaked fds ${out.leaks.join(', ')}`);
  return problems;
}

/** A result row: { id, status, steps, problems, notes, python }. */
function judge(id, py, node, meta, names = ['CPython', '@sock']) {
  const row = { id, steps: [], problems: [...sideProblems(names[0], py), ...sideProblems(names[1], node)], python: py.python };
  if (row.problems.length) return { ...row, status: 'error' };
  if (py.skip || node.skip) {
    if (py.skip && node.skip) return { ...row, status: 'skip', skip: py.skip };
    row.problems.push(py.skip ? `only ${names[0]} skipped: ${py.skip}` : `only ${names[1]} skipped: ${node.skip}`);
    return { ...row, status: 'differ' };
  }
  row.steps = compareSteps(py, node, meta ?? {}, py.python ?? '0.0');
  const has = (s) => row.steps.some((x) => x.status === s);
  row.status = has('differ') ? 'differ' : has('bug') ? 'bug' : 'agree';
  return row;
}

async function runPairLike(s) {
  const cwd = path.dirname(s.node ?? s.data);
  if (s.kind === 'data') {
    const { spec, cases } = expandData(s.data);
    const input = { cases, packages: spec.packages ?? s.family.packages };
    const [py, node] = await Promise.all([
      startDriver('py', 'data', { input, timeoutMs: TIMEOUT_MS, cwd }).done,
      startDriver('node', 'data', { input, timeoutMs: TIMEOUT_MS, cwd }).done,
    ]);
    return [judge(s.id, py, node, { intended: spec.intended, knownBugs: spec.knownBugs })];
  }
  const [py, node] = await Promise.all([
    startDriver('py', 'pair', { file: s.py, timeoutMs: TIMEOUT_MS, cwd }).done,
    startDriver('node', 'pair', { file: s.node, timeoutMs: TIMEOUT_MS, cwd }).done,
  ]);
  return [judge(s.id, py, node, node.meta)];
}

/**
 * Both sides start at once and load their scenario (and the socket library);
 * only when both have loaded does the server start (bind, listen, say where
 * with h.ready), and the client learns that on stdin and runs at once. So
 * the server's accept or recv timeout starts when the client is ready to
 * connect, however slow a loaded or emulated machine is to start a process.
 */
async function runInterop(s, serverLang, clientLang) {
  const cwd = path.dirname(s.node);
  const file = (lang) => (lang === 'py' ? s.py : s.node);
  const server = startDriver(serverLang, 'pair', { file: file(serverLang), role: 'server', timeoutMs: TIMEOUT_MS, cwd, interop: true });
  const client = startDriver(clientLang, 'pair', { file: file(clientLang), role: 'client', timeoutMs: TIMEOUT_MS, cwd, interop: true });
  const [serverLoaded, clientLoaded] = await Promise.all([server.loaded, client.loaded]);
  const info = serverLoaded && clientLoaded ? (server.tell(null), await server.ready) : null;
  if (info === null) {
    server.release();
    client.release();
    const [sv, cl] = await Promise.all([server.done, client.done]);
    // A server that skipped (its family or transport is missing) takes its client with it.
    if (sv.skip) return { server: sv, client: { steps: [] } };
    // A client that failed while loading reports its own failure.
    if (!clientLoaded) return { server: sv, client: cl };
    return { server: sv, client: { steps: [], crash: 'not started: the server never became ready' } };
  }
  client.tell(info);
  const [sv, cl] = await Promise.all([server.done, client.done]);
  return { server: sv, client: cl };
}

function merge({ server, client }) {
  const prefixed = (out, who) => out.steps.map(([l, v]) => [`${who}: ${l}`, v]);
  return {
    steps: [...prefixed(server, 'server'), ...prefixed(client, 'client')],
    skip: server.skip ?? client.skip ?? null,
    crash: [server.crash && `server: ${server.crash}`, client.crash && `client: ${client.crash}`].filter(Boolean).join('\n') || null,
    leaks: [...(server.leaks ?? []), ...(client.leaks ?? [])],
    python: server.python ?? client.python,
    meta: server.meta ?? client.meta,
  };
}

const PAIRINGS = [['py', 'node'], ['node', 'py'], ['node', 'node']];

async function runInteropAll(s) {
  const [oracleRun, ...runs] = await Promise.all([['py', 'py'], ...PAIRINGS].map(([sv, cl]) => runInterop(s, sv, cl)));
  const oracle = merge(oracleRun);
  const rows = [];
  for (const [i, [sv, cl]] of PAIRINGS.entries()) {
    const run = merge(runs[i]);
    const meta = run.meta;
    const id = `${s.id} [server=${sv === 'py' ? 'CPython' : '@sock'} client=${cl === 'py' ? 'CPython' : '@sock'}]`;
    rows.push(judge(id, oracle, run, meta, ['CPython-CPython', 'this pairing']));
  }
  return rows;
}

/** Rows for one scenario (three for an interop scenario). */
export async function execute(s) {
  if (s.family.unavailable) return [{ id: s.id, status: 'skip', skip: s.family.unavailable, steps: [], problems: [] }];
  try {
    return s.kind === 'interop' ? await runInteropAll(s) : await runPairLike(s);
  } catch (e) {
    return [{ id: s.id, status: 'error', steps: [], problems: [`runner: ${e.stack ?? e}`] }];
  }
}
