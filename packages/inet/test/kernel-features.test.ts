/**
 * Kernel features beyond plain TCP/UDP, on loopback: IPv4 multicast, a raw
 * ICMP echo, UDP-Lite checksum coverage and MPTCP. Each skips with what it
 * needs when the kernel or the privileges are missing.
 */
import { describe, expect, it } from 'vitest';
import { errnoName, SOCK_DGRAM, SOCK_RAW, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, Socket } from '@sock/core';
import { probeSocket } from '@sock/core/family';
import {
  AF_INET,
  inetAton,
  IP_ADD_MEMBERSHIP,
  IP_DROP_MEMBERSHIP,
  IP_MULTICAST_IF,
  IP_MULTICAST_LOOP,
  IP_MULTICAST_TTL,
  IPPROTO_ICMP,
  IPPROTO_IP,
  IPPROTO_MPTCP,
  IPPROTO_UDPLITE,
  ipMreq,
  ipMreqn,
  hasIpMreqn,
  UDPLITE_RECV_CSCOV,
  UDPLITE_SEND_CSCOV,
} from '@sock/inet';
import { ifNametoindex } from '@sock/core';
import { needs } from '@sock/core/testing';
import { socketTracker } from './helpers.js';

const track = socketTracker();

/** null when socket(family, type, proto) works here, else the errno's code. */
function probe(type: number, proto: number | undefined): string | null {
  if (proto === undefined) return 'undefined in the headers';
  const err = probeSocket(AF_INET, type, proto);
  return err === 0 ? null : errnoName(err) ?? String(-err);
}

const rawIcmpProbe = probe(SOCK_RAW, IPPROTO_ICMP);
const udpliteProbe = probe(SOCK_DGRAM, IPPROTO_UDPLITE);
const mptcpProbe = probe(SOCK_STREAM, IPPROTO_MPTCP);
const rawIcmp = needs(rawIcmpProbe && `CAP_NET_RAW for SOCK_RAW/IPPROTO_ICMP, run as root (socket: ${rawIcmpProbe})`);
const udplite = needs(udpliteProbe && `UDP-Lite in the kernel (socket: ${udpliteProbe})`);
const mptcp = needs(mptcpProbe && `MPTCP: CONFIG_MPTCP and sysctl net.mptcp.enabled=1 (socket: ${mptcpProbe})`);

function checksum(bytes: Buffer): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

describe('IPv4 multicast on loopback', () => {
  const group = '239.255.42.99';

  it.each([
    ['ip_mreq', () => ipMreq(group, '127.0.0.1')],
    ['ip_mreqn', () => (hasIpMreqn ? ipMreqn(group, '127.0.0.1', ifNametoindex('lo')) : ipMreq(group, '127.0.0.1'))],
  ])('joins a group on lo (%s), sends with IP_MULTICAST_LOOP and receives it', async (_name, mreq) => {
    const rx = track(new Socket(AF_INET, SOCK_DGRAM));
    rx.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    rx.bind(['', 0]);
    const [, port] = rx.getsockname() as [string, number];
    rx.setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, mreq());
    rx.settimeout(2);

    const tx = track(new Socket(AF_INET, SOCK_DGRAM));
    tx.setsockopt(IPPROTO_IP, IP_MULTICAST_IF, inetAton('127.0.0.1'));
    expect(tx.getsockopt(IPPROTO_IP, IP_MULTICAST_TTL)).toBe(1);
    tx.setsockopt(IPPROTO_IP, IP_MULTICAST_TTL, 2);
    expect(tx.getsockopt(IPPROTO_IP, IP_MULTICAST_TTL)).toBe(2);
    tx.setsockopt(IPPROTO_IP, IP_MULTICAST_LOOP, 1);
    await tx.sendto(Buffer.from('to the group'), [group, port]);
    const [data, from] = await rx.recvfrom(100);
    expect(data.toString()).toBe('to the group');
    expect((from as [string, number])[0]).toBe('127.0.0.1');
    rx.setsockopt(IPPROTO_IP, IP_DROP_MEMBERSHIP, mreq());
  });
});

describe('raw ICMP', () => {
  it.skipIf(rawIcmp.skip)(`pings 127.0.0.1 with SOCK_RAW/IPPROTO_ICMP and decodes the echo reply${rawIcmp.title}`, async () => {
    const s = track(new Socket(AF_INET, SOCK_RAW, IPPROTO_ICMP));
    s.settimeout(2);
    const id = process.pid & 0xffff;
    const payload = Buffer.from('sock-inet ping');
    const packet = Buffer.concat([Buffer.from([8, 0, 0, 0, id >> 8, id & 0xff, 0, 1]), payload]);
    packet.writeUInt16BE(checksum(packet), 2);
    expect(await s.sendto(packet, ['127.0.0.1', 0])).toBe(packet.length);
    let reply: { type: number; id: number; seq: number; data: Buffer; from: unknown } | undefined;
    for (let i = 0; i < 10 && !reply; i++) {
      const [datagram, from] = await s.recvfrom(1500);
      const ihl = (datagram[0]! & 0x0f) * 4;
      const icmp = datagram.subarray(ihl);
      if (icmp[0] === 0 && icmp.readUInt16BE(4) === id) {
        expect(checksum(icmp)).toBe(0);
        reply = { type: icmp[0]!, id: icmp.readUInt16BE(4), seq: icmp.readUInt16BE(6), data: icmp.subarray(8), from };
      }
    }
    expect(reply).toEqual({ type: 0, id, seq: 1, data: payload, from: ['127.0.0.1', 0] });
  });
});

describe('UDP-Lite', () => {
  it.skipIf(udplite.skip)(`sets checksum coverage and carries a datagram${udplite.title}`, async () => {
    const rx = track(new Socket(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE));
    const tx = track(new Socket(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE));
    const send = UDPLITE_SEND_CSCOV!;
    const recv = UDPLITE_RECV_CSCOV!;
    expect(tx.getsockopt(IPPROTO_UDPLITE!, send)).toBe(0);
    expect(rx.getsockopt(IPPROTO_UDPLITE!, recv)).toBe(0);
    tx.setsockopt(IPPROTO_UDPLITE!, send, 20);
    rx.setsockopt(IPPROTO_UDPLITE!, recv, 20);
    expect(tx.getsockopt(IPPROTO_UDPLITE!, send)).toBe(20);
    expect(rx.getsockopt(IPPROTO_UDPLITE!, recv)).toBe(20);
    rx.bind(['127.0.0.1', 0]);
    rx.settimeout(2);
    await tx.sendto(Buffer.from('partially covered'), rx.getsockname());
    const [data] = await rx.recvfrom(100);
    expect(data.toString()).toBe('partially covered');
    expect(rx.proto).toBe(IPPROTO_UDPLITE);
  });
});

describe('MPTCP', () => {
  it.skipIf(mptcp.skip)(`connects and echoes over IPPROTO_MPTCP on loopback${mptcp.title}`, async () => {
    const l = track(new Socket(AF_INET, SOCK_STREAM, IPPROTO_MPTCP));
    l.bind(['127.0.0.1', 0]);
    l.listen();
    const c = track(new Socket(AF_INET, SOCK_STREAM, IPPROTO_MPTCP));
    await c.connect(l.getsockname());
    const [conn] = await l.accept();
    track(conn);
    expect(conn.proto).toBe(IPPROTO_MPTCP);
    await c.sendall(Buffer.from('multipath'));
    expect((await conn.recv(100)).toString()).toBe('multipath');
  });
});
