import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as inet from '@sock/inet';
import { constants, eaiName, groups, ipprotoName, nameOf, reverseMap, tcpCaStateName, tcpStateName } from '@sock/inet';
import { hasPython, python } from './helpers.js';

const names: readonly string[] = Object.values(groups).flat();
/** The names constants.def marks `linux`: typed number, so Linux must define them. */
const linuxNames = [...readFileSync(new URL('../constants.def', import.meta.url), 'utf8').matchAll(/^(\w+)\s+linux(?=\s|$)/gm)].map((m) => m[1]!);

describe('constants', () => {
  it('exports every name of constants.def, with the value the headers gave or undefined', () => {
    const exported = inet as unknown as Record<string, unknown>;
    expect(names.length).toBeGreaterThan(400);
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')('defines every name constants.def types as number on Linux', () => {
    expect(linuxNames.length).toBeGreaterThan(300);
    expect(linuxNames.filter((name) => typeof constants[name] !== 'number')).toEqual([]);
  });

  it.skipIf(!hasPython)("agrees with CPython on every generated name it has, and has every one CPython exposes (needs python3)", () => {
    const prefixes = Object.keys(groups).filter((g) => g !== 'AF' && g !== 'SOL').map((g) => `${g}_`);
    const py = python<{ ours: Record<string, number>; theirs: string[] }>(
      `import socket, json, sys
names, prefixes = json.load(sys.stdin)
print(json.dumps({'ours': {n: int(getattr(socket, n)) for n in names if hasattr(socket, n)},
                  'theirs': [n for n in dir(socket) if n.startswith(tuple(prefixes))]}))`,
      [names, prefixes],
    );
    expect(Object.keys(py.ours).length).toBeGreaterThan(50);
    expect(Object.entries(py.ours).filter(([name, value]) => constants[name] !== value)).toEqual([]);
    expect(py.theirs.filter((name) => constants[name] === undefined)).toEqual([]);
  });

  it('exports every constant the headers gave by name, and nothing more', () => {
    const exported = inet as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(constants)) expect(exported[name], name).toBe(value);
    const constantLike = Object.keys(exported).filter((k) => /^[A-Z][A-Z0-9_]*[A-Za-z0-9]$/.test(k) && typeof exported[k] === 'number');
    for (const name of constantLike.filter((n) => n !== 'TCP_INFO_SIZE')) expect(constants, name).toHaveProperty(name);
  });

  it('leaves a constant the platform lacks undefined rather than inventing it', () => {
    const exported = inet as unknown as Record<string, unknown>;
    const absent = Object.keys(exported).filter((k) => /^(IP|IPV6|TCP|AI|NI|EAI)_/.test(k) && exported[k] === undefined);
    for (const name of absent) expect(name in constants, name).toBe(false);
    expect(constants.IP_RECVDSTADDR === undefined || process.platform !== 'linux').toBe(true);
  });

  it('gives readable names through reverse maps', () => {
    expect(ipprotoName(inet.IPPROTO_TCP)).toBe('IPPROTO_TCP');
    expect(ipprotoName(inet.IPPROTO_IP)).toBe('IPPROTO_IP');
    expect(eaiName(inet.EAI_NONAME)).toBe('EAI_NONAME');
    expect(nameOf(inet.IPV6_V6ONLY, 'IPV6_')).toBe('IPV6_V6ONLY');
    expect(nameOf(123456, 'IP_')).toBe('123456');
    expect(reverseMap('AI_').get(inet.AI_PASSIVE)).toBe('AI_PASSIVE');
    if (inet.TCP_ESTABLISHED !== undefined) expect(tcpStateName(inet.TCP_ESTABLISHED)).toBe('TCP_ESTABLISHED');
    if (inet.TCP_CA_Open !== undefined) expect(tcpCaStateName(inet.TCP_CA_Open)).toBe('TCP_CA_Open');
    expect(tcpStateName(999)).toBe('999');
  });

  it('reads enumerator-only names (glibc IPPORT_*, TCP states) from the headers', () => {
    expect(inet.IPPORT_RESERVED).toBe(1024);
    if (process.platform === 'linux') {
      expect(inet.IPPORT_USERRESERVED).toBe(5000);
      expect(inet.TCP_LISTEN).toBe(10);
    }
  });

  it('keeps INADDR_* as host-order numbers, as Python does', () => {
    expect(inet.INADDR_LOOPBACK).toBe(0x7f000001);
    expect(inet.INADDR_BROADCAST).toBe(0xffffffff);
    expect(inet.INADDR_ANY).toBe(0);
  });
});
