import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needs, python, pythonMissing, runFamilyContract, thrown } from '@sock/core/testing';
import {
  AF_BLUETOOTH, BDADDR_ANY, BDADDR_LE_PUBLIC, BDADDR_LE_RANDOM, BDADDR_LOCAL, BTPROTO_BNEP, BTPROTO_HCI, BTPROTO_L2CAP, BTPROTO_RFCOMM, BTPROTO_SCO,
  HCI_CHANNEL_MONITOR, HCI_CHANNEL_RAW, HCI_CHANNEL_USER, bluetoothFamily, decodeBluetoothAddress, encodeBluetoothAddress, encodeHciAddress,
  encodeL2capAddress, encodeRfcommAddress, encodeScoAddress, formatBdaddr, isBdaddr, normalizeBdaddr, parseBdaddr,
} from '@sock/bluetooth';

const ctx = (proto: number) => ({ family: AF_BLUETOOTH, type: 0, proto, caller: 'bind' });
const A = '01:23:45:67:89:AB';

// The contract runs with the plugin's default protocol (L2CAP) in ctx.proto = 0.
runFamilyContract(bluetoothFamily, {
  valid: [
    { address: [BDADDR_ANY, 0x1001] },
    { address: [A, 1, 0], canonical: [A, 1] },
    { address: [A, 1, 0, 0], canonical: [A, 1] },
    { address: [BDADDR_ANY, 0, 4, BDADDR_LE_PUBLIC] },
    { address: [BDADDR_ANY, 0x80, 0, BDADDR_LE_RANDOM] },
    { address: [A, 0x1001, 0x40] },
    { address: ['ab:cd:ef:01:02:03', 0xffff, 0xffff, 0xff], canonical: ['AB:CD:EF:01:02:03', 0xffff, 0xffff, 0xff] },
    { address: ['1:2:3:4:5:6', 3], canonical: ['01:02:03:04:05:06', 3] },
  ],
  invalid: [
    { address: null },
    { address: undefined },
    { address: A },
    { address: [A] },
    { address: [A, 1, 2, 3, 4] },
    { address: [Buffer.from(A), 1] },
    { address: [A, -1] },
    { address: [A, 0x10000] },
    { address: [A, 1.5] },
    { address: [A, '1'] },
    { address: [A, 1, 0x10000] },
    { address: [A, 1, 0, 256] },
    { address: ['01:23:45:67:89', 1] },
    { address: ['01:23:45:67:89:AB:CD', 1] },
    { address: ['01:23:45:67:89:AB ', 1] },
    { address: ['01:23:45:67:89:100', 1] },
    { address: ['01:23:45:67:89:AB\0', 1] },
    { address: ['01:23:45:67:89:\ud800', 1] },
    { address: { bdaddr: A, psm: 1 } },
  ],
});

describe('bdaddr text', () => {
  it('is stored least significant byte first and printed upper-case, zero-padded', () => {
    expect([...parseBdaddr('01:23:45:67:89:ab')]).toEqual([0xab, 0x89, 0x67, 0x45, 0x23, 0x01]);
    expect(formatBdaddr(Uint8Array.from([0xab, 0x89, 0x67, 0x45, 0x23, 0x01]))).toBe('01:23:45:67:89:AB');
    expect(normalizeBdaddr('a:b:c:d:e:f')).toBe('0A:0B:0C:0D:0E:0F');
    expect(BDADDR_ANY).toBe('00:00:00:00:00:00');
    expect(BDADDR_LOCAL).toBe('00:00:00:FF:FF:FF');
    expect([...parseBdaddr(BDADDR_LOCAL)]).toEqual([0xff, 0xff, 0xff, 0, 0, 0]);
  });

  it("takes what C's %X takes, as CPython's sscanf does: blanks before a group, a sign, 0x, long zero-padded groups", () => {
    for (const s of [' 1:2:3:4:5:6', '1: 2:3:4:5:6', '+1:2:3:4:5:6', '0x1:2:3:4:5:6', '0001:2:3:4:5:FF', '-0:0:0:0:0:0', '0x:0:0:0:0:0', '100000000:0:0:0:0:0']) {
      expect(isBdaddr(s), s).toBe(true);
    }
    expect(normalizeBdaddr('100000000:0:0:0:0:1')).toBe('00:00:00:00:00:01'); // strtoul's 64 bits, stored in an unsigned int
    for (const s of ['', '1:2:3:4:5', '1 :2:3:4:5:6', '1:2:3:4:5:6 ', '1:2:3:4:5:6:', '-1:2:3:4:5:6', '100:2:3:4:5:6', 'g:2:3:4:5:6', '+:2:3:4:5:6', '1::3:4:5:6', '1-2-3-4-5-6', 'FFFFFFFFFFFFFFFFFFFF:0:0:0:0:0']) {
      expect(isBdaddr(s), s).toBe(false);
    }
  });

  it("refuses with CPython's OSError('bad bluetooth address'); NUL, lone surrogates and non-strings are TypeErrors", () => {
    const bad = thrown(() => parseBdaddr('zz:00:00:00:00:00'));
    expect(bad).toMatchObject({ name: 'OSError', errno: null, message: 'bad bluetooth address' });
    expect(thrown(() => parseBdaddr('00:00:00:00:00:00\0'))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => parseBdaddr('\udc00'))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => parseBdaddr(42 as never))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => formatBdaddr(new Uint8Array(5)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });
});

describe('AF_BLUETOOTH address codec', () => {
  it('L2CAP: struct sockaddr_l2 (14 bytes, psm and cid little-endian), and the 2/3/4-item forms back as CPython 3.14 gives them', () => {
    const sa = encodeL2capAddress([A, 0x1001, 0x0040, BDADDR_LE_RANDOM]);
    expect(sa.length).toBe(14);
    expect(sa.readUInt16LE(0)).toBe(AF_BLUETOOTH);
    expect(sa.readUInt16LE(2)).toBe(0x1001);
    expect([...sa.subarray(4, 10)]).toEqual([0xab, 0x89, 0x67, 0x45, 0x23, 0x01]);
    expect(sa.readUInt16LE(10)).toBe(0x40);
    expect(sa[12]).toBe(BDADDR_LE_RANDOM);
    expect(decodeBluetoothAddress(sa, ctx(BTPROTO_L2CAP))).toEqual([A, 0x1001, 0x40, BDADDR_LE_RANDOM]);
    expect(decodeBluetoothAddress(encodeL2capAddress([A, 5, 0x40]), ctx(BTPROTO_L2CAP))).toEqual([A, 5, 0x40]);
    expect(decodeBluetoothAddress(encodeL2capAddress([A, 5]), ctx(BTPROTO_L2CAP))).toEqual([A, 5]);
    expect(decodeBluetoothAddress(encodeL2capAddress([A, 0, 4, BDADDR_LE_PUBLIC]), ctx(BTPROTO_L2CAP))).toEqual([A, 0, 4, BDADDR_LE_PUBLIC]);
  });

  it('RFCOMM: struct sockaddr_rc (10 bytes) <-> [bdaddr, channel]', () => {
    const sa = encodeBluetoothAddress([A, 30], ctx(BTPROTO_RFCOMM));
    expect(sa.length).toBe(10);
    expect(sa[8]).toBe(30);
    expect(decodeBluetoothAddress(sa, ctx(BTPROTO_RFCOMM))).toEqual([A, 30]);
    expect(thrown(() => encodeRfcommAddress([A, 256]))).toMatchObject({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeRfcommAddress([A]))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => encodeRfcommAddress([A, 1, 2]))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => encodeRfcommAddress(A)).message).toMatch(/bind\(\): wrong format/);
  });

  it('HCI: devId, [devId] or [devId, channel] -> struct sockaddr_hci; the raw channel decodes to the bare id, others to [devId, channel]', () => {
    const raw = encodeHciAddress(0);
    expect(raw.length).toBe(6);
    expect(encodeHciAddress([0])).toEqual(raw);
    expect(encodeHciAddress([0, HCI_CHANNEL_RAW])).toEqual(raw);
    expect(decodeBluetoothAddress(raw, ctx(BTPROTO_HCI))).toBe(0);
    const user = encodeBluetoothAddress([1, HCI_CHANNEL_USER], ctx(BTPROTO_HCI));
    expect(decodeBluetoothAddress(user, ctx(BTPROTO_HCI))).toEqual([1, HCI_CHANNEL_USER]);
    expect(decodeBluetoothAddress(encodeHciAddress([0xffff, HCI_CHANNEL_MONITOR]), ctx(BTPROTO_HCI))).toEqual([0xffff, HCI_CHANNEL_MONITOR]);
    expect(thrown(() => encodeHciAddress(-1))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeHciAddress('0'))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeHciAddress([0, 1, 2]))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('SCO: a bdaddr string or bytes -> struct sockaddr_sco (8 bytes) -> the string; a tuple is the wrong format', () => {
    const sa = encodeScoAddress(A);
    expect(sa.length).toBe(8);
    expect(encodeScoAddress(Buffer.from(A))).toEqual(sa);
    expect(decodeBluetoothAddress(sa, ctx(BTPROTO_SCO))).toBe(A);
    expect(thrown(() => encodeScoAddress([A]))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeScoAddress(Buffer.from(`${A}\0`)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => encodeScoAddress('\ud800'))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(thrown(() => encodeScoAddress('nope'))).toMatchObject({ name: 'OSError', message: 'bad bluetooth address' });
  });

  it("other protocols: encode is CPython's OSError('<caller>(): unknown Bluetooth protocol'), decode a TypeError", () => {
    expect(thrown(() => encodeBluetoothAddress([A, 1], { ...ctx(BTPROTO_BNEP), caller: 'connect' }))).toMatchObject({
      name: 'OSError',
      message: 'connect(): unknown Bluetooth protocol',
    });
    expect(thrown(() => decodeBluetoothAddress(new Uint8Array(14), ctx(BTPROTO_BNEP)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('decodes short sockaddrs (members past the end read as zero) and any view', () => {
    expect(decodeBluetoothAddress(new Uint8Array(2), ctx(BTPROTO_L2CAP))).toEqual([BDADDR_ANY, 0]);
    expect(decodeBluetoothAddress(new Uint8Array(0), ctx(BTPROTO_RFCOMM))).toEqual([BDADDR_ANY, 0]);
    expect(decodeBluetoothAddress(new Uint8Array(3), ctx(BTPROTO_HCI))).toBe(0);
    expect(decodeBluetoothAddress(new DataView(new ArrayBuffer(8)) as never, ctx(BTPROTO_SCO))).toBe(BDADDR_ANY);
  });

  it('round-trips every L2CAP, RFCOMM and HCI address (fast-check)', () => {
    const bd = fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => formatBdaddr(b));
    fc.assert(
      fc.property(bd, fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xff }), (b, psm, cid, type) => {
        const got = decodeBluetoothAddress(encodeL2capAddress([b, psm, cid, type]), ctx(BTPROTO_L2CAP));
        const want = type !== 0 ? [b, psm, cid, type] : cid !== 0 ? [b, psm, cid] : [b, psm];
        expect(got).toEqual(want);
        expect(decodeBluetoothAddress(encodeRfcommAddress([b, type]), ctx(BTPROTO_RFCOMM))).toEqual([b, type]);
        expect(decodeBluetoothAddress(encodeHciAddress([psm, cid]), ctx(BTPROTO_HCI))).toEqual(cid === 0 ? psm : [psm, cid]);
      }),
    );
  });

  it('answers hostile input with coded errors only (fast-check over every encoder and decoder)', () => {
    const encoders = [encodeL2capAddress, encodeRfcommAddress, encodeHciAddress, encodeScoAddress];
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...encoders), (value, encode) => {
        try {
          encode(value);
        } catch (err) {
          expect((err as { code?: string }).code ?? (err as Error).name).toMatch(/^(ERR_INVALID_ARG_TYPE|ERR_INVALID_ARG_VALUE|ERR_OUT_OF_RANGE|OSError)$/);
        }
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.constantFrom(BTPROTO_L2CAP, BTPROTO_RFCOMM, BTPROTO_HCI, BTPROTO_SCO), (bytes, proto) => {
        expect(() => decodeBluetoothAddress(bytes, ctx(proto))).not.toThrow();
      }),
    );
  });
});

// The oracle: CPython's setbdaddr, reached through bind() on a Unix socket adopted as AF_BLUETOOTH
// (CPython parses the address first; the Unix socket then refuses the sockaddr_rc with EINVAL).
const py = needs(pythonMissing('socket.AF_BLUETOOTH; socket.BTPROTO_RFCOMM', { families: ['AF_BLUETOOTH'] }));
const ORACLE = `
import json, socket, sys
out = []
for s in json.load(sys.stdin):
    u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    b = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_STREAM, socket.BTPROTO_RFCOMM, fileno=u.detach())
    try:
        b.bind((s, 1))
        out.append('bound')
    except OSError as e:
        out.append('kernel' if e.errno is not None else str(e))
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        b.close()
print(json.dumps(out))
`;

describe(`bdaddr parsing against CPython's setbdaddr (/usr/bin/python3)${py.title}`, () => {
  const fixed = [
    A, 'ab:cd:ef:01:02:03', '1:2:3:4:5:6', ' 1:2:3:4:5:6', '1 :2:3:4:5:6', '1:2:3:4:5:6 ', '+1:2:3:4:5:6', '-1:2:3:4:5:6', '-0:0:0:0:0:0',
    '0x1:2:3:4:5:6', '0X:0:0:0:0:0', '0xg:0:0:0:0:0', '0001:2:3:4:5:FF', '100:2:3:4:5:6', 'FF:FF:FF:FF:FF:FF', '100000000:0:0:0:0:0',
    '-100000000:0:0:0:0:0', 'FFFFFFFFFFFFFFFFFFFF:0:0:0:0:0', '', ':', '1:2:3:4:5', '1:2:3:4:5:6:7', '1::3:4:5:6', '\t1:\n2:\v3:\f4:\r5: 6',
    '1:2:3:4:5:+', '1:2:3:4:5:0x', 'é:0:0:0:0:0', '١:2:3:4:5:6',
  ];

  it('accepts and refuses the same strings as CPython, fixed cases and fast-check ones', { timeout: 60_000 }, () => {
    if (py.skip) return;
    const alphabet = fc.constantFrom(...'0123456789abcdefABCDEFxX:+- \t\n0000::::'.split(''));
    const random = fc.sample(fc.array(alphabet, { minLength: 0, maxLength: 24 }).map((a) => a.join('')), 400);
    const shaped = fc.sample(
      fc.array(fc.stringMatching(/^[ \t]?[+-]?(0[xX])?[0-9a-fA-F]{0,3}$|^0{0,9}[0-9a-fA-F]{1,2}$/), { minLength: 6, maxLength: 6 }).map((g) => g.join(':')),
      600,
    );
    const inputs = [...fixed, ...random, ...shaped];
    const theirs = python<string[]>(ORACLE, inputs, { families: ['AF_BLUETOOTH'], timeout: 30_000 });
    const mismatches = inputs.filter((s, i) => (theirs[i] === 'kernel') !== isBdaddr(s));
    expect(mismatches).toEqual([]);
    expect(theirs.filter((t) => t === 'kernel').length).toBeGreaterThan(20);
    expect(new Set(theirs.filter((t) => t !== 'kernel'))).toEqual(new Set(['bad bluetooth address']));
  });
});
