import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOCK_RAW } from '@sock/core';
import { needs } from '@sock/core/testing';
import {
  addMembership,
  ARPHRD_ETHER,
  buildEthernetFrame,
  dropMembership,
  ETH_P_ALL,
  PACKET_BROADCAST,
  PACKET_HOST,
  PACKET_MR_ALLMULTI,
  PACKET_MR_MULTICAST,
  PACKET_MR_PROMISC,
  PACKET_OTHERHOST,
  packetFamily,
  packetSocket,
  parseMac,
} from '@sock/packet';
import { built, EX1, fixture, hasIp, ip, nonce, run } from './helpers.js';
import { createNamespace, namespaceName, removeNamespace } from './namespaces.js';

const missing =
  (packetFamily.available() ? null : `AF_PACKET: ${packetFamily.unavailableReason()}`) ??
  (process.getuid?.() === 0 ? null : 'root to create network namespaces') ??
  (hasIp() ? null : 'iproute2 (the ip command)') ??
  (built.skip ? 'a build of @sock/packet (pnpm run build)' : null);
const lab = needs(missing);

/** Names unique to this run: the namespace and the two ends of a veth pair (IFNAMSIZ allows 15 bytes). */
const NS = namespaceName();
const id = randomBytes(4).toString('hex');
const HOST = `spa${id}`;
const PEER = `spb${id}`;

const linkInfo = (args: string[]): { address: string; promiscuity: number; allmulti: number } =>
  (JSON.parse(ip('-d', '-j', ...args)) as Array<{ address: string; promiscuity: number; allmulti: number }>)[0]!;
const maddrs = (dev: string): string[] =>
  (JSON.parse(ip('-j', 'maddr', 'show', 'dev', dev)) as Array<{ maddr?: Array<{ link?: string }> }>).flatMap((d) => (d.maddr ?? []).map((m) => m.link ?? '')).filter(Boolean);

function cleanup(): void {
  removeNamespace(NS);
  try {
    ip('link', 'del', HOST);
  } catch {
    // deleted with the namespace's end of the pair
  }
}

describe.skipIf(lab.skip)(`two hosts: a network namespace and a veth pair${lab.title}`, () => {
  let hostMac = '';
  let peerMac = '';

  beforeAll(() => {
    createNamespace(NS);
    try {
      ip('link', 'add', HOST, 'type', 'veth', 'peer', 'name', PEER, 'netns', NS);
      ip('link', 'set', HOST, 'up');
      ip('-n', NS, 'link', 'set', PEER, 'up');
      hostMac = linkInfo(['link', 'show', 'dev', HOST]).address;
      peerMac = linkInfo(['-n', NS, 'link', 'show', 'dev', PEER]).address;
    } catch (err) {
      cleanup();
      throw err;
    }
  });

  afterAll(() => {
    cleanup();
    expect(ip('netns', 'list')).not.toContain(NS);
  });

  it('a frame sent on one end arrives on the other, with the address tuple of a real Ethernet device', async () => {
    const tag = nonce();
    using tx = packetSocket(SOCK_RAW, 0);
    const frames = {
      unicast: buildEthernetFrame({ dst: peerMac, src: hostMac, ethertype: EX1, payload: Buffer.concat([tag, Buffer.from('unicast')]) }),
      broadcast: buildEthernetFrame({ dst: 'ff:ff:ff:ff:ff:ff', src: hostMac, ethertype: EX1, payload: Buffer.concat([tag, Buffer.from('broadcast')]) }),
      other: buildEthernetFrame({ dst: '02:00:00:00:00:99', src: hostMac, ethertype: EX1, payload: Buffer.concat([tag, Buffer.from('other')]) }),
    };
    const lines: Array<Record<string, unknown>> = [];
    let ready: () => void = () => {};
    const isReady = new Promise<void>((r) => (ready = r));
    const child = run('ip', ['netns', 'exec', NS, process.execPath, fixture('ns-receiver.mjs'), PEER, String(EX1), tag.toString('hex'), '3'], 20_000, (line) => {
      const msg = JSON.parse(line) as Record<string, unknown>;
      if ('ready' in msg) ready();
      else lines.push(msg);
    });
    await Promise.race([isReady, child]);
    for (let round = 0; round < 40 && lines.length < 3; round++) {
      for (const frame of Object.values(frames)) await tx.sendto(frame, [HOST, EX1]);
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = await child;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const byLabel = Object.fromEntries(lines.map((l) => [l.label, l])) as Record<string, { frame: string; address: unknown[] }>;
    const hostHex = parseMac(hostMac).toString('hex');
    expect(byLabel.unicast?.frame).toBe(frames.unicast.toString('hex'));
    expect(byLabel.unicast?.address).toEqual([PEER, EX1, PACKET_HOST, ARPHRD_ETHER, hostHex]);
    expect(byLabel.broadcast?.address).toEqual([PEER, EX1, PACKET_BROADCAST, ARPHRD_ETHER, hostHex]);
    expect(byLabel.other?.address).toEqual([PEER, EX1, PACKET_OTHERHOST, ARPHRD_ETHER, hostHex]);
  });

  it('PACKET_MR_PROMISC and PACKET_MR_ALLMULTI count on the interface while the membership lasts', () => {
    using sock = packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: HOST });
    expect(linkInfo(['link', 'show', 'dev', HOST])).toMatchObject({ promiscuity: 0, allmulti: 0 });
    addMembership(sock, { ifname: HOST, type: PACKET_MR_PROMISC });
    addMembership(sock, { ifname: HOST, type: PACKET_MR_ALLMULTI });
    expect(linkInfo(['link', 'show', 'dev', HOST])).toMatchObject({ promiscuity: 1, allmulti: 1 });
    dropMembership(sock, { ifname: HOST, type: PACKET_MR_PROMISC });
    dropMembership(sock, { ifname: HOST, type: PACKET_MR_ALLMULTI });
    expect(linkInfo(['link', 'show', 'dev', HOST])).toMatchObject({ promiscuity: 0, allmulti: 0 });
    addMembership(sock, { ifname: HOST, type: PACKET_MR_PROMISC });
    expect(linkInfo(['link', 'show', 'dev', HOST]).promiscuity).toBe(1);
    sock.close();
    expect(linkInfo(['link', 'show', 'dev', HOST]).promiscuity).toBe(0);
  });

  it('PACKET_MR_MULTICAST adds a hardware multicast address to the interface, and dropping removes it', () => {
    const group = '01:00:5e:7f:00:42';
    using sock = packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: HOST });
    expect(maddrs(HOST)).not.toContain(group);
    addMembership(sock, { ifname: HOST, type: PACKET_MR_MULTICAST, address: parseMac(group) });
    expect(maddrs(HOST)).toContain(group);
    dropMembership(sock, { ifname: HOST, type: PACKET_MR_MULTICAST, address: parseMac(group) });
    expect(maddrs(HOST)).not.toContain(group);
  });
});
