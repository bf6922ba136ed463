/**
 * Opening the socket an address names: load the family (exit 3 with the
 * `sock families` hint when it is missing), socket(2), the address's
 * options, then connect(2) or bind(2) (+ listen(2)) as the role asks.
 */
import { constants as core, Socket } from '@sock/core';
import { badAddress, type AddressSpec } from './address.js';
import { CliError, EXIT } from './errors.js';
import { requireFamily, type FamilyModule } from './families.js';
import { hciParts, type Style } from './kinds.js';

export interface Opened {
  readonly sock: Socket;
  readonly spec: AddressSpec;
  readonly style: Style;
  /** The socket keeps message boundaries (anything but SOCK_STREAM). */
  readonly messages: boolean;
  readonly module: FamilyModule;
  readonly family: string;
}

function constantOf(mod: FamilyModule, name: string, text: string, what: string): number {
  const v = core[name] ?? mod[name];
  if (typeof v !== 'number') throw badAddress(text, `setsockopt ${what} ${JSON.stringify(name)} is not a constant this platform and family define`);
  return v;
}

/**
 * What a kind sets on its own before the user's options, so that
 * `,setsockopt=` can still change it: CAN raw sockets take CAN FD frames (as
 * candump does), raw-channel HCI sockets pass every packet type and event
 * (as hcidump does: a new HCI socket's filter passes nothing).
 */
function kindDefaults(o: Opened): void {
  const { sock, spec, module } = o;
  if (spec.kind.name === 'can') {
    const level = module.SOL_CAN_RAW;
    const fd = module.CAN_RAW_FD_FRAMES;
    if (typeof level === 'number' && typeof fd === 'number') {
      try {
        sock.setsockopt(level, fd, 1);
      } catch {
        // A kernel without CAN FD: classic frames only.
      }
    }
  }
  if (spec.kind.name === 'hci' && hciParts(module, spec.rest, spec.text).channel === module.HCI_CHANNEL_RAW) {
    const filter = (module.hciFilter as (init: { events: 'all' }) => object)({ events: 'all' });
    (module.hciFilterAllPacketTypes as (f: object) => void)(filter);
    (module.setHciFilter as (s: Socket, f: object) => void)(sock, filter);
  }
}

function applyOptions(o: Opened): void {
  const { sock, spec, module } = o;
  const { options, text } = spec;
  kindDefaults(o);
  if (options.reuseaddr) sock.setsockopt(core.SOL_SOCKET!, core.SO_REUSEADDR!, 1);
  if (options.reuseport) {
    if (core.SO_REUSEPORT === undefined) throw badAddress(text, 'this platform has no SO_REUSEPORT');
    sock.setsockopt(core.SOL_SOCKET!, core.SO_REUSEPORT, 1);
  }
  for (const opt of options.setsockopt) {
    sock.setsockopt(constantOf(module, opt.level, text, 'level'), constantOf(module, opt.name, text, 'option'), opt.value);
  }
}

/** socket(2) and the address's options, nothing bound or connected yet. */
export async function openSocket(spec: AddressSpec): Promise<Opened> {
  const family = spec.kind.familyFor?.(spec.rest, spec.text) ?? spec.kind.family;
  const { module, plugin } = await requireFamily(family);
  const label = spec.options.type ?? Object.keys(spec.kind.types)[0]!;
  const type = core[spec.kind.types[label]!];
  if (type === undefined) throw badAddress(spec.text, `this platform has no ${spec.kind.types[label]}`);
  const proto = spec.kind.proto(module, spec.rest, spec.text);
  // Resolve the address before socket(2): a name it lacks is a usage error, not a leaked fd.
  spec.kind.address(module, spec.rest, spec.text);
  const sock = new Socket(plugin.family, type, proto);
  const opened: Opened = { sock, spec, style: spec.kind.style(label), messages: type !== core.SOCK_STREAM, module, family };
  try {
    applyOptions(opened);
  } catch (err) {
    sock.close();
    throw err;
  }
  return opened;
}

/**
 * A failed bind or connect, with the family's advice where it has some
 * (@sock/bluetooth's: EBUSY on the HCI user channel, EPERM, ERFKILL).
 */
function withHint(o: Opened, err: unknown): unknown {
  const hint = o.module.bluetoothErrorHint;
  const e = err as { errno?: unknown; message?: unknown } | null;
  if (o.family === 'AF_BLUETOOTH' && typeof hint === 'function' && e !== null && typeof e === 'object' && typeof e.errno === 'number' && typeof e.message === 'string') {
    const text = (hint as (errno: number) => string | null)(e.errno);
    if (text) return new CliError(EXIT.OS_ERROR, `${o.spec.text}: ${e.message}; ${text}`);
  }
  return err;
}

function localOf(o: Opened): unknown {
  const { spec, module } = o;
  return spec.options.bind === undefined ? undefined : spec.kind.local(module, spec.options.bind, spec.text);
}

/**
 * The socket for the connecting end: stream and datagram kinds connect(2)
 * (a Unix datagram client autobinds first so that replies can reach it);
 * bound kinds bind(2) to their interface or groups (J1939 binds its
 * `,bind=` source, then connects).
 */
export async function openConnect(spec: AddressSpec, signal?: AbortSignal): Promise<Opened> {
  const o = await openSocket(spec);
  const { sock, module } = o;
  try {
    const address = spec.kind.address(module, spec.rest, spec.text);
    const local = localOf(o);
    if (o.style === 'bound') {
      if (spec.kind.name === 'j1939') {
        const [iface] = address as [string];
        sock.bind((local ?? [iface, BigInt(module.J1939_NO_NAME as number), module.J1939_NO_PGN, module.J1939_NO_ADDR]) as never);
        await sock.connect(address as never, signal ? { signal } : undefined);
      } else sock.bind(address as never);
    } else {
      if (local !== undefined) sock.bind(local as never);
      else if (o.family === 'AF_UNIX' && o.style === 'datagram') sock.bind('' as never);
      // RDS sends only from a bound address: the destination's host (loopback tests); ,bind= for a remote peer.
      else if (o.family === 'AF_RDS') sock.bind([(address as [string])[0], 0] as never);
      await sock.connect(address as never, signal ? { signal } : undefined);
    }
    return o;
  } catch (err) {
    sock.close();
    throw withHint(o, err);
  }
}

/**
 * The socket for the listening end: stream kinds bind(2) and listen(2)
 * (inet ones with SO_REUSEADDR, as Python's create_server); datagram kinds
 * bind; bound kinds bind as when connecting.
 */
export async function openListen(spec: AddressSpec): Promise<Opened> {
  if (spec.options.bind !== undefined && spec.kind.name !== 'j1939') {
    throw badAddress(spec.text, 'bind= is for the connecting end; a listening address is itself the local address');
  }
  const o = await openSocket(spec);
  const { sock, module } = o;
  try {
    if (o.style === 'bound' && spec.kind.name === 'j1939') {
      sock.bind((localOf(o) ?? spec.kind.address(module, spec.rest, spec.text)) as never);
      return o;
    }
    if (o.style === 'stream' && (o.family === 'AF_INET' || o.family === 'AF_INET6') && !spec.options.reuseaddr) {
      sock.setsockopt(core.SOL_SOCKET!, core.SO_REUSEADDR!, 1);
    }
    sock.bind((spec.kind.listenAddress?.(module, spec.rest, spec.text) ?? spec.kind.address(module, spec.rest, spec.text)) as never);
    if (o.style === 'stream') sock.listen();
    return o;
  } catch (err) {
    sock.close();
    throw withHint(o, err);
  }
}

/** An address tuple as the user would write it after KIND: (for -v messages and --json). */
export function formatAddress(address: unknown): string {
  // J1939's [IFACE, NAME, PGN, ADDR] (the only tuple with a bigint), in j1939:'s hex.
  if (Array.isArray(address) && address.length === 4 && typeof address[0] === 'string' && typeof address[1] === 'bigint') {
    return [address[0], ...address.slice(1).map((v: bigint | number) => v.toString(16))].join(':');
  }
  if (typeof address === 'string') return address.startsWith('\0') ? `@${address.slice(1)}` : address;
  if (Buffer.isBuffer(address)) return address[0] === 0 ? `@${address.subarray(1).toString()}` : address.toString();
  if (Array.isArray(address)) {
    if (address.length >= 2 && typeof address[0] === 'string' && typeof address[1] === 'number' && (address.length === 2 || address.length === 4)) {
      return address[0].includes(':') ? `[${address[0]}]:${address[1]}` : `${address[0]}:${address[1]}`;
    }
    return address.map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? `0x${v.toString(16)}` : String(v))).join(':');
  }
  return String(address);
}
