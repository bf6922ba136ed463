import { describe, expect, it } from 'vitest';
import { BlockingIOError, errno, SO_RCVBUF, SOCK_DGRAM, SOCK_RAW, SOL_SOCKET, Socket } from '@sock/core';
import {
  AF_PACKET,
  ARPHRD_LOOPBACK,
  ETH_P_ALL,
  getAuxdata,
  getStatistics,
  PACKET_HOST,
  PACKET_IGNORE_OUTGOING,
  PACKET_OTHERHOST,
  PACKET_OUTGOING,
  packetSocket,
  parseEthernetFrame,
  parseMac,
  recvWithAuxdata,
  recvWithAuxdataSync,
  buildEthernetFrame,
  setAuxdata,
  socketProtocol,
  SOL_PACKET,
  TP_STATUS_VLAN_VALID,
} from '@sock/packet';
import { collect, dgramTagged, EX1, LO_MAC, loFrame, nonce, packet, rawTagged, SRC_MAC } from './helpers.js';

/** IEEE "OUI extended" ethertype: nothing else on this machine sends it on lo, so counters count only this file's frames. */
const ETH_P_STATS = 0x88b7;

describe.skipIf(packet.skip)(`AF_PACKET on lo${packet.title}`, () => {
  it('SOCK_RAW: a frame sent by one socket arrives at another with the sender address tuple', async () => {
    using rx = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    using tx = packetSocket(SOCK_RAW, 0);
    const tag = nonce();
    const frame = loFrame(EX1, tag, 'raw frame');
    expect(await tx.sendto(frame, ['lo', EX1])).toBe(frame.length);
    const [got] = await collect(rx, rawTagged(tag), 1);
    expect(got?.data).toEqual(frame);
    expect(got?.address).toEqual(['lo', EX1, PACKET_HOST, ARPHRD_LOOPBACK, parseMac(SRC_MAC)]);
  });

  it('SOCK_DGRAM: the kernel builds and strips the header; addr is the sender hardware address', async () => {
    using rx = packetSocket(SOCK_DGRAM, EX1, { ifname: 'lo' });
    using raw = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    using tx = packetSocket(SOCK_DGRAM, 0);
    const tag = nonce();
    const payload = Buffer.concat([tag, Buffer.from('datagram')]);
    expect(tx.sendtoSync(payload, ['lo', EX1, 0, 0, parseMac(LO_MAC)])).toBe(payload.length);
    const [got] = await collect(rx, dgramTagged(tag), 1);
    expect(got?.data).toEqual(payload);
    expect(got?.address).toEqual(['lo', EX1, PACKET_HOST, ARPHRD_LOOPBACK, Buffer.alloc(6)]);
    const [whole] = await collect(raw, rawTagged(tag), 1);
    const eth = parseEthernetFrame(whole!.data)!;
    expect([eth.dst, eth.src, eth.ethertype]).toEqual([Buffer.alloc(6), Buffer.alloc(6), EX1]);
  });

  it('works through the generic Socket too: socket(AF_PACKET, SOCK_RAW, htons(proto)), bind, getsockname, recvfromSync', () => {
    using rx = new Socket(AF_PACKET, SOCK_RAW, socketProtocol(EX1));
    rx.bind(['lo', 0]);
    expect(rx.getsockname()).toEqual(['lo', EX1, PACKET_HOST, ARPHRD_LOOPBACK, Buffer.alloc(6)]);
    using tx = new Socket(AF_PACKET, SOCK_RAW, 0);
    const tag = nonce();
    tx.sendtoSync(loFrame(EX1, tag), ['lo', EX1]);
    rx.settimeout(3);
    let found = false;
    for (let i = 0; i < 1000 && !found; i++) {
      const [data, address] = rx.recvfromSync(2048);
      found = rawTagged(tag)({ data, address: address as never });
    }
    expect(found).toBe(true);
  });

  it('a sniffer (ETH_P_ALL) sees the outgoing copy and the looped-back one; PACKET_IGNORE_OUTGOING hides the first', async () => {
    using sniffer = packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: 'lo' });
    using quiet = packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: 'lo' });
    expect(quiet.getsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING!)).toBe(0);
    quiet.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING!, 1);
    expect(quiet.getsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING!)).toBe(1);
    using tx = packetSocket(SOCK_RAW, 0);
    const tag = nonce();
    await tx.sendto(loFrame(EX1, tag), ['lo', EX1]);
    const seen = await collect(sniffer, rawTagged(tag), 2);
    expect(seen.map((r) => r.address[2]).sort()).toEqual([PACKET_HOST, PACKET_OUTGOING].sort());
    const onlyIn = await collect(quiet, rawTagged(tag), 2, 500);
    expect(onlyIn.map((r) => r.address[2])).toEqual([PACKET_HOST]);
  });

  it('PACKET_AUXDATA: the wire length, header offsets and a VLAN tag the kernel took out of the frame', async () => {
    using sniffer = packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: 'lo' });
    using bound = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    expect(getAuxdata(sniffer)).toBe(false);
    setAuxdata(sniffer, true);
    setAuxdata(bound, true);
    expect(getAuxdata(sniffer)).toBe(true);
    sniffer.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING!, 1);
    using tx = packetSocket(SOCK_RAW, 0);
    const tag = nonce();
    const plain = loFrame(EX1, tag, 'plain');
    const tagged = buildEthernetFrame({ dst: LO_MAC, src: SRC_MAC, ethertype: EX1, payload: Buffer.concat([tag, Buffer.from('vlan')]), vlan: { tci: 0xa00c } });
    await tx.sendto(plain, ['lo', EX1]);
    await tx.sendto(tagged, ['lo', 0x8100]);
    const mine = async (sock: Socket, sync: boolean) => {
      sock.settimeout(3);
      const out = [];
      for (let i = 0; i < 1000 && out.length < 2; i++) {
        const m = sync ? recvWithAuxdataSync(sock, 4096) : await recvWithAuxdata(sock, 4096);
        if (rawTagged(tag)({ data: m.data, address: m.address! })) out.push(m);
      }
      return out;
    };
    const [first, second] = await mine(sniffer, false);
    expect(first?.auxdata).toMatchObject({ len: plain.length, snaplen: plain.length, mac: 0, net: 14, vlan: null });
    expect(first?.address).toEqual(['lo', EX1, PACKET_HOST, ARPHRD_LOOPBACK, parseMac(SRC_MAC)]);
    expect(second?.data).toEqual(loFrame(EX1, tag, 'vlan'));
    expect(second!.auxdata!.status & TP_STATUS_VLAN_VALID).toBe(TP_STATUS_VLAN_VALID);
    expect(second?.auxdata?.vlan).toEqual({ tci: 0xa00c, id: 12, priority: 5, dei: false, tpid: 0x8100 });
    // A socket bound to one protocol hears the frame after VLAN handling: lo has no VLAN 12, so the tag is gone and the frame is for another host.
    const [, late] = await mine(bound, true);
    expect(late?.data).toEqual(loFrame(EX1, tag, 'vlan'));
    expect(late?.address?.[2]).toBe(PACKET_OTHERHOST);
    expect(late?.auxdata?.vlan).toBeNull();
  });

  it('PACKET_STATISTICS: counts received and dropped frames, and reading resets them', async () => {
    using rx = packetSocket(SOCK_RAW, ETH_P_STATS, { ifname: 'lo' });
    using tx = packetSocket(SOCK_RAW, 0);
    expect(getStatistics(rx)).toEqual({ packets: 0, drops: 0 });
    rx.setsockopt(SOL_SOCKET, SO_RCVBUF, 1);
    const tag = nonce();
    const frame = loFrame(ETH_P_STATS, tag, 'x'.repeat(1000));
    for (let i = 0; i < 64; i++) await tx.sendto(frame, ['lo', ETH_P_STATS]);
    const stats = getStatistics(rx);
    expect(stats.packets).toBe(64);
    expect(stats.drops).toBeGreaterThan(0);
    expect(stats.drops).toBeLessThan(64);
    expect(getStatistics(rx)).toEqual({ packets: 0, drops: 0 });
  });

  it('follows the timeout modes: non-blocking raises BlockingIOError, a timeout TimeoutError', async () => {
    using rx = packetSocket(SOCK_DGRAM, ETH_P_STATS + 1, { ifname: 'lo' });
    rx.settimeout(0);
    expect(() => rx.recvSync(100)).toThrow(BlockingIOError);
    rx.settimeout(0.05);
    await expect(rx.recv(100)).rejects.toMatchObject({ name: 'TimeoutError', message: 'timed out' });
  });

  it('reports an unknown interface on sendto and bind as ENODEV', async () => {
    using tx = packetSocket(SOCK_RAW, 0);
    await expect(tx.sendto(Buffer.alloc(20), ['nosuchif0', EX1])).rejects.toMatchObject({ errno: errno.ENODEV });
    expect(() => tx.bind(['nosuchif0', EX1])).toThrow(expect.objectContaining({ errno: errno.ENODEV }));
    expect(() => packetSocket(SOCK_RAW, EX1, { ifname: 'nosuchif0' })).toThrow(expect.objectContaining({ errno: errno.ENODEV }));
  });
});
