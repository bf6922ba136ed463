/**
 * Python's `socket.AddressFamily` and `socket.SocketKind` IntEnums, as
 * frozen objects shaped like TypeScript's numeric enums: a name gives its
 * value and a value gives its name back.
 *
 *   AddressFamily.AF_INET === 2        AddressFamily[2] === 'AF_INET'
 *   SocketKind.SOCK_STREAM === 1       SocketKind[1] === 'SOCK_STREAM'
 *
 * Members are the AF_ and SOCK_ constants this platform's headers define
 * (a name the platform lacks is absent, as from Python's enum). Where
 * several names share a value the reverse lookup gives the canonical one:
 * AF_UNIX for AF_LOCAL/AF_FILE, AF_NETLINK for AF_ROUTE. A socket's
 * `family` and `type` stay plain numbers: `AddressFamily[s.family]` names one.
 */
import type { KnownFamilyName } from './address-types.js';
import { constants } from './constants.js';
import type { FamilyNumber } from './family-number.js';
import { native } from './native.js';

/** `AddressFamily`: AF_ name -> number, number -> AF_ name. */
export type AddressFamilyEnum = { readonly [N in KnownFamilyName]?: FamilyNumber<N> } & {
  readonly [name: `AF_${string}`]: number | undefined;
  readonly [value: number]: string | undefined;
};

/** `SocketKind`: SOCK_ name -> number, number -> SOCK_ name. */
export type SocketKindEnum = {
  readonly [name: `SOCK_${string}`]: number | undefined;
  readonly [value: number]: string | undefined;
};

/** Header names that alias another AF_ value; the reverse lookup never gives them. */
const FAMILY_ALIASES: ReadonlySet<string> = new Set(['AF_LOCAL', 'AF_FILE', 'AF_ROUTE']);

function numericEnum(entries: Iterable<[string, number]>, alias: (name: string) => boolean): Readonly<Record<string | number, string | number>> {
  const sorted = [...entries].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string | number, string | number> = {};
  for (const [name, value] of sorted) out[name] = value;
  for (const pass of [false, true]) {
    for (const [name, value] of sorted) if (alias(name) === pass && !(value in out)) out[value] = name;
  }
  return Object.freeze(out);
}

/** Python's `socket.AddressFamily`: `AddressFamily.AF_INET === 2`, `AddressFamily[2] === 'AF_INET'`. */
export const AddressFamily = numericEnum(
  Object.entries(native.families).filter(([name]) => name.startsWith('AF_')),
  (name) => FAMILY_ALIASES.has(name),
) as AddressFamilyEnum;

/** Python's `socket.SocketKind`: `SocketKind.SOCK_STREAM === 1`, `SocketKind[1] === 'SOCK_STREAM'`. */
export const SocketKind = numericEnum(
  Object.entries(constants).filter(([name]) => name.startsWith('SOCK_')),
  () => false,
) as SocketKindEnum;
