/** `sock families`: what this machine supports, per family and socket type, and what to do where it does not. */
import { constants as core, errnoName } from '@sock/core';
import { headerFamilies, probeSocket, strerror } from '@sock/core/family';
import { helpText, parseArgs, type FlagSpec } from '../args.js';
import { usage } from '../errors.js';
import { FAMILIES, loadFailure, loadPackage, pluginOf, type FamilyInfo, type TypeProbe } from '../families.js';
import type { Io } from '../io.js';
import { KINDS } from '../kinds.js';

export interface TypeStatus {
  type: string;
  available: boolean;
  reason?: string;
  fix?: string;
}

export interface FamilyStatus {
  family: string;
  package: string;
  /** available: the plugin's probe succeeded; the others say why not. */
  status: 'available' | 'unavailable' | 'not-installed' | 'load-failed' | 'absent';
  reason?: string;
  fix?: string;
  types: TypeStatus[];
  /** The address kinds (`tcp`, `udp`, ...) and commands (`hash`) of `sock` that use the family. */
  kinds: string[];
}

/** The address kinds of a family; AF_ALG is `sock hash`'s. */
export function kindsOf(family: string): string[] {
  const kinds = KINDS.filter((k) => k.family === family || (family === 'AF_INET6' && k.familyFor !== undefined)).map((k) => `${k.name}:`);
  return family === 'AF_ALG' ? [...kinds, 'sock hash'] : kinds;
}

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', help: 'print one JSON document' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const HELP = helpText(
  'sock families [--json]',
  'Lists every address family, whether this machine supports it (package installed,\nkernel has it, this process may use it) and each socket type, with the reason\nand the fix where it does not.',
  FLAGS,
  'exit status: 0',
);

function numberOf(name: string | number | undefined, own: Readonly<Record<string, number>>): number | undefined {
  if (name === undefined) return 0;
  if (typeof name === 'number') return name;
  return own[name] ?? core[name];
}

/** A fix for a socket(2) errno when the family itself has nothing to add. */
function genericFix(err: number, info: FamilyInfo, probe: TypeProbe): string | undefined {
  const name = errnoName(err);
  if (name === 'EPERM' || name === 'EACCES') {
    return `needs CAP_NET_RAW (or CAP_NET_ADMIN): run as root, or grant it: sudo setcap cap_net_raw,cap_net_admin+ep "$(command -v node)"`;
  }
  if (name === 'EAFNOSUPPORT') return `the kernel lacks ${info.name}`;
  if (name === 'ESOCKTNOSUPPORT' || name === 'EPROTONOSUPPORT' || name === 'EPROTOTYPE' || name === 'EINVAL') {
    return `this kernel has no ${probe.label} sockets for ${info.name}`;
  }
  return undefined;
}

function probeType(info: FamilyInfo, af: number, probe: TypeProbe, own: Readonly<Record<string, number>>, hint?: (e: number, t: number, p: number) => string | null): TypeStatus {
  const type = core[probe.type];
  const proto = numberOf(probe.proto, own);
  if (type === undefined || proto === undefined) {
    return { type: probe.label, available: false, reason: `this platform defines no ${type === undefined ? probe.type : String(probe.proto)}` };
  }
  const err = probeSocket(af, type, proto);
  if (err === 0) return { type: probe.label, available: true };
  const status: TypeStatus = {
    type: probe.label,
    available: false,
    reason: `socket(${info.name}, ${probe.type}, ${probe.proto ?? 0}) failed with ${errnoName(err) ?? `errno ${err}`} (${strerror(err)})`,
  };
  const fix = hint?.(err, type, proto) ?? genericFix(err, info, probe);
  if (fix !== undefined) status.fix = fix;
  return status;
}

export async function familyStatus(info: FamilyInfo): Promise<FamilyStatus> {
  const out: FamilyStatus = { family: info.name, package: info.pkg, status: 'available', types: [], kinds: kindsOf(info.name) };
  const result = await loadPackage(info.pkg);
  const af = headerFamilies[info.name];
  if (!result.ok) {
    const { reason, fix } = loadFailure(info, result);
    Object.assign(out, { status: result.missing ? 'not-installed' : 'load-failed', reason, fix });
    if (af !== undefined) out.types = info.types.map((t) => probeType(info, af, t, {}));
    return out;
  }
  const plugin = pluginOf(result.module, info.name);
  if (plugin === undefined || plugin.family < 0) {
    Object.assign(out, { status: 'absent', reason: plugin?.unavailableReason() ?? `this platform's headers define no ${info.name}` });
    return out;
  }
  if (!plugin.available()) Object.assign(out, { status: 'unavailable', reason: plugin.unavailableReason() });
  out.types = info.types.map((t) => probeType(info, plugin.family, t, plugin.constants, plugin.socketErrorHint?.bind(plugin)));
  return out;
}

export function formatFamilies(list: readonly FamilyStatus[]): string {
  const lines = ['family         package           status'];
  for (const f of list) {
    const ok = f.types.filter((t) => t.available).map((t) => t.type);
    const head = `${f.family.padEnd(14)} ${f.package.padEnd(17)} `;
    if (f.status === 'available') lines.push(`${head}yes: ${ok.join(', ') || 'no socket type'}`);
    else lines.push(`${head}no: ${f.reason}${f.fix ? `; fix: ${f.fix}` : ''}`);
    for (const t of f.types) {
      if (t.available || f.status !== 'available') continue;
      lines.push(`${''.padEnd(33)}${t.type}: no: ${t.reason}${t.fix ? `; fix: ${t.fix}` : ''}`);
    }
  }
  lines.push('', 'addresses (sock --help):');
  for (const f of list) if (f.kinds.length > 0) lines.push(`  ${f.family.padEnd(14)} ${f.kinds.join(' ')}`);
  return `${lines.join('\n')}\n`;
}

export async function families(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, FLAGS, 'families');
  if (args.flags.has('help')) return io.out(HELP), 0;
  if (args.positional.length > 0) {
    throw usage(`unexpected argument ${JSON.stringify(args.positional[0])}`);
  }
  const list: FamilyStatus[] = [];
  for (const info of FAMILIES) list.push(await familyStatus(info));
  io.out(args.flags.has('json') ? `${JSON.stringify({ families: list }, null, 2)}\n` : formatFamilies(list));
  return 0;
}
