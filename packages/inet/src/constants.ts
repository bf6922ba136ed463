/**
 * The inet constants (IPPROTO_*, IPPORT_*, INADDR_*, IP_*, IPV6_*, MCAST_*,
 * TCP_*, UDP_*, UDPLITE_*, EAI_*, AI_*, NI_*, SOL_* of the inet levels),
 * named once in constants.def and read from this platform's headers by the
 * addon (src/constants.generated.ts). A constant the platform lacks is
 * undefined, as it is absent from Python's module. INADDR_* are host-order
 * numbers, as in Python (INADDR_LOOPBACK is 0x7f000001); EAI_* are negative
 * on glibc. Here: the table by name and the readable-name lookups.
 */
import { invalidArgType } from '@sock/core';
import { nameOf as nameIn, reverseMap as reverseOf } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every inet constant this platform defines, by name. */
export const constants: ConstantMap = Object.freeze({ ...addon.constants });

/** Every name of constants.def, in its order (the headers' order). */
const ordered: readonly string[] = Object.values(groups).flat();

const reverseCache = new Map<string, ReadonlyMap<number, string>>();

/**
 * A reverse map of the constants whose names start with `prefix`, for
 * readable output. Where several names share a value, the first the headers
 * list wins ('IPPROTO_IP' over 'IPPROTO_HOPOPTS' for 0).
 */
export function reverseMap(prefix: string): ReadonlyMap<number, string> {
  if (typeof prefix !== 'string') throw invalidArgType('prefix', 'of type string', prefix);
  let map = reverseCache.get(prefix);
  if (!map) {
    map = reverseOf(constants, ordered.filter((name) => name.startsWith(prefix)));
    // Only prefixes some constant has are kept: a caller cannot grow the cache without bound.
    if (map.size > 0) reverseCache.set(prefix, map);
  }
  return map;
}

/** The constant's name ('IPPROTO_TCP' for `nameOf(6, 'IPPROTO_')`), or the number as a string when none matches. */
export function nameOf(value: number, prefix: string): string {
  if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
  if (typeof prefix !== 'string') throw invalidArgType('prefix', 'of type string', prefix);
  return nameIn(reverseMap(prefix), value);
}

const tcpStates = reverseOf(constants, groups.TCP_STATE);
const tcpCaStates = reverseOf(constants, groups.TCP_CA);
const eaiCodes = reverseOf(constants, groups.EAI);
const protocols = reverseOf(constants, groups.IPPROTO);

/** 'TCP_ESTABLISHED' for tcp_info's state 1 on Linux; the number as a string when unknown. */
export function tcpStateName(state: number): string {
  return nameIn(tcpStates, state);
}

/** 'TCP_CA_Open' for tcp_info's ca_state 0 on Linux. */
export function tcpCaStateName(state: number): string {
  return nameIn(tcpCaStates, state);
}

/** 'EAI_NONAME' for -2 on glibc. */
export function eaiName(code: number): string {
  return nameIn(eaiCodes, code);
}

/** 'IPPROTO_UDP' for 17. */
export function ipprotoName(proto: number): string {
  return nameIn(protocols, proto);
}
