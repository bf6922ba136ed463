import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CMSG_SPACE, errno, ifNametoindex } from '@sock/core';
import { thrown } from '@sock/core/testing';
import * as P from '@sock/packet';

const LO = ifNametoindex('lo');


describe('struct packet_mreq', () => {
  it('packs ifindex, type, alen and the address in host order', () => {
    const m = P.packPacketMreq({ ifname: 'lo', type: P.PACKET_MR_MULTICAST, address: Buffer.from([1, 0, 0x5e, 0, 0, 1]) });
    expect(m.length).toBe(16);
    expect(m.readInt32LE(0)).toBe(LO);
    expect(m.readUInt16LE(4)).toBe(P.PACKET_MR_MULTICAST);
    expect(m.readUInt16LE(6)).toBe(6);
    expect([...m.subarray(8)]).toEqual([1, 0, 0x5e, 0, 0, 1, 0, 0]);
    expect(P.packPacketMreq({ ifname: LO, type: P.PACKET_MR_PROMISC }).equals(P.packPacketMreq({ ifname: 'lo', type: P.PACKET_MR_PROMISC }))).toBe(true);
  });

  it('grows past mr_address for long hardware addresses, up to MAX_ADDR_LEN', () => {
    const m = P.packPacketMreq({ ifname: 'lo', type: P.PACKET_MR_UNICAST, address: Buffer.alloc(20, 7) });
    expect(m.length).toBe(8 + 20);
    expect(m.readUInt16LE(6)).toBe(20);
    expect(thrown(() => P.packPacketMreq({ ifname: 'lo', type: 0, address: Buffer.alloc(P.MAX_ADDR_LEN + 1) }))).toBeInstanceOf(RangeError);
  });

  it('refuses bad fields and unknown interfaces', () => {
    expect(thrown(() => P.packPacketMreq({ ifname: 'nosuchif0', type: 0 })).errno).toBe(errno.ENODEV);
    expect(thrown(() => P.packPacketMreq({ ifname: 0, type: 0 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => P.packPacketMreq({ ifname: 'lo', type: 0x10000 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => P.packPacketMreq({ ifname: 'lo', type: 1, address: 'ab' as never }))).toBeInstanceOf(TypeError);
    expect(thrown(() => P.packPacketMreq(null as never))).toBeInstanceOf(TypeError);
  });
});

describe('struct tpacket_auxdata', () => {
  const aux = (fields: number[]): Buffer => {
    const b = Buffer.alloc(P.AUXDATA_SIZE);
    const [status, len, snaplen, mac, net, tci, tpid] = fields as [number, number, number, number, number, number, number];
    b.writeUInt32LE(status, 0);
    b.writeUInt32LE(len, 4);
    b.writeUInt32LE(snaplen, 8);
    b.writeUInt16LE(mac, 12);
    b.writeUInt16LE(net, 14);
    b.writeUInt16LE(tci, 16);
    b.writeUInt16LE(tpid, 18);
    return b;
  };

  it('decodes every field, and the VLAN tag only when TP_STATUS_VLAN_VALID is set', () => {
    const plain = P.decodeAuxdata(aux([P.TP_STATUS_USER, 1500, 96, 0, 14, 0, 0]));
    expect(plain).toEqual({ status: P.TP_STATUS_USER, len: 1500, snaplen: 96, mac: 0, net: 14, vlanTci: 0, vlanTpid: 0, vlan: null });
    const tagged = P.decodeAuxdata(aux([P.TP_STATUS_VLAN_VALID | P.TP_STATUS_VLAN_TPID_VALID, 60, 60, 0, 14, 0xb00a, 0x88a8]));
    expect(tagged.vlan).toEqual({ tci: 0xb00a, id: 10, priority: 5, dei: true, tpid: 0x88a8 });
    const noTpid = P.decodeAuxdata(aux([P.TP_STATUS_VLAN_VALID, 60, 60, 0, 14, 7, 0]));
    expect(noTpid.vlan?.tpid).toBe(P.ETH_P_8021Q);
  });

  it('finds the item among ancillary data, and sizes the control buffer', () => {
    expect(P.AUXDATA_SPACE).toBe(CMSG_SPACE(P.AUXDATA_SIZE));
    const item = aux([1, 2, 3, 4, 5, 6, 7]);
    expect(P.auxdataOf([[1, 2, Buffer.alloc(4)], [P.SOL_PACKET, P.PACKET_AUXDATA, item]])?.len).toBe(2);
    expect(P.auxdataOf([[P.SOL_PACKET, P.PACKET_AUXDATA, item.subarray(0, 10)]])).toBeNull();
    expect(P.auxdataOf([])).toBeNull();
    expect(thrown(() => P.decodeAuxdata(item.subarray(0, 19)))).toBeInstanceOf(RangeError);
  });
});

describe('PACKET_STATISTICS', () => {
  it('decodes tpacket_stats and tpacket_stats_v3', () => {
    const v1 = Buffer.alloc(8);
    v1.writeUInt32LE(10, 0);
    v1.writeUInt32LE(3, 4);
    expect(P.decodeStatistics(v1)).toEqual({ packets: 10, drops: 3 });
    const v3 = Buffer.concat([v1, Buffer.from([5, 0, 0, 0])]);
    expect(P.decodeStatistics(v3)).toEqual({ packets: 10, drops: 3, freezeQueueCount: 5 });
    expect(P.decodeStatistics(Buffer.alloc(2))).toEqual({ packets: 0, drops: 0 });
  });
});

describe('classic BPF programs', () => {
  const insn = fc.record({
    code: fc.integer({ min: 0, max: 0xffff }),
    jt: fc.integer({ min: 0, max: 0xff }),
    jf: fc.integer({ min: 0, max: 0xff }),
    k: fc.integer({ min: 0, max: 0xffffffff }),
  });

  it('packs struct sock_filter as the C macros build it', () => {
    const prog = [P.bpfStmt(P.BPF_LD | P.BPF_H | P.BPF_ABS, 12), P.bpfJump(P.BPF_JMP | P.BPF_JEQ | P.BPF_K, 0x88b5, 0, 1)];
    const bytes = P.packFilter(prog);
    expect(bytes.toString('hex')).toBe('28000000' + '0c000000' + '15000001' + 'b5880000');
    expect(P.unpackFilter(bytes)).toEqual(prog);
  });

  it('stores a negative k (SKF_AD_OFF + ...) as its 32-bit two complement', () => {
    const [first] = P.unpackFilter(P.packFilter([P.bpfStmt(P.BPF_LD | P.BPF_H | P.BPF_ABS, P.SKF_AD_OFF + P.SKF_AD_PROTOCOL)]));
    expect(first!.k).toBe((P.SKF_AD_OFF + P.SKF_AD_PROTOCOL) >>> 0);
  });

  it('round-trips any program (property)', () => {
    fc.assert(
      fc.property(fc.array(insn, { maxLength: 64 }), (prog) => {
        expect(P.unpackFilter(P.packFilter(prog))).toEqual(prog);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses fields their C types cannot hold, naming the instruction', () => {
    expect(thrown(() => P.packFilter([{ code: 0x10000, jt: 0, jf: 0, k: 0 }])).message).toContain('program[0].code');
    expect(thrown(() => P.packFilter([P.bpfStmt(6, 0), { code: 6, jt: 256, jf: 0, k: 0 }])).message).toContain('program[1].jt');
    expect(thrown(() => P.packFilter([{ code: 6, jt: 0, jf: 0, k: 2 ** 32 }])).message).toContain('program[0].k');
    expect(thrown(() => P.packFilter([null as never]))).toBeInstanceOf(TypeError);
    expect(thrown(() => P.packFilter('ret' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => P.packFilter(new Array(0x10000).fill(P.bpfStmt(6, 0))))).toBeInstanceOf(RangeError);
  });

  it('unpacks any bytes, ignoring a trailing partial instruction (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (raw) => {
        expect(P.unpackFilter(raw).length).toBe(Math.floor(raw.length / 8));
      }),
      { numRuns: 500 },
    );
  });

  it('builds an ethertype filter from packet metadata', () => {
    const prog = P.ethertypeFilter(0x88b5, 128);
    expect(prog).toHaveLength(4);
    expect(prog[1]).toEqual({ code: P.BPF_JMP | P.BPF_JEQ | P.BPF_K, jt: 0, jf: 1, k: 0x88b5 });
    expect(prog[2]!.k).toBe(128);
    expect(thrown(() => P.ethertypeFilter(0x10000))).toBeInstanceOf(RangeError);
  });
});

describe('PACKET_FANOUT values', () => {
  it('put the group in the low 16 bits and mode | flags above', () => {
    expect(P.fanoutValue({ group: 0x1234, mode: P.PACKET_FANOUT_LB })).toBe(0x1234 | (P.PACKET_FANOUT_LB << 16));
    const v = P.fanoutValue({ group: 7, mode: P.PACKET_FANOUT_CPU, flags: P.PACKET_FANOUT_FLAG_ROLLOVER | P.PACKET_FANOUT_FLAG_DEFRAG });
    expect(P.decodeFanout(v)).toEqual({ group: 7, mode: P.PACKET_FANOUT_CPU, flags: P.PACKET_FANOUT_FLAG_ROLLOVER | P.PACKET_FANOUT_FLAG_DEFRAG });
  });

  it('round-trips every group, mode and flag set (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xff }), fc.integer({ min: 0, max: 0xff }), (group, mode, f) => {
        const fanout = { group, mode, flags: f << 8 };
        const v = P.fanoutValue(fanout);
        expect(v).toBe(v | 0);
        expect(P.decodeFanout(v)).toEqual(fanout);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a group, mode or flags out of range', () => {
    expect(thrown(() => P.fanoutValue({ group: 0x10000, mode: 0 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => P.fanoutValue({ group: 0, mode: 0x100 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => P.fanoutValue({ group: 0, mode: 0, flags: 1 }))).toBeInstanceOf(TypeError);
  });
});

describe('Ethernet frames and MAC addresses', () => {
  it('formats and parses MAC addresses', () => {
    expect(P.formatMac(Buffer.from([2, 0, 0x5e, 0x10, 0, 0xff]))).toBe('02:00:5e:10:00:ff');
    expect(P.parseMac('02-00-5E-10-00-FF')).toEqual(Buffer.from([2, 0, 0x5e, 0x10, 0, 0xff]));
    expect(P.formatMac(Buffer.alloc(0))).toBe('');
    for (const bad of ['02:00:5e:10:00', '02:00:5e:10:00:ff:01', '02:00-5e:10:00:ff', 'zz:00:00:00:00:00']) {
      expect(thrown(() => P.parseMac(bad))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    }
  });

  it('builds and parses frames with and without a VLAN tag (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 6, maxLength: 6 }),
        fc.uint8Array({ minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0x600, max: 0xffff }).filter((t) => t !== 0x8100 && t !== 0x88a8),
        fc.uint8Array({ maxLength: 100 }),
        fc.option(fc.integer({ min: 0, max: 0xffff }), { nil: undefined }),
        (dst, src, ethertype, payload, tci) => {
          const frame = P.buildEthernetFrame({ dst, src, ethertype, payload, ...(tci === undefined ? {} : { vlan: { tci } }) });
          expect(frame.length).toBe(14 + (tci === undefined ? 0 : 4) + payload.length);
          const parsed = P.parseEthernetFrame(frame)!;
          expect([parsed.dst, parsed.src, parsed.ethertype, parsed.payload]).toEqual([Buffer.from(dst), Buffer.from(src), ethertype, Buffer.from(payload)]);
          expect(parsed.vlan).toEqual(tci === undefined ? null : { tpid: 0x8100, tci, id: tci & 0xfff, priority: tci >>> 13 });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parses any bytes to a frame or null (fuzz), and refuses bad parts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (raw) => {
        const f = P.parseEthernetFrame(raw);
        expect(f === null).toBe(raw.length < 14);
      }),
      { numRuns: 500 },
    );
    expect(thrown(() => P.buildEthernetFrame({ dst: Buffer.alloc(5), src: Buffer.alloc(6), ethertype: 1 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => P.buildEthernetFrame({ dst: 'x', src: Buffer.alloc(6), ethertype: 1 }))).toBeInstanceOf(TypeError);
  });
});

describe('socketProtocol', () => {
  it('is htons: the proto socket(2) takes for an ethertype', () => {
    expect(P.socketProtocol(P.ETH_P_ALL)).toBe(0x0300);
    expect(P.socketProtocol(0x88b5)).toBe(0xb588);
    expect(thrown(() => P.socketProtocol(-1))).toBeInstanceOf(RangeError);
  });
});
