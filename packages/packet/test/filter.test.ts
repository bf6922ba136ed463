import { describe, expect, it } from 'vitest';
import { errno, OSError, PermissionError, SOCK_DGRAM, SOCK_RAW } from '@sock/core';
import {
  attachFilter,
  BPF_ABS,
  BPF_H,
  BPF_JEQ,
  BPF_JMP,
  BPF_K,
  BPF_LD,
  BPF_RET,
  bpfJump,
  bpfStmt,
  detachFilter,
  ETH_P_ALL,
  ethertypeFilter,
  getFilter,
  lockFilter,
  packetSocket,
  parseEthernetFrame,
  type BpfInstruction,
} from '@sock/packet';
import { collect, dgramTagged, ETH_P_802_EX2, EX1, loFrame, nonce, packet, rawTagged, type Received } from './helpers.js';

/** Keep frames whose ethertype (bytes 12-13 of the Ethernet header) is `ethertype`, drop the rest. */
const onlyEthertype = (ethertype: number): BpfInstruction[] => [
  bpfStmt(BPF_LD | BPF_H | BPF_ABS, 12),
  bpfJump(BPF_JMP | BPF_JEQ | BPF_K, ethertype, 0, 1),
  bpfStmt(BPF_RET | BPF_K, 0xffff),
  bpfStmt(BPF_RET | BPF_K, 0),
];

const ethertypeOf = (r: Received): number => parseEthernetFrame(r.data)?.ethertype ?? -1;

describe.skipIf(packet.skip)(`classic BPF filters on packet sockets${packet.title}`, () => {
  it('a filter on the Ethernet header drops everything except one ethertype', async () => {
    using sniffer = packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: 'lo', filter: onlyEthertype(ETH_P_802_EX2) });
    using tx = packetSocket(SOCK_RAW, 0);
    const tag = nonce();
    for (let i = 0; i < 3; i++) {
      await tx.sendto(loFrame(EX1, tag, `dropped ${i}`), ['lo', EX1]);
      await tx.sendto(loFrame(ETH_P_802_EX2, tag, `kept ${i}`), ['lo', ETH_P_802_EX2]);
    }
    const seen: Received[] = [];
    await collect(sniffer, (r) => (seen.push(r), rawTagged(tag)(r)), 6, 700);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => ethertypeOf(r) === ETH_P_802_EX2)).toBe(true);
    const mine = seen.filter(rawTagged(tag)).map((r) => parseEthernetFrame(r.data)!.payload.subarray(tag.length).toString());
    expect(mine.filter((s) => s.startsWith('kept')).length).toBe(6);
    expect(mine.some((s) => s.startsWith('dropped'))).toBe(false);
  });

  it('ethertypeFilter reads the protocol from packet metadata, so it also works on SOCK_DGRAM on every interface', async () => {
    using rx = packetSocket(SOCK_DGRAM, ETH_P_ALL, { filter: ethertypeFilter(EX1) });
    expect(rx.getsockname()).toEqual(['', ETH_P_ALL, 0, 0, Buffer.alloc(0)]);
    using tx = packetSocket(SOCK_DGRAM, 0);
    const tag = nonce();
    await tx.sendto(Buffer.concat([tag, Buffer.from('other')]), ['lo', ETH_P_802_EX2, 0, 0, Buffer.alloc(6)]);
    await tx.sendto(Buffer.concat([tag, Buffer.from('wanted')]), ['lo', EX1, 0, 0, Buffer.alloc(6)]);
    const seen: Received[] = [];
    await collect(rx, (r) => (seen.push(r), dgramTagged(tag)(r)), 4, 700);
    expect(seen.every((r) => r.address[1] === EX1)).toBe(true);
    expect(seen.filter(dgramTagged(tag)).every((r) => r.address[0] === 'lo')).toBe(true);
    expect(seen.filter(dgramTagged(tag)).map((r) => r.data.subarray(tag.length).toString())).toContain('wanted');
    expect(seen.filter(dgramTagged(tag)).map((r) => r.data.subarray(tag.length).toString())).not.toContain('other');
  });

  it('reads the attached program back (SO_GET_FILTER), replaces and detaches it', () => {
    using sock = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    expect(getFilter(sock)).toEqual([]);
    const prog = onlyEthertype(EX1);
    attachFilter(sock, prog);
    expect(getFilter(sock)).toEqual(prog);
    const longer = [...Array.from({ length: 40 }, () => bpfStmt(BPF_LD | BPF_H | BPF_ABS, 12)), bpfStmt(BPF_RET | BPF_K, 0)];
    attachFilter(sock, longer);
    expect(getFilter(sock)).toEqual(longer);
    detachFilter(sock);
    expect(getFilter(sock)).toEqual([]);
    expect(() => detachFilter(sock)).toThrow(expect.objectContaining({ errno: errno.ENOENT }));
  });

  it('lets the kernel refuse a bad program with EINVAL', () => {
    using sock = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    for (const bad of [[], [bpfStmt(BPF_LD | BPF_H | BPF_ABS, 12)], [bpfJump(BPF_JMP | BPF_JEQ | BPF_K, 0, 5, 5), bpfStmt(BPF_RET | BPF_K, 0)], Array.from({ length: 4097 }, () => bpfStmt(BPF_RET | BPF_K, 0))]) {
      let caught: unknown;
      try {
        attachFilter(sock, bad);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(OSError);
      expect((caught as OSError).errno).toBe(errno.EINVAL);
    }
  });

  it('lockFilter makes the filter permanent: replacing or detaching it is EPERM', () => {
    using sock = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    attachFilter(sock, ethertypeFilter(EX1));
    lockFilter(sock);
    expect(() => attachFilter(sock, ethertypeFilter(ETH_P_802_EX2))).toThrow(PermissionError);
    expect(() => detachFilter(sock)).toThrow(PermissionError);
    expect(getFilter(sock)).toHaveLength(4);
  });

  it('reports a closed socket as EBADF', () => {
    const sock = packetSocket(SOCK_RAW, EX1);
    sock.close();
    expect(() => attachFilter(sock, ethertypeFilter(EX1))).toThrow(expect.objectContaining({ errno: errno.EBADF }));
    expect(() => getFilter(sock)).toThrow(expect.objectContaining({ errno: errno.EBADF }));
  });
});
