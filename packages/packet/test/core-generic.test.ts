/**
 * Core's generic Socket methods on packet sockets, where the family differs
 * from what core assumes elsewhere: recvmsg must not pass flags AF_PACKET
 * refuses, and getsockopt's bytes form must respect SO_GET_FILTER's units.
 */
import { describe, expect, it } from 'vitest';
import { CMSG_SPACE, constants, SOCK_RAW, SOL_SOCKET } from '@sock/core';

const SO_ATTACH_FILTER = constants.SO_ATTACH_FILTER!;
import { attachFilter, BPF_K, BPF_RET, bpfStmt, packetSocket, PACKET_AUXDATA, SOL_PACKET } from '@sock/packet';
import { EX1, loFrame, nonce, packet, rawTagged } from './helpers.js';

describe.skipIf(packet.skip)(`core's generic methods on AF_PACKET${packet.title}`, () => {
  it('recvmsg with an ancillary buffer works (no MSG_CMSG_CLOEXEC on a family without SCM_RIGHTS)', async () => {
    using rx = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    using tx = packetSocket(SOCK_RAW, 0);
    rx.setsockopt(SOL_PACKET, PACKET_AUXDATA, 1);
    rx.settimeout(3);
    const tag = nonce();
    await tx.sendto(loFrame(EX1, tag), ['lo', EX1]);
    for (let i = 0; i < 100; i++) {
      const [data, anc, flags, address] = await rx.recvmsg(2048, CMSG_SPACE(64));
      if (!rawTagged(tag)({ data, address: address as never })) continue;
      expect(flags).toBe(0);
      expect(anc.map(([level, type]) => [level, type])).toEqual([[SOL_PACKET, PACKET_AUXDATA]]);
      return;
    }
    throw new Error('the tagged frame never arrived');
  });

  it('getsockopt(SOL_SOCKET, SO_GET_FILTER, n) never writes more than n bytes', () => {
    using sock = packetSocket(SOCK_RAW, EX1, { ifname: 'lo' });
    const prog = Array.from({ length: 4 }, () => bpfStmt(BPF_RET | BPF_K, 0xffff));
    attachFilter(sock, prog);
    // SO_GET_FILTER shares SO_ATTACH_FILTER's number; the kernel counts its optlen in 8-byte instructions.
    expect(sock.getsockopt(SOL_SOCKET, SO_ATTACH_FILTER, 4)).toEqual(Buffer.alloc(0));
    const whole = sock.getsockopt(SOL_SOCKET, SO_ATTACH_FILTER, 32) as Buffer;
    expect(whole.length).toBe(32);
    expect(whole.readUInt16LE(0)).toBe(BPF_RET | BPF_K);
    expect(() => sock.getsockopt(SOL_SOCKET, SO_ATTACH_FILTER, 16)).toThrow(expect.objectContaining({ code: 'EINVAL' }));
  });
});
