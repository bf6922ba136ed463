/** What the bench measures: scenarios, implementations, and which pairs run. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cBuildDir = path.join(benchDir, 'build', 'c');
const impl = (f) => path.join(benchDir, 'impl', f);

export const SCENARIOS = [
  { id: 'tcp', title: 'TCP ping-pong', kind: 'pingpong', unit: 'round trips/s', node: 'node:net' },
  { id: 'udp', title: 'UDP ping-pong', kind: 'pingpong', unit: 'round trips/s', node: 'node:dgram' },
  { id: 'unix-stream', title: 'Unix stream ping-pong', kind: 'pingpong', unit: 'round trips/s', node: 'node:net' },
  { id: 'unix-dgram', title: 'Unix datagram ping-pong', kind: 'pingpong', unit: 'round trips/s', node: 'unix-dgram' },
  { id: 'socketpair', title: 'socketpair ping-pong', kind: 'pingpong', unit: 'round trips/s', node: 'node:net' },
  { id: 'bulk', title: 'TCP bulk, 64 KiB writes', kind: 'bulk', unit: 'GB/s', node: 'node:net' },
  { id: 'getsockopt', title: 'getsockopt(SO_RCVBUF)', kind: 'call', unit: 'calls/s', node: 'node:dgram' },
];

const program = { pingpong: 'pingpong', bulk: 'bulk', call: 'getsockopt' };

/**
 * layout '1p': one process (role `both`, or a single loop); '2p': a server
 * process and a client process. `cmd(scenario)` is argv before the role.
 * `peer` names the Node implementation compared against in the same layout.
 */
export const IMPLEMENTATIONS = [
  { id: 'c', label: 'C, blocking', layout: '2p', cmd: (s) => [path.join(cBuildDir, program[s.kind])] },
  { id: 'python', label: 'CPython socket', layout: '2p', cmd: () => ['python3', impl('python.py')] },
  { id: 'node-1p', label: 'Node, 1 process', layout: '1p', cmd: () => [process.execPath, impl('node-net.mjs')], node: true },
  { id: 'node-2p', label: 'Node, 2 processes', layout: '2p', cmd: () => [process.execPath, impl('node-net.mjs')], node: true },
  { id: 'unix-dgram-1p', label: 'unix-dgram, 1 process', layout: '1p', cmd: () => [process.execPath, impl('unix-dgram.mjs')], node: true, only: ['unix-dgram'] },
  { id: 'unix-dgram-2p', label: 'unix-dgram, 2 processes', layout: '2p', cmd: () => [process.execPath, impl('unix-dgram.mjs')], node: true, only: ['unix-dgram'] },
  { id: 'sock-sync-2p', label: '@sock Sync, 2 processes', layout: '2p', cmd: () => [process.execPath, impl('sock-sync.mjs')], sock: true },
  { id: 'sock-async-1p', label: '@sock async, 1 process', layout: '1p', cmd: () => [process.execPath, impl('sock-async.mjs')], sock: true },
  { id: 'sock-async-2p', label: '@sock async, 2 processes', layout: '2p', cmd: () => [process.execPath, impl('sock-async.mjs')], sock: true },
  // Not an API: core's addon called directly on blocking fds (impl/sock-native.mjs), the floor @sock's Sync rows could reach through N-API.
  { id: 'sock-native-2p', label: 'core addon, no API (N-API floor)', layout: '2p', cmd: () => [process.execPath, impl('sock-native.mjs')], floor: true, no: ['bulk'] },
];

/** The implementations run for a scenario, in table order. */
export function implementationsOf(scenario) {
  if (scenario.kind === 'call') {
    // One process calling in a loop: the Node peer is dgram's getRecvBufferSize(), @sock's call is synchronous.
    return ['c', 'python', 'node-1p', 'sock-sync-2p', 'sock-native-2p'].map((id) => ({ ...byId(id), layout: '1p', label: callLabel[id] }));
  }
  return IMPLEMENTATIONS.filter((i) => {
    if (i.only) return i.only.includes(scenario.id);
    if (i.no?.includes(scenario.id)) return false;
    if (scenario.id === 'unix-dgram' && i.node) return false;
    return true;
  });
}

const callLabel = { c: 'C', python: 'CPython socket', 'node-1p': 'node:dgram getRecvBufferSize()', 'sock-sync-2p': '@sock getsockopt()', 'sock-native-2p': 'core addon getsockoptInt (N-API floor)' };

export function byId(id) {
  const found = IMPLEMENTATIONS.find((i) => i.id === id);
  if (!found) throw new Error(`unknown implementation ${id}`);
  return found;
}

/** The Node implementation an @sock (or other) result is compared with: the same layout, same scenario. */
export function peerOf(scenario, implId) {
  if (scenario.kind === 'call') return 'node-1p';
  const one = implId.endsWith('-1p');
  if (scenario.id === 'unix-dgram') return one ? 'unix-dgram-1p' : 'unix-dgram-2p';
  return one ? 'node-1p' : 'node-2p';
}

/**
 * CPU sets: the headline table pins every process to CPU 0; the two-CPU table
 * puts a two-process pair's server on CPU 0 and client on CPU 1, and lets a
 * one-process implementation use both.
 */
export const TABLES = [
  { id: 'pinned', title: 'Pinned: every process on CPU 0 (taskset -c 0)', server: '0', client: '0', single: '0' },
  { id: 'two-cpu', title: 'Two CPUs: server on CPU 0, client on CPU 1; one-process runs on both (taskset -c 0,1)', server: '0', client: '1', single: '0,1' },
];
