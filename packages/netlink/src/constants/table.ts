/**
 * The netlink constants as one table, with reverse maps. Values come from the
 * headers through the addon; a name the platform lacks is absent, as in
 * Python's module. The groups are constants.def's.
 */
import { invalidArgType } from '@sock/core';
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from '../constants.generated.js';
import { addon } from '../native.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every netlink constant this platform's headers define. */
export const constants: ConstantMap = Object.freeze({ ...addon.constants });

/** The names of each group ('RTM', 'IFLA', 'NLM_F', 'RTNLGRP', ...) this platform defines, in header order. */
export const constantGroups: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(groups).map(([g, names]) => [g, Object.freeze(names.filter((name) => Object.hasOwn(constants, name)))])),
);

/** Names that are bounds or aliases rather than values of their own. */
const notAName = /(^|_)(MAX|BASE|NR_MSGTYPES|NR_FAMILIES|ALIGNTO|COMPARE_MASK|VOLATILE)$|^IFNAMSIZ$|^NETLINK_INET_DIAG$/;

const reverse = new Map<string, ReadonlyMap<number, string>>();
function reverseOf(group: string): ReadonlyMap<number, string> {
  let map = reverse.get(group);
  if (!map) {
    const names = Object.hasOwn(constantGroups, group) ? constantGroups[group]! : [];
    map = reverseMap(constants, names.filter((name) => !notAName.test(name)));
    // Only the groups there are are kept: a caller cannot grow the cache without bound.
    if (names.length > 0) reverse.set(group, map);
  }
  return map;
}

/**
 * The C name of `value` in a group of constants: `constantName('RTM', 16)`
 * is 'RTM_NEWLINK'. An unknown value prints as its number.
 */
export function constantName(group: string, value: number): string {
  if (typeof group !== 'string') throw invalidArgType('group', 'of type string', group);
  if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
  return nameOf(reverseOf(group), value);
}

/**
 * The names of the bits set in a flag word, lowest bit first:
 * `flagNames('IFF', 0x49)` is ['IFF_UP', 'IFF_LOOPBACK', 'IFF_RUNNING'].
 * Bits no name covers print as one hexadecimal number at the end.
 */
export function flagNames(group: string, flags: number): string[] {
  if (typeof group !== 'string') throw invalidArgType('group', 'of type string', group);
  if (typeof flags !== 'number') throw invalidArgType('flags', 'of type number', flags);
  const out: string[] = [];
  let rest = flags >>> 0;
  for (let bit = 0; bit < 32 && rest !== 0; bit++) {
    const v = (1 << bit) >>> 0;
    if ((rest & v) === 0) continue;
    const name = reverseOf(group).get(v);
    if (name === undefined) continue;
    out.push(name);
    rest = (rest & ~v) >>> 0;
  }
  if (rest !== 0) out.push(`0x${rest.toString(16)}`);
  return out;
}

/**
 * The name of a message type: NLMSG_* for the control types every protocol
 * shares, RTM_* for NETLINK_ROUTE (`protocol` omitted or NETLINK_ROUTE), else
 * the number.
 */
export function messageTypeName(type: number, protocol?: number): string {
  if (typeof type !== 'number') throw invalidArgType('type', 'of type number', type);
  const control = reverseOf('NLMSG').get(type);
  if (control !== undefined) return control;
  if (protocol === undefined || protocol === constants.NETLINK_ROUTE) return constantName('RTM', type);
  return String(type);
}
