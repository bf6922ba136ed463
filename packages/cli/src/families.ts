/**
 * The families `sock` knows, the package of each, and loading one on demand:
 * every family is an optional dependency, imported only when a command needs
 * it, so a missing package or a kernel without the family fails with one
 * message (the same that `sock families` prints).
 */
import type { FamilyPlugin } from '@sock/core';
import { CliError, EXIT } from './errors.js';

/** One socket type `sock families` probes for a family. */
export interface TypeProbe {
  /** What the user reads: 'stream', 'raw', 'isotp'. */
  readonly label: string;
  /** The SOCK_* name. */
  readonly type: string;
  /** The protocol: a constant name of the family (or core), or a number. */
  readonly proto?: string | number;
}

export interface FamilyInfo {
  /** The C name, 'AF_CAN'. */
  readonly name: string;
  /** The npm package that carries it. */
  readonly pkg: string;
  readonly types: readonly TypeProbe[];
}

const stream = { label: 'stream', type: 'SOCK_STREAM' };
const dgram = { label: 'dgram', type: 'SOCK_DGRAM' };
const seqpacket = { label: 'seqpacket', type: 'SOCK_SEQPACKET' };

/** Every family of Python's socket module that has (or will have) an @sock package, in the order `sock families` lists them. */
export const FAMILIES: readonly FamilyInfo[] = [
  { name: 'AF_INET', pkg: '@sock/inet', types: [stream, dgram, { label: 'raw', type: 'SOCK_RAW', proto: 'IPPROTO_ICMP' }] },
  { name: 'AF_INET6', pkg: '@sock/inet', types: [stream, dgram, { label: 'raw', type: 'SOCK_RAW', proto: 'IPPROTO_ICMPV6' }] },
  { name: 'AF_UNIX', pkg: '@sock/unix', types: [stream, dgram, seqpacket] },
  { name: 'AF_PACKET', pkg: '@sock/packet', types: [{ label: 'raw', type: 'SOCK_RAW' }, dgram] },
  { name: 'AF_NETLINK', pkg: '@sock/netlink', types: [{ label: 'route', type: 'SOCK_RAW', proto: 'NETLINK_ROUTE' }, { label: 'generic', type: 'SOCK_RAW', proto: 'NETLINK_GENERIC' }] },
  {
    name: 'AF_CAN',
    pkg: '@sock/can',
    types: [
      { label: 'raw', type: 'SOCK_RAW', proto: 'CAN_RAW' },
      { label: 'bcm', type: 'SOCK_DGRAM', proto: 'CAN_BCM' },
      { label: 'isotp', type: 'SOCK_DGRAM', proto: 'CAN_ISOTP' },
      { label: 'j1939', type: 'SOCK_DGRAM', proto: 'CAN_J1939' },
    ],
  },
  { name: 'AF_ALG', pkg: '@sock/alg', types: [seqpacket] },
  { name: 'AF_VSOCK', pkg: '@sock/vsock', types: [stream, dgram, seqpacket] },
  { name: 'AF_TIPC', pkg: '@sock/tipc', types: [{ label: 'rdm', type: 'SOCK_RDM' }, stream, dgram, seqpacket] },
  {
    name: 'AF_BLUETOOTH',
    pkg: '@sock/bluetooth',
    types: [
      { label: 'l2cap', type: 'SOCK_SEQPACKET', proto: 'BTPROTO_L2CAP' },
      { label: 'rfcomm', type: 'SOCK_STREAM', proto: 'BTPROTO_RFCOMM' },
      { label: 'hci', type: 'SOCK_RAW', proto: 'BTPROTO_HCI' },
      { label: 'sco', type: 'SOCK_SEQPACKET', proto: 'BTPROTO_SCO' },
    ],
  },
  { name: 'AF_RDS', pkg: '@sock/rds', types: [seqpacket] },
  { name: 'AF_QIPCRTR', pkg: '@sock/qipcrtr', types: [dgram] },
];

/** A loaded family package: its exports, read by name. */
export type FamilyModule = Readonly<Record<string, unknown>>;

export type LoadResult = { ok: true; module: FamilyModule } | { ok: false; missing: boolean; message: string };

const loaded = new Map<string, Promise<LoadResult>>();

/**
 * Imports a family package once. `missing` when the package itself is not
 * installed; otherwise the import threw (a native addon that did not build).
 */
export function loadPackage(pkg: string): Promise<LoadResult> {
  let result = loaded.get(pkg);
  if (result === undefined) {
    const specifier = pkg;
    result = import(specifier).then(
      (module: FamilyModule) => ({ ok: true as const, module }),
      (err: unknown) => {
        const e = err as { code?: string; message?: string };
        const missing = (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') && String(e.message).includes(pkg);
        return { ok: false as const, missing, message: String(e.message ?? err).split('\n')[0]! };
      },
    );
    loaded.set(pkg, result);
  }
  return result;
}

export function familyInfo(name: string): FamilyInfo {
  const info = FAMILIES.find((f) => f.name === name);
  if (info === undefined) throw new Error(`unknown family ${name}`);
  return info;
}

/** What to tell the user when a package is not installed or failed to load. */
export function loadFailure(info: FamilyInfo, result: Extract<LoadResult, { ok: false }>): { reason: string; fix: string } {
  return result.missing
    ? { reason: `${info.pkg} is not installed`, fix: `npm install ${info.pkg}` }
    : { reason: `${info.pkg} failed to load: ${result.message}`, fix: `reinstall ${info.pkg} (npm install ${info.pkg} --foreground-scripts shows its native build)` };
}

/** The plugin a loaded package registered for `name`, found among its exports. */
export function pluginOf(module: FamilyModule, name: string): FamilyPlugin | undefined {
  for (const value of Object.values(module)) {
    const p = value as Partial<FamilyPlugin> | null;
    if (p !== null && typeof p === 'object' && p.name === name && typeof p.available === 'function' && typeof p.encode === 'function') return p as FamilyPlugin;
  }
  return undefined;
}

/**
 * The family's package, loaded, with the family available on this kernel;
 * otherwise a CliError (exit 3) that says why and what to do, in the words
 * of `sock families`.
 */
export async function requireFamily(name: string): Promise<{ module: FamilyModule; plugin: FamilyPlugin }> {
  const info = familyInfo(name);
  const result = await loadPackage(info.pkg);
  if (!result.ok) {
    const { reason, fix } = loadFailure(info, result);
    throw new CliError(EXIT.UNAVAILABLE, `${name} is not available: ${reason}; fix: ${fix}`);
  }
  const plugin = pluginOf(result.module, name);
  if (plugin === undefined || plugin.family < 0) {
    throw new CliError(EXIT.UNAVAILABLE, `${name} is not available: this platform's headers define no ${name}`);
  }
  if (!plugin.available()) throw new CliError(EXIT.UNAVAILABLE, `${name} is not available: ${plugin.unavailableReason()}`);
  return { module: result.module, plugin };
}
