// §7.42 AF_PACKET (§2.8): the 5-tuple output, the proto range, the 8-byte hardware address limit, errors, and a
// frame sent and received on lo with an experimental ethertype (0x88b5). Needs CAP_NET_RAW; without it both sides skip.
import { randomBytes } from 'node:crypto';
import { PermissionError, Socket, SOCK_DGRAM, SOCK_RAW } from '@sock/core';
import { htons } from '@sock/inet';
import { AF_PACKET as P } from '@sock/packet';

const ETHERTYPE = 0x88b5;

export async function run(h) {
  try {
    new Socket(P, SOCK_RAW, 0).close();
  } catch (e) {
    if (e instanceof PermissionError) h.skip('needs CAP_NET_RAW');
    throw e;
  }
  const bound = (addr, typ = SOCK_RAW) => {
    const s = h.track(new Socket(P, typ, 0));
    s.bind(addr);
    return s.getsockname();
  };
  const s = h.track(new Socket(P, SOCK_RAW, htons(ETHERTYPE)));
  h.check('family, type, proto', [s.family, s.type, s.proto]);
  const cases = [
    ["('lo', 0)", ['lo', 0]],
    ["('lo', 0x88b5)", ['lo', ETHERTYPE]],
    ["('lo', 0x10000)", ['lo', 0x10000]],
    ["('lo', -1)", ['lo', -1]],
    ["('nosuchif0', 0)", ['nosuchif0', 0]],
    ["('', 0)", ['', 0]],
    ["'lo'", 'lo'],
    ["('lo',)", ['lo']],
    ['hardware address of 9 bytes', ['lo', 0, 0, 0, Buffer.from('123456789')]],
    ['hardware address of 8 bytes', ['lo', 0, 0, 0, Buffer.from('12345678')]],
    ['(5, 0)', [5, 0]],
    ['5-tuple', ['lo', 0, 1, 2, Buffer.from('ab')]],
  ];
  for (const [label, addr] of cases) await h.step(`bind${label}`, () => bound(addr));
  await h.step("SOCK_DGRAM bind('lo', 0x88b5)", () => bound(['lo', ETHERTYPE], SOCK_DGRAM));

  const nonce = randomBytes(8);
  const r = h.track(new Socket(P, SOCK_RAW, htons(ETHERTYPE)));
  r.bind(['lo', ETHERTYPE]);
  r.settimeout(2);
  const t = h.track(new Socket(P, SOCK_RAW, 0));
  t.bind(['lo', 0]);
  const head = Buffer.alloc(14);
  head.writeUInt16BE(ETHERTYPE, 12);
  const frame = Buffer.concat([head, Buffer.from('hello packet '), nonce]);
  await h.both('send a frame on lo', () => t.sendSync(frame), () => t.send(frame));
  const mine = async () => {
    for (let i = 0; i < 20; i++) {
      const [data, addr] = await r.recvfrom(200);
      if (data.subarray(-8).equals(nonce)) return [data.subarray(0, -8), addr];
    }
    return null;
  };
  await h.step('recvfrom: the frame and its address', mine);
  await h.step('recvfrom: the frame and its address ~async', mine);
  await h.both("sendto(frame, ('lo', 0x88b5))", () => t.sendtoSync(frame, ['lo', ETHERTYPE]), () => t.sendto(frame, ['lo', ETHERTYPE]));
  await h.step('recvfrom the second frame', mine);
  await h.step('recvfrom the second frame ~async', mine);
}
