/**
 * The family registry: how an address family (AF_INET, AF_CAN, ...) plugs
 * into core. A family package calls `registerFamily()` when it is imported;
 * core looks the plugin up for every address it encodes or decodes.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError } from './errors.js';
import { native } from './native.js';
import { toBytes, validateInteger } from './validate.js';

/** What a codec knows about the socket it works for. */
export interface AddressContext {
  readonly family: number;
  readonly type: number;
  readonly proto: number;
  /** The method on whose behalf the address is handled: 'bind', 'connect', 'sendto', 'recvfrom', ... */
  readonly caller: string;
  /**
   * The socket's fd, when there is one: a codec may use it for lookups that
   * belong to the socket's network namespace (SIOCGIFINDEX on the fd, as
   * CPython does for AF_PACKET and AF_CAN). Absent for codecs used without a socket.
   */
  readonly fd?: number;
}

/**
 * An address family, as a family package provides it. The rules every
 * plugin keeps (checked by `runFamilyContract` from `@sock/core/testing`):
 *
 * 1. `family` is this platform's AF_ value, read from the headers; `name` its
 *    C name ('AF_CAN').
 * 2. `available()` never throws and is cheap after the first call (probe
 *    once, cache). When it is false, `unavailableReason()` says why in words
 *    a user can act on ("the kernel lacks AF_CAN: modprobe can").
 * 3. `encode(address, ctx)` returns the sockaddr bytes for a valid address
 *    and throws TypeError (ERR_INVALID_ARG_TYPE) for a wrong tuple shape,
 *    RangeError (ERR_OUT_OF_RANGE) for a number out of range, or the OSError
 *    CPython raises (errno null, e.g. 'AF_UNIX path too long'). It never
 *    truncates silently. It may block (name resolution) only in its sync
 *    form; `encodeAsync`, when present, must not block the event loop.
 * 4. `decode(bytes, ctx)` accepts every sockaddr the kernel can return,
 *    including short ones (truncated by the kernel, or only sa_family), and
 *    returns the address tuple; `decode(encode(a))` is `a` in the family's
 *    canonical form. Its result depends only on the bytes and the socket:
 *    core reuses it for the same bytes on the same socket (a peer that keeps
 *    sending), and encodes a tuple it returned, unchanged, back to those
 *    bytes without calling `encode`.
 * 5. `constants` holds the family's constants as this platform defines them.
 * 6. Ownership: `decode` receives bytes core copied for it and may keep them
 *    (core never modifies them); core does not modify or keep what `encode`
 *    returns beyond the call.
 */
export interface FamilyPlugin<Address = unknown> {
  readonly family: number;
  readonly name: string;
  /** The npm package that provides the plugin, for messages. */
  readonly packageName: string;
  readonly constants: Readonly<Record<string, number>>;
  available(): boolean;
  unavailableReason(): string | null;
  encode(address: unknown, ctx: AddressContext): Uint8Array;
  encodeAsync?(address: unknown, ctx: AddressContext): Promise<Uint8Array>;
  decode(bytes: Uint8Array, ctx: AddressContext): Address;
  /**
   * True when the family's integer socket options are 64-bit unsigned
   * (AF_VSOCK): getsockopt/setsockopt then read and write 8 bytes, and the
   * buffer form of getsockopt is refused, as in CPython.
   */
  readonly int64Options?: boolean;
  /**
   * True when the family can carry SCM_RIGHTS (AF_UNIX): recvmsg then passes
   * MSG_CMSG_CLOEXEC so that received fds are non-inheritable. Other
   * families' recvmsg may refuse unknown flags (AF_PACKET answers EINVAL).
   */
  readonly passesFds?: boolean;
  /**
   * Words to add when socket(2) fails for this family, e.g. 'needs
   * CAP_NET_RAW' for EPERM. Returns null when there is nothing to add.
   */
  socketErrorHint?(errno: number, type: number, proto: number): string | null;
  /**
   * False when the kernel cannot name an accepted socket's peer (AF_ALG has
   * no getname, so accept(2) with an address buffer fails with
   * ECONNABORTED): accept/acceptSync then call accept4(2) with a NULL
   * address and return `[conn, null]`. Absent or true: the peer's address.
   */
  readonly acceptReturnsAddress?: boolean;
  /**
   * False when the family's sendmsg refuses MSG_NOSIGNAL (AF_RDS,
   * AF_QIPCRTR answer EOPNOTSUPP): core then never adds it to send, sendall,
   * sendto or sendmsg on this family's sockets. Absent or true: core adds it
   * where the platform has it, so a closed peer raises BrokenPipeError.
   */
  readonly sendNoSignal?: boolean;
}

const plugins = new Map<number, FamilyPlugin>();

/** The package that serves each AF_ name, for the "install it" message. */
const packageFor: Readonly<Record<string, string>> = {
  AF_INET: '@sock/inet',
  AF_INET6: '@sock/inet',
  AF_UNIX: '@sock/unix',
  AF_CAN: '@sock/can',
  AF_BLUETOOTH: '@sock/bluetooth',
  AF_PACKET: '@sock/packet',
  AF_ALG: '@sock/alg',
  AF_VSOCK: '@sock/vsock',
  AF_TIPC: '@sock/tipc',
  AF_NETLINK: '@sock/netlink',
  AF_RDS: '@sock/rds',
  AF_QIPCRTR: '@sock/qipcrtr',
};

/** Header names that are aliases of another AF_ value on some platform. */
const aliases = new Set(['AF_LOCAL', 'AF_FILE', 'AF_ROUTE']);
const headerNames = new Map<number, string>();
for (const [name, value] of Object.entries(native.families)) {
  if (!aliases.has(name) && name.startsWith('AF_') && !headerNames.has(value)) headerNames.set(value, name);
}
for (const [name, value] of Object.entries(native.families)) {
  if (!headerNames.has(value)) headerNames.set(value, name);
}

/** The AF_ name of a family number, from the registry or the headers. */
export function familyName(family: number): string {
  const p = plugins.get(family);
  if (p) return p.name;
  if (typeof family !== 'number') throw invalidArgType('family', 'of type number', family);
  return headerNames.get(family) ?? String(family);
}

/**
 * Registers an address family and returns true. Registering the same plugin
 * object twice is a no-op; a different plugin for a family already
 * registered is an error (two copies of a family package in one process).
 *
 * A plugin whose `family` is -1 (the platform has no number for it, as
 * `defineFamily` gives) is not registered: registerFamily returns false, and
 * the plugin still answers `available()` false with its reason. Family
 * packages call registerFamily at import on every platform.
 */
export function registerFamily(plugin: FamilyPlugin): boolean {
  if (plugin === null || typeof plugin !== 'object' || types.isProxy(plugin)) throw invalidArgType('plugin', 'a FamilyPlugin object', plugin);
  if (plugin.family === -1) return false;
  validateInteger(plugin?.family, 'plugin.family', 0, 0xffff);
  for (const fn of ['available', 'unavailableReason', 'encode', 'decode'] as const) {
    if (typeof plugin[fn] !== 'function') throw invalidArgType(`plugin.${fn}`, 'a function', plugin[fn]);
  }
  const existing = plugins.get(plugin.family);
  if (existing === plugin) return true;
  if (existing) {
    throw invalidArgValue(
      'plugin',
      plugin.family,
      `(${typeof plugin.name === 'string' ? plugin.name : 'family'}) is already registered by ${existing.packageName}; is ${typeof plugin.packageName === 'string' ? plugin.packageName : 'its package'} installed twice?`,
    );
  }
  plugins.set(plugin.family, plugin);
  return true;
}

/** Removes a registration (for tests of the registry itself). */
export function unregisterFamily(family: number): boolean {
  return plugins.delete(family);
}

export function lookupFamily(family: number): FamilyPlugin | undefined {
  return plugins.get(family);
}

export function registeredFamilies(): FamilyPlugin[] {
  return [...plugins.values()];
}

/** The error for a family nobody registered, naming the package to install. */
export function unregisteredFamilyError(family: number): Error {
  const name = familyName(family);
  const pkg = packageFor[name];
  const hint = pkg
    ? `install ${pkg} and import it (import '${pkg}') before creating the socket`
    : 'no @sock package serves it; a family package can add it with registerFamily()';
  const err = new Error(`address family ${name} is not registered: ${hint}`);
  Object.defineProperty(err, 'code', { value: 'ERR_SOCK_FAMILY_NOT_REGISTERED', enumerable: true });
  return err;
}

/** The plugin for `family`, or the error that says which package provides it. */
export function requireFamily(family: number): FamilyPlugin {
  const p = plugins.get(family);
  if (!p) throw unregisteredFamilyError(family);
  return p;
}

/** Python's output for a family no codec knows: `[sa_family, sa_data]`. */
export function decodeUnknown(sockaddr: ArrayBufferView): [number, Buffer] {
  const bytes = toBytes(sockaddr, 'bytes');
  if (bytes.length < 2) throw osError('getsockaddrlen: bad family');
  const family = endianness() === 'LE' ? bytes[0]! | (bytes[1]! << 8) : (bytes[0]! << 8) | bytes[1]!;
  return [family, Buffer.from(bytes.subarray(2, 16))];
}
