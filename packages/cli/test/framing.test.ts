import { describe, expect, it } from 'vitest';
import * as can from '@sock/can';
import { CliError } from '../src/errors.js';
import { framingFor, hexDump, type Framing } from '../src/framing.js';

function decodeAll(f: Framing, chunks: (string | Buffer)[]): Buffer[] {
  const d = f.decoder();
  return [...chunks.flatMap((c) => d.push(Buffer.isBuffer(c) ? c : Buffer.from(c, 'latin1'))), ...d.end()];
}

describe('framings', () => {
  it('raw: bytes as they are; each read is one message', () => {
    const f = framingFor('raw');
    expect(f.encode({ data: Buffer.from('ab') })).toEqual(Buffer.from('ab'));
    expect(decodeAll(f, ['ab', 'c'])).toEqual([Buffer.from('ab'), Buffer.from('c')]);
  });

  it('lines: a message per line across reads, the last line without its newline too, CRLF tolerated', () => {
    const f = framingFor('lines');
    expect(f.encode({ data: Buffer.from('x') }).toString()).toBe('x\n');
    expect(decodeAll(f, ['one\ntw', 'o\r\n\nthree']).map(String)).toEqual(['one', 'two', '', 'three']);
  });

  it('length: 4-byte big-endian prefixes both ways, split anywhere; a cut message is a usage error', () => {
    const f = framingFor('length');
    const framed = Buffer.concat([f.encode({ data: Buffer.from('hello') }), f.encode({ data: Buffer.alloc(0) }), f.encode({ data: Buffer.from('x') })]);
    expect(framed.subarray(0, 4)).toEqual(Buffer.from([0, 0, 0, 5]));
    const pieces = [...framed].map((b) => Buffer.of(b));
    expect(decodeAll(f, pieces).map(String)).toEqual(['hello', '', 'x']);
    expect(() => decodeAll(f, [framed.subarray(0, 7)])).toThrow(CliError);
    expect(() => decodeAll(f, [Buffer.from([0xff, 0xff, 0xff, 0xff])])).toThrow(/over the 16777216-byte limit/);
  });

  it('hex: a hexdump -C style dump out, which reads back; plain hex lines in; bad hex is a usage error', () => {
    const f = framingFor('hex');
    const data = Buffer.from(Array.from({ length: 20 }, (_, i) => i + 0x41));
    const dump = f.encode({ data }).toString();
    expect(dump).toBe(hexDump(data));
    expect(dump.split('\n')[0]).toBe('00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  |ABCDEFGHIJKLMNOP|');
    expect(dump.split('\n')[1]).toBe('00000010  51 52 53 54                                       |QRST|');
    const empty = f.encode({ data: Buffer.alloc(0) }).toString();
    expect(decodeAll(f, [dump + empty + dump])).toEqual([data, Buffer.alloc(0), data]);
    expect(decodeAll(f, ['de ad\nBEEF\n\n'])).toEqual([Buffer.from('dead', 'hex'), Buffer.from('beef', 'hex')]);
    expect(() => decodeAll(f, ['abc\n'])).toThrow(/hex input line 1/);
  });

  it('json: one object per message with its sender; "data" lines read back', () => {
    const f = framingFor('json');
    const line = f.encode({ data: Buffer.from('hi'), from: ['127.0.0.1', 5000] }).toString();
    expect(JSON.parse(line)).toEqual({ length: 2, data: '6869', from: '127.0.0.1:5000' });
    expect(decodeAll(f, [line])).toEqual([Buffer.from('hi')]);
    expect(() => decodeAll(f, ['{"data": 1}\n'])).toThrow(/"data" must be a string of hex digits/);
  });

  describe.skipIf(can.AF_CAN === undefined)('candump', () => {
    const f = framingFor('candump', { module: can, ifname: 'vcan0' });

    it('writes candump -L lines for classic, extended, RTR, CAN FD and error frames', () => {
      const line = (frame: Parameters<typeof can.encodeFrame>[0], from?: unknown): string => f.encode({ data: can.encodeFrame(frame), from }).toString();
      expect(line({ id: 0x123, data: Buffer.from('deadbeef', 'hex') })).toMatch(/^\(\d+\.\d{6}\) vcan0 123#DEADBEEF\n$/);
      expect(line({ id: 0x1abcdef, extended: true, data: Buffer.alloc(0) }, ['vcan1'])).toMatch(/ vcan1 01ABCDEF#\n$/);
      expect(line({ id: 0x7ff, rtr: true, data: Buffer.alloc(3) })).toMatch(/ 7FF#R3\n$/);
      expect(line({ kind: 'canfd', id: 0x42, brs: true, data: Buffer.alloc(12, 0xaa) })).toMatch(/ 042##1AAAAAAAAAAAAAAAAAAAAAAAA\n$/);
      expect(line({ id: 0x4, error: true, data: Buffer.alloc(8) })).toMatch(/ 20000004#0000000000000000\n$/);
    });

    it('reads candump log lines and cansend frames back into the same frames', () => {
      const frames = decodeAll(f, [
        '(1436509052.249713) vcan0 044#2A366C2BBA\n',
        'vcan1 12345678#00\n# a comment\n\n',
        '7FF#R2\n',
        '042##3' + '11'.repeat(16) + '\n',
        '123#DE.AD\n',
      ]).map((b) => can.decodeFrame(b));
      expect(frames).toMatchObject([
        { kind: 'can', id: 0x44, extended: false, data: Buffer.from('2a366c2bba', 'hex') },
        { kind: 'can', id: 0x12345678, extended: true, data: Buffer.of(0) },
        { kind: 'can', id: 0x7ff, rtr: true },
        { kind: 'canfd', id: 0x42, brs: true, esi: true, data: Buffer.alloc(16, 0x11) },
        { kind: 'can', id: 0x123, data: Buffer.from('dead', 'hex') },
      ]);
    });

    it.each([
      ['1234#00', 'expected [(TIME) IFACE] ID#DATA'],
      ['800#00', 'a standard id is at most 7FF'],
      ['123#001122334455667788', 'classic CAN data is 0-8 bytes'],
      ['123##G00', 'CAN FD: ID##<flags nibble>'],
    ])('refuses %j with the line number and why', (input, why) => {
      expect(() => decodeAll(f, [`${input}\n`])).toThrow(new RegExp(`candump input line 1: .*${why.replace(/[[\]()#<>]/g, '\\$&')}`));
    });
  });
});
