import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMessages,
  decodeNlmsghdr,
  encodeMessage,
  encodeMessages,
  encodeNlmsghdr,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSGHDR_SIZE,
  RTM_GETLINK,
} from '@sock/netlink';
import { cleanly, thrown } from './helpers.js';

const header = fc.record({
  type: fc.nat({ max: 0xffff }),
  flags: fc.nat({ max: 0xffff }),
  seq: fc.nat({ max: 0xffffffff }),
  pid: fc.nat({ max: 0xffffffff }),
});
const message = fc.record({ type: fc.nat({ max: 0xffff }), flags: fc.nat({ max: 0xffff }), seq: fc.nat({ max: 0xffffffff }), pid: fc.nat({ max: 0xffffffff }), payload: fc.uint8Array({ maxLength: 64 }) });

describe('nlmsghdr', () => {
  it('is 16 bytes: len, type, flags, seq, pid in host byte order', () => {
    const h = encodeNlmsghdr({ len: 0x01020304, type: RTM_GETLINK, flags: NLM_F_REQUEST | NLM_F_DUMP, seq: 7, pid: 9 });
    expect(NLMSGHDR_SIZE).toBe(16);
    expect(h.length).toBe(16);
    expect([h.readUInt32LE(0), h.readUInt16LE(4), h.readUInt16LE(6), h.readUInt32LE(8), h.readUInt32LE(12)]).toEqual([0x01020304, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 7, 9]);
  });

  it('round-trips every header (property)', () => {
    fc.assert(
      fc.property(header, fc.nat({ max: 0xffffffff }), (h, len) => {
        expect(decodeNlmsghdr(encodeNlmsghdr({ ...h, len }))).toEqual({ ...h, len });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses out-of-range fields with coded errors naming them', () => {
    expect(thrown(() => encodeNlmsghdr({ len: 16, type: 0x10000, flags: 0, seq: 0, pid: 0 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('header.type') });
    expect(thrown(() => encodeMessage({ type: 1, seq: -1 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('message.seq') });
    expect(thrown(() => encodeMessage({ type: 1, payload: 'text' as never }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeMessage(null as never))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('reports a short header as malformed, with the offset', () => {
    const err = thrown(() => decodeNlmsghdr(Buffer.alloc(20), 8));
    expect(err).toMatchObject({ name: 'RangeError', code: 'ERR_NETLINK_MALFORMED', offset: 8 });
  });
});

describe('netlink messages', () => {
  it('fill nlmsg_len, align payload parts to 4 bytes and pad the message', () => {
    const m = encodeMessage({ type: RTM_GETLINK, flags: NLM_F_REQUEST, seq: 1, payload: [Buffer.from([1]), Buffer.from([2, 3])] });
    expect(m.readUInt32LE(0)).toBe(16 + 4 + 2);
    expect(m.length).toBe(24);
    expect([...m.subarray(16)]).toEqual([1, 0, 0, 0, 2, 3, 0, 0]);
    expect(encodeMessage({ type: NLMSG_DONE }).length).toBe(16);
  });

  it('round-trip alone and batched, payloads exact (property)', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 8 }), (msgs) => {
        const decoded = decodeMessages(encodeMessages(msgs));
        expect(decoded.map((m) => ({ ...m, payload: new Uint8Array(m.payload) }))).toEqual(msgs.map((m) => ({ ...m, payload: new Uint8Array(m.payload) })));
      }),
      { numRuns: 1000 },
    );
  });

  it('decode the last message without its padding (the kernel may send it so)', () => {
    const m = encodeMessage({ type: 20, payload: Buffer.from([1, 2, 3]) });
    const [one] = decodeMessages(m.subarray(0, 19));
    expect([...one!.payload]).toEqual([1, 2, 3]);
  });

  it('report malformed datagrams: length below the header, past the end, stray bytes; zero length never loops', () => {
    const good = encodeMessage({ type: 20, payload: Buffer.alloc(8) });
    const zero = Buffer.from(good);
    zero.writeUInt32LE(0, 0);
    const big = Buffer.from(good);
    big.writeUInt32LE(1000, 0);
    for (const [bytes, offset] of [
      [zero, 0],
      [big, 0],
      [Buffer.concat([good, Buffer.alloc(5)]), 24],
      [good.subarray(0, 10), 0],
    ] as const) {
      expect(thrown(() => decodeMessages(bytes))).toMatchObject({ code: 'ERR_NETLINK_MALFORMED', offset });
    }
    expect(decodeMessages(Buffer.alloc(0))).toEqual([]);
  });

  it('decode every truncation of a valid batch to messages or the malformed error', () => {
    const batch = encodeMessages([{ type: 16, payload: Buffer.alloc(20, 1) }, { type: 17, payload: Buffer.alloc(3, 2) }, { type: NLMSG_DONE, payload: Buffer.alloc(4) }]);
    let ok = 0;
    for (let n = 0; n <= batch.length; n++) if (cleanly(() => decodeMessages(batch.subarray(0, n))) !== 'malformed') ok++;
    expect(ok).toBeGreaterThanOrEqual(4);
  });

  it('decode random bytes to messages or the one clean error (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const out = cleanly(() => decodeMessages(bytes));
        if (out !== 'malformed') for (const m of out) expect(m.payload.length).toBeLessThanOrEqual(bytes.length - 16);
      }),
      { numRuns: 5000 },
    );
  });

  it('decode mutated valid batches (headers with plausible lengths) cleanly (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 6 }), (msgs, edits) => {
        const bytes = encodeMessages(msgs);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        cleanly(() => decodeMessages(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});
