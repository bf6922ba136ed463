/**
 * `defineFamily`: a family's plugin from a declarative spec, with the parts
 * every family used to write itself (probe once, the unavailable reason,
 * the socket(2) error hints, the platform that lacks the family).
 */
import { sockTypeName } from '../constants.js';
import { errno as E, errnoName } from '../errors.js';
import { native } from '../native.js';
import type { AddressContext, FamilyPlugin } from '../registry.js';

/** What a family declares; see docs/writing-a-family.md. */
export interface FamilySpec<A> {
  /** This platform's AF_ value from the family's constants; undefined where the headers lack it. */
  readonly family: number | undefined;
  /** The C name, 'AF_CAN'. */
  readonly name: string;
  /** The npm package, for messages ('@sock/can'). */
  readonly packageName: string;
  readonly constants: Readonly<Record<string, number>>;
  /**
   * The socket the availability probe opens once (socket(2), then close):
   * one every kernel with the family gives to an unprivileged user where it
   * can (AF_PACKET needs CAP_NET_RAW whatever the type, so its probe says
   * whether this process may use it).
   */
  readonly probe: { readonly type: number | undefined; readonly proto?: number };
  /**
   * The kernel module that provides the family ('can', 'vsock_loopback'):
   * an EAFNOSUPPORT from socket(2) then says "the kernel lacks AF_X:
   * modprobe <module>", unless `socketErrorHint` answers first.
   */
  readonly module?: string;
  /** Why a platform may lack the family, for `unavailableReason` ('netlink is Linux-only'). */
  readonly absentReason?: string;
  /** Words to add to a failed socket(2) (errno positive); null: nothing to add. */
  socketErrorHint?(errno: number, type: number, proto: number): string | null;
  /** The family carries SCM_RIGHTS (see FamilyPlugin.passesFds). */
  readonly passesFds?: boolean;
  /** Integer options are 64-bit (see FamilyPlugin.int64Options). */
  readonly int64Options?: boolean;
  /** False: accept(2) passes a NULL address and returns `[conn, null]` (see FamilyPlugin.acceptReturnsAddress). */
  readonly acceptReturnsAddress?: boolean;
  /** False: core never adds MSG_NOSIGNAL to sends (see FamilyPlugin.sendNoSignal). */
  readonly sendNoSignal?: boolean;
  /** The sockaddr codec, under the rules of FamilyPlugin (registry.ts). */
  encode(address: unknown, ctx: AddressContext): Uint8Array;
  /** encode without blocking the event loop (name resolution), when the family resolves names. */
  encodeAsync?(address: unknown, ctx: AddressContext): Promise<Uint8Array>;
  decode(bytes: Uint8Array, ctx: AddressContext): A;
}

/**
 * errnos of socket(2) that mean this process will never get the family
 * (cached as the reason); others (EMFILE, ENFILE, ENOBUFS, ENOMEM) are
 * passing trouble: the family counts as available and the probe runs again
 * next time.
 */
const REFUSALS = new Set(
  ['EAFNOSUPPORT', 'EPROTONOSUPPORT', 'ESOCKTNOSUPPORT', 'EPROTOTYPE', 'EOPNOTSUPP', 'EACCES', 'EPERM', 'EINVAL']
    .map((n) => E[n])
    .filter((v): v is number => v !== undefined),
);

/**
 * socket(2) then close(2), for availability probes: 0 when the kernel gave
 * a socket, else the errno (positive). Never throws.
 */
export function probeSocket(family: number, type: number, proto = 0): number {
  const fd = native.socket(family, type, proto);
  if (fd < 0) return -fd;
  native.close(fd);
  return 0;
}

/**
 * The hint for a failed socket(2) of this family: the spec's
 * `socketErrorHint`, then the module hint for EAFNOSUPPORT.
 */
function hintOf<A>(spec: FamilySpec<A>): (errno: number, type: number, proto: number) => string | null {
  const own = spec.socketErrorHint;
  const moduleHint = spec.module === undefined ? null : `the kernel lacks ${spec.name}: modprobe ${spec.module}`;
  return (errno, type, proto) => own?.(errno, type, proto) ?? (errno === E.EAFNOSUPPORT && moduleHint !== null ? moduleHint : null);
}

/**
 * The family plugin of `spec`, frozen. Rules it keeps for the family:
 *
 * - `available()` probes once (`spec.probe`: socket(2) then close) and
 *   caches a refusal; it never throws. `unavailableReason()` says which
 *   call failed, with which errno, and the hint (`socketErrorHint`, or
 *   "modprobe <module>" for EAFNOSUPPORT).
 * - Where `spec.family` is undefined (the platform's headers lack the
 *   family), `family` is -1, `available()` is false with the reason, and
 *   `registerFamily` does not register it: importing the package never
 *   throws on any platform.
 * - The plugin's `socketErrorHint` is the same hint, so `new Socket(...)`'s
 *   OSError carries it too.
 */
export function defineFamily<A>(spec: FamilySpec<A>): FamilyPlugin<A> {
  const hint = hintOf(spec);
  let cached: string | null | undefined;
  const reason = (): string | null => {
    if (cached !== undefined) return cached;
    if (spec.family === undefined || spec.probe.type === undefined) {
      cached = `this platform's headers define no ${spec.family === undefined ? spec.name : `socket type for the ${spec.name} probe`}${spec.absentReason ? ` (${spec.absentReason})` : ''}`;
      return cached;
    }
    const proto = spec.probe.proto ?? 0;
    const err = probeSocket(spec.family, spec.probe.type, proto);
    if (err === 0) return (cached = null);
    if (!REFUSALS.has(err)) return null;
    const extra = hint(err, spec.probe.type, proto);
    cached =
      `socket(${spec.name}, ${sockTypeName(spec.probe.type)}, ${proto}) failed with ${errnoName(err) ?? `errno ${err}`} (${native.strerror(err)})` +
      (extra === null ? '' : `: ${extra}`);
    return cached;
  };
  const plugin: FamilyPlugin<A> = {
    family: spec.family ?? -1,
    name: spec.name,
    packageName: spec.packageName,
    constants: spec.constants,
    available: () => reason() === null,
    unavailableReason: reason,
    socketErrorHint: hint,
    encode: spec.encode,
    decode: spec.decode,
    ...(spec.encodeAsync && { encodeAsync: spec.encodeAsync }),
    ...(spec.passesFds !== undefined && { passesFds: spec.passesFds }),
    ...(spec.int64Options !== undefined && { int64Options: spec.int64Options }),
    ...(spec.acceptReturnsAddress !== undefined && { acceptReturnsAddress: spec.acceptReturnsAddress }),
    ...(spec.sendNoSignal !== undefined && { sendNoSignal: spec.sendNoSignal }),
  };
  return Object.freeze(plugin);
}
