import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressInfo,
  attr,
  decodeIfaddrmsg,
  decodeIfinfomsg,
  encodeAttrs,
  encodeIfaddrmsg,
  encodeIfinfomsg,
  encodeRtgenmsg,
  formatHardwareAddress,
  formatIpAddress,
  IFA_ADDRESS,
  IFA_FLAGS,
  IFA_LABEL,
  IFA_LOCAL,
  IFADDRMSG_SIZE,
  IFINFOMSG_SIZE,
  IFLA_ADDRESS,
  IFLA_IFNAME,
  IFLA_INFO_KIND,
  IFLA_LINKINFO,
  IFLA_MTU,
  linkInfo,
  RTM_NEWADDR,
  RTM_NEWLINK,
  splitPayload,
} from '@sock/netlink';
import { cleanly, thrown } from './helpers.js';

const ifinfo = fc.record({
  family: fc.nat({ max: 0xff }),
  type: fc.nat({ max: 0xffff }),
  index: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
  flags: fc.nat({ max: 0xffffffff }),
  change: fc.nat({ max: 0xffffffff }),
});
const ifaddr = fc.record({
  family: fc.nat({ max: 0xff }),
  prefixlen: fc.nat({ max: 0xff }),
  flags: fc.nat({ max: 0xff }),
  scope: fc.nat({ max: 0xff }),
  index: fc.nat({ max: 0xffffffff }),
});
const msg = (type: number, payload: Buffer) => ({ type, flags: 0, seq: 0, pid: 0, payload });

describe('family headers', () => {
  it('have the platform sizes and the fields where the headers put them', () => {
    expect(IFINFOMSG_SIZE).toBe(16);
    expect(IFADDRMSG_SIZE).toBe(8);
    const b = encodeIfinfomsg({ family: 0, type: 772, index: 3, flags: 0x49, change: 0xffffffff });
    expect([b[0], b.readUInt16LE(2), b.readInt32LE(4), b.readUInt32LE(8), b.readUInt32LE(12)]).toEqual([0, 772, 3, 0x49, 0xffffffff]);
    expect([...encodeIfaddrmsg({ family: 2, prefixlen: 8, flags: 0x80, scope: 254, index: 1 })]).toEqual([2, 8, 0x80, 254, 1, 0, 0, 0]);
    expect(encodeIfinfomsg()).toEqual(Buffer.alloc(16));
    expect(encodeRtgenmsg(10)).toEqual(Buffer.from([10]));
  });

  it('round-trip every ifinfomsg and ifaddrmsg (property)', () => {
    fc.assert(
      fc.property(ifinfo, (v) => {
        expect(decodeIfinfomsg(encodeIfinfomsg(v))).toEqual(v);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(ifaddr, (v) => {
        expect(decodeIfaddrmsg(encodeIfaddrmsg(v))).toEqual(v);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse bad fields and short bytes clearly', () => {
    expect(thrown(() => encodeIfinfomsg({ type: 0x10000 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('ifinfomsg.type') });
    expect(thrown(() => encodeIfaddrmsg({ index: -1 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeIfaddrmsg('x' as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => decodeIfinfomsg(Buffer.alloc(15)))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED' });
    expect(thrown(() => splitPayload(Buffer.alloc(3), 8))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED' });
  });
});

describe('RTM_NEWLINK and RTM_NEWADDR decoding', () => {
  it('linkInfo reads the header and the common attributes', () => {
    const payload = Buffer.concat([
      encodeIfinfomsg({ type: 1, index: 7, flags: 0x1003 }),
      encodeAttrs([
        attr.string(IFLA_IFNAME, 'veth7'),
        attr.u32(IFLA_MTU, 1500),
        attr.bytes(IFLA_ADDRESS, Buffer.from([2, 0, 0, 0, 0, 0x1f])),
        attr.nested(IFLA_LINKINFO, [attr.string(IFLA_INFO_KIND, 'veth')]),
      ]),
    ]);
    const l = linkInfo(msg(RTM_NEWLINK, payload));
    expect(l).toMatchObject({ index: 7, name: 'veth7', type: 1, flags: 0x1003, mtu: 1500, address: '02:00:00:00:00:1f', kind: 'veth', operstate: null });
    expect(l.attrs).toHaveLength(4);
  });

  it('addressInfo reads the header, addresses as text and the full IFA_FLAGS', () => {
    const payload = Buffer.concat([
      encodeIfaddrmsg({ family: 2, prefixlen: 8, flags: 0x80, scope: 254, index: 1 }),
      encodeAttrs([attr.bytes(IFA_ADDRESS, Buffer.from([127, 0, 0, 1])), attr.bytes(IFA_LOCAL, Buffer.from([127, 0, 0, 1])), attr.string(IFA_LABEL, 'lo'), attr.u32(IFA_FLAGS, 0x280)]),
    ]);
    expect(addressInfo(msg(RTM_NEWADDR, payload))).toMatchObject({ family: 2, prefixlen: 8, flags: 0x280, scope: 254, index: 1, address: '127.0.0.1', local: '127.0.0.1', label: 'lo', broadcast: null });
  });

  it('decode random payloads to objects or the one clean error (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 160 }), (payload) => {
        const p = Buffer.from(payload);
        cleanly(() => linkInfo(msg(RTM_NEWLINK, p)));
        cleanly(() => addressInfo(msg(RTM_NEWADDR, p)));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('address text', () => {
  it('formats IPv4, IPv6 (RFC 5952) and hardware addresses', () => {
    const v6 = (s: string): Buffer => {
      const [head, tail] = s.split('::') as [string, string | undefined];
      const parse = (x: string | undefined): number[] => (x ? x.split(':').map((g) => parseInt(g, 16)) : []);
      const h = parse(head);
      const t = parse(tail);
      const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill(0), ...t];
      const b = Buffer.alloc(16);
      groups.forEach((g, i) => b.writeUInt16BE(g, i * 2));
      return b;
    };
    expect(formatIpAddress(Buffer.from([127, 0, 0, 1]))).toBe('127.0.0.1');
    for (const s of ['::1', '::', 'fe80::fc:ff:fe00:1', '2001:db8::1:0:0:1', '2001:db8:0:1:1:1:1:1', '1::', 'aef:b01:506:1001:ffff:9997:55:170']) {
      expect(formatIpAddress(v6(s)), s).toBe(s);
    }
    expect(formatHardwareAddress(Buffer.from([0, 0x1a, 0xff]))).toBe('00:1a:ff');
    expect(formatIpAddress(Buffer.from([1, 2]))).toBe('01:02');
  });
});
