import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { constants as coreConstants } from '@sock/core';
import { needs } from '@sock/core/testing';
import * as P from '@sock/packet';

const { constants, groups } = P;
/** Every name of constants.def, from the generated groups. */
const names: readonly string[] = Object.values(groups).flat();
/** The names constants.def marks `linux` (typed number). */
const linuxNames = [...readFileSync(new URL('../constants.def', import.meta.url), 'utf8').matchAll(/^(\w+)\s+linux(?=\s|$)/gm)].map((m) => m[1]!);
const oracle = spawnSync(
  'python3',
  ['-c', `import socket, json; print(json.dumps({n: int(getattr(socket, n)) for n in ${JSON.stringify(names)} if hasattr(socket, n)}))`],
  { encoding: 'utf8', timeout: 20_000 },
);
const python = needs(oracle.status === 0 ? null : 'python3 on PATH');

describe('AF_PACKET constants', () => {
  it('come from the headers as integers, with the family plugin carrying them', () => {
    expect(P.AF_PACKET).toBe(P.packetFamily.family);
    expect(P.packetFamily.constants).toBe(constants);
    expect(names.length).toBeGreaterThan(300);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value), name).toBe(true);
    expect(Object.isFrozen(constants)).toBe(true);
  });

  it('are every name of constants.def, each exported with its table value', () => {
    const exported = P as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')('define on Linux every name constants.def types as number', () => {
    expect(linuxNames.length).toBeGreaterThan(300);
    expect(linuxNames.filter((name) => typeof constants[name] !== 'number')).toEqual([]);
  });

  it.skipIf(python.skip)(`agree with CPython's socket module wherever it has the name${python.title}`, () => {
    const theirs = JSON.parse(oracle.stdout) as Record<string, number>;
    expect(Object.keys(theirs)).toEqual(expect.arrayContaining(['AF_PACKET', 'PF_PACKET', 'PACKET_HOST', 'PACKET_OUTGOING', 'PACKET_FASTROUTE']));
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it('include every group the family needs: packet types and options, PACKET_MR_*, fanout, TP_STATUS_*, ETH_*, ETHERTYPE_*, ARPHRD_*, BPF', () => {
    const groups = ['PACKET_', 'PACKET_MR_', 'PACKET_FANOUT_', 'TP_STATUS_', 'TPACKET_V', 'ETH_P_', 'ETHERTYPE_', 'ARPHRD_', 'BPF_', 'SKF_AD_'];
    for (const g of groups) expect(names.filter((n) => n.startsWith(g)).length, g).toBeGreaterThan(2);
    for (const n of ['PACKET_USER', 'PACKET_KERNEL', 'PACKET_AUXDATA', 'PACKET_STATISTICS', 'PACKET_VERSION', 'PACKET_RX_RING', 'PACKET_TX_RING']) {
      expect(constants[n], n).toBeTypeOf('number');
    }
    for (const n of ['ETH_ALEN', 'ETH_HLEN', 'ETH_FRAME_LEN', 'ETHERTYPE_IP', 'ETHERTYPE_VLAN', 'TP_STATUS_VLAN_VALID']) expect(constants[n], n).toBeTypeOf('number');
  });

  it('have the Linux ABI values', () => {
    expect([P.SOL_PACKET, P.ETH_P_ALL, P.ETH_P_802_EX1, P.ETH_P_IP, P.ETH_P_8021Q]).toEqual([263, 3, 0x88b5, 0x0800, 0x8100]);
    expect([P.ETH_ALEN, P.ETH_HLEN, P.ETH_FRAME_LEN, P.MAX_ADDR_LEN]).toEqual([6, 14, 1514, 32]);
    expect([P.ARPHRD_ETHER, P.ARPHRD_LOOPBACK, P.TPACKET_V3, P.BPF_MAXINSNS, P.SKF_AD_OFF]).toEqual([1, 772, 2, 4096, -0x1000]);
    expect(P.BPF_LD | P.BPF_H | P.BPF_ABS).toBe(0x28);
    expect(P.BPF_JMP | P.BPF_JEQ | P.BPF_K).toBe(0x15);
    expect(P.BPF_RET | P.BPF_K).toBe(0x06);
    expect(P.PF_PACKET).toBe(P.AF_PACKET);
    expect(P.ETHERTYPE_IP).toBe(P.ETH_P_IP);
  });

  it('leave the SOL_SOCKET filter options to core, and agree with core where names overlap', () => {
    for (const n of ['SO_ATTACH_FILTER', 'SO_DETACH_FILTER', 'SO_LOCK_FILTER']) {
      expect(coreConstants[n], n).toBeTypeOf('number');
      expect(constants[n], n).toBeUndefined();
    }
    for (const [name, value] of Object.entries(constants)) {
      if (coreConstants[name] !== undefined) expect(coreConstants[name], name).toBe(value);
    }
  });

  it('have readable names; unknown values print as numbers', () => {
    expect(P.pkttypeName(P.PACKET_HOST)).toBe('PACKET_HOST');
    expect(P.pkttypeName(P.PACKET_OUTGOING)).toBe('PACKET_OUTGOING');
    expect(P.ethertypeName(0x0800)).toBe('ETH_P_IP');
    expect(P.ethertypeName(0x88b5)).toBe('ETH_P_802_EX1');
    expect(P.ethertypeName(0x88b6)).toBe(String(0x88b6));
    expect(P.hatypeName(772)).toBe('ARPHRD_LOOPBACK');
    expect(P.fanoutModeName(P.PACKET_FANOUT_LB)).toBe('PACKET_FANOUT_LB');
    expect(P.packetOptionName(P.PACKET_AUXDATA)).toBe('PACKET_AUXDATA');
    expect(P.packetOptionName(P.PACKET_FANOUT)).toBe('PACKET_FANOUT');
    expect(P.packetOptionName(P.PACKET_FANOUT_DATA)).toBe('PACKET_FANOUT_DATA');
    expect(P.packetOptionName(P.PACKET_ADD_MEMBERSHIP)).toBe('PACKET_ADD_MEMBERSHIP');
    expect(P.packetOptionName(9999)).toBe('9999');
  });
});
