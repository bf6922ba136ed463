import { describe, expect, it } from 'vitest';
import { errno, SOCK_RAW, type Socket } from '@sock/core';
import {
  BPF_K,
  BPF_RET,
  bpfStmt,
  getFanout,
  PACKET_FANOUT_CBPF,
  PACKET_FANOUT_FLAG_UNIQUEID,
  PACKET_FANOUT_HASH,
  PACKET_FANOUT_LB,
  packetSocket,
  parseEthernetFrame,
  setFanout,
  setFanoutProgram,
} from '@sock/packet';
import { collect, EX1, loFrame, nonce, packet, rawTagged } from './helpers.js';

const COUNT = 20;

/** Sends COUNT tagged frames numbered 0..COUNT-1 and returns the numbers each receiver got. */
async function spread(receivers: Socket[]): Promise<number[][]> {
  using tx = packetSocket(SOCK_RAW, 0);
  const tag = nonce();
  for (let i = 0; i < COUNT; i++) await tx.sendto(loFrame(EX1, tag, `#${i}`), ['lo', EX1]);
  const out: number[][] = [];
  for (const rx of receivers) {
    const got = await collect(rx, rawTagged(tag), COUNT, 400);
    out.push(got.map((r) => Number(parseEthernetFrame(r.data)!.payload.subarray(tag.length + 1).toString())));
  }
  return out;
}

/** A group id no other test run holds: the kernel picks it (PACKET_FANOUT_FLAG_UNIQUEID) for the first member. */
function newGroup(first: Socket, mode: number): number {
  setFanout(first, { group: 0, mode, flags: PACKET_FANOUT_FLAG_UNIQUEID });
  return getFanout(first).group;
}

describe.skipIf(packet.skip)(`PACKET_FANOUT on lo${packet.title}`, () => {
  it('reads as all zeros before the socket joins a group', () => {
    using a = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    expect(getFanout(a)).toEqual({ group: 0, mode: 0, flags: 0 });
  });

  it('round robin (PACKET_FANOUT_LB): every frame reaches exactly one member, and both get some', async () => {
    using a = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    using b = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    const group = newGroup(a, PACKET_FANOUT_LB);
    setFanout(b, { group, mode: PACKET_FANOUT_LB });
    expect(getFanout(b)).toEqual({ group, mode: PACKET_FANOUT_LB, flags: 0 });
    expect(getFanout(a)).toEqual({ group, mode: PACKET_FANOUT_LB, flags: 0 });
    const [toA, toB] = await spread([a, b]);
    expect([...toA!, ...toB!].sort((x, y) => x - y)).toEqual(Array.from({ length: COUNT }, (_, i) => i));
    expect(toA!.length).toBeGreaterThan(0);
    expect(toB!.length).toBeGreaterThan(0);
  });

  it('PACKET_FANOUT_CBPF: the group program chooses the member (here always the second)', async () => {
    using a = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    using b = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    const group = newGroup(a, PACKET_FANOUT_CBPF);
    setFanout(b, { group, mode: PACKET_FANOUT_CBPF });
    setFanoutProgram(a, [bpfStmt(BPF_RET | BPF_K, 1)]);
    const [toA, toB] = await spread([a, b]);
    expect(toA).toEqual([]);
    expect(toB).toHaveLength(COUNT);
  });

  it('refuses an unbound socket and a member whose mode differs with EINVAL', () => {
    using idle = packetSocket(SOCK_RAW, 0);
    expect(() => setFanout(idle, { group: 0, mode: PACKET_FANOUT_HASH, flags: PACKET_FANOUT_FLAG_UNIQUEID })).toThrow(
      expect.objectContaining({ errno: errno.EINVAL }),
    );
    using a = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    using b = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    const group = newGroup(a, PACKET_FANOUT_LB);
    expect(() => setFanout(b, { group, mode: PACKET_FANOUT_HASH })).toThrow(expect.objectContaining({ errno: errno.EINVAL }));
  });
});
