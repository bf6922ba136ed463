import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needs, python, pythonMissing, runFamilyContract, thrown } from '@sock/core/testing';
import {
  AF_TIPC,
  decodeTipcAddress,
  encodeTipcAddress,
  TIPC_ADDR_ID,
  TIPC_ADDR_NAME,
  TIPC_ADDR_NAMESEQ,
  TIPC_CLUSTER_SCOPE,
  TIPC_NODE_SCOPE,
  TIPC_ZONE_SCOPE,
  tipcFamily,
} from '@sock/tipc';

const U32 = 0xffffffff;
const [SEQ, NAME, ID] = [TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME, TIPC_ADDR_ID];
const C = TIPC_CLUSTER_SCOPE;

runFamilyContract(tipcFamily, {
  valid: [
    { address: [SEQ, 2000, 200, 210], canonical: [SEQ, 2000, 200, 210, C] },
    { address: [SEQ, 2000, 200, 210, TIPC_NODE_SCOPE] },
    { address: [SEQ, U32, 0, U32, TIPC_ZONE_SCOPE] },
    { address: [NAME, 2000, 205, 0], canonical: [NAME, 2000, 205, 205, C] },
    { address: [NAME, 18888, 17, 99, TIPC_NODE_SCOPE], canonical: [NAME, 18888, 17, 17, TIPC_NODE_SCOPE] },
    { address: [ID, 0x01001001, 12345, 0], canonical: [ID, 0x01001001, 12345, 0, C] },
    { address: [ID, 1, 2, 7, 0], canonical: [ID, 1, 2, 0, 0] },
    { address: [SEQ, 1, 2, 3, 255], canonical: [SEQ, 1, 2, 3, U32] },
    { address: [SEQ, 1, 2, 3, -1], canonical: [SEQ, 1, 2, 3, U32] },
    { address: [SEQ, 1, 2, 3, U32] },
  ],
  invalid: [
    { address: null },
    { address: undefined },
    { address: 'x' },
    { address: { addrType: SEQ } },
    { address: [] },
    { address: [SEQ, 1, 2] },
    { address: [SEQ, 1, 2, 3, 4, 5] },
    { address: [0, 1, 2, 3] },
    { address: [4, 1, 2, 3] },
    { address: [SEQ, 1, 2, -1] },
    { address: [SEQ, 1, 2, 2 ** 32] },
    { address: [2 ** 32 + 1, 1, 2, 3] },
    { address: [SEQ, 1.5, 2, 3] },
    { address: [SEQ, '1', 2, 3] },
    { address: [SEQ, 1, 2, null] },
    { address: [SEQ, 1, 2, 3, 256] },
    { address: [SEQ, 1, 2, 3, -129] },
    { address: [SEQ, 1, 2, 3, 1.5] },
    { address: [SEQ, 1n, 2, 3] },
  ],
});

describe('AF_TIPC address codec', () => {
  it('writes a whole zero-filled struct sockaddr_tipc: family, addrtype, scope, then the union', () => {
    const seq = encodeTipcAddress([SEQ, 0x01020304, 0x05060708, 0x090a0b0c, TIPC_NODE_SCOPE]);
    expect(seq.length).toBe(16);
    expect(seq.readUInt16LE(0)).toBe(AF_TIPC);
    expect([seq[2], seq[3]]).toEqual([SEQ, TIPC_NODE_SCOPE]);
    expect([seq.readUInt32LE(4), seq.readUInt32LE(8), seq.readUInt32LE(12)]).toEqual([0x01020304, 0x05060708, 0x090a0b0c]);
    const name = encodeTipcAddress([NAME, 7, 8, 9]);
    expect([name[2], name[3], name.readUInt32LE(4), name.readUInt32LE(8), name.readUInt32LE(12)]).toEqual([NAME, C, 7, 8, 0]);
    // struct tipc_socket_addr is { ref, node }: v1 (node) goes second, v2 (ref) first.
    const id = encodeTipcAddress([ID, 0x1001, 42, 9]);
    expect([id[2], id.readUInt32LE(4), id.readUInt32LE(8), id.readUInt32LE(12)]).toEqual([ID, 42, 0x1001, 0]);
  });

  it('decodes as CPython: five members, NAME repeats the instance, ID ends in 0, scope as unsigned', () => {
    expect(decodeTipcAddress(encodeTipcAddress([NAME, 2000, 205, 0]))).toEqual([NAME, 2000, 205, 205, C]);
    expect(decodeTipcAddress(encodeTipcAddress([ID, 5, 6, 7]))).toEqual([ID, 5, 6, 0, C]);
    const sa = encodeTipcAddress([SEQ, 1, 2, 3]);
    sa[3] = 0x80;
    expect(decodeTipcAddress(sa)[4]).toBe(2 ** 32 - 128);
  });

  it('refuses an unknown addrType with "Invalid address type", and decodes one to the same error', () => {
    const enc = thrown(() => encodeTipcAddress([9, 1, 2, 3]));
    expect(enc).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
    expect((enc as Error).message).toContain('Invalid address type');
    const sa = encodeTipcAddress([SEQ, 1, 2, 3]);
    sa[2] = 9;
    expect(thrown(() => decodeTipcAddress(sa))).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('names the caller when the address is not an array, and the tuple shape when it has the wrong length', () => {
    const err = thrown(() => encodeTipcAddress('x', { caller: 'connect' }));
    expect(err).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect((err as Error).message).toContain('connect(): AF_TIPC address must be tuple');
    expect(thrown(() => encodeTipcAddress(new Proxy([SEQ, 1, 2, 3], {})))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect((thrown(() => encodeTipcAddress([SEQ, 1, 2])) as Error).message).toContain('AF_TIPC address must be a tuple (addr_type, v1, v2, v3[, scope])');
  });

  it('reads what a short sockaddr lacks as zeros', () => {
    const sa = encodeTipcAddress([SEQ, 7, 8, 9, TIPC_NODE_SCOPE]);
    expect(decodeTipcAddress(sa.subarray(0, 3))).toEqual([SEQ, 0, 0, 0, 0]);
    expect(decodeTipcAddress(sa.subarray(0, 10))).toEqual([SEQ, 7, 0, 0, TIPC_NODE_SCOPE]);
    expect(thrown(() => decodeTipcAddress(new Uint8Array(0)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
  });

  it('round-trips every address (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(SEQ, NAME, ID), fc.nat({ max: U32 }), fc.nat({ max: U32 }), fc.nat({ max: U32 }), fc.integer({ min: -128, max: 127 }), (t, a, b, c, scope) => {
        const out = decodeTipcAddress(encodeTipcAddress([t, a, b, c, scope]));
        expect(out).toEqual([t, a, b, t === SEQ ? c : t === NAME ? b : 0, scope >>> 0]);
        expect(decodeTipcAddress(encodeTipcAddress(out))).toEqual(out);
      }),
      { numRuns: 500 },
    );
  });

  it('answers every hostile address with a coded TypeError or RangeError only (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 7 }), fc.anything({ maxDepth: 2 }), (items, lone) => {
        for (const address of [items, lone]) {
          try {
            encodeTipcAddress(address);
          } catch (err) {
            expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
            expect(typeof (err as { code?: unknown }).code).toBe('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

const oracle = needs(pythonMissing('socket.AF_TIPC'));

describe('AF_TIPC address encoding against CPython', () => {
  // CPython's bind on a Unix socket adopted as AF_TIPC (socket(AF_TIPC, ..., fileno=fd)) parses the tuple as it
  // would for a TIPC socket: its errors are the codec's; an address it accepts reaches bind(2), which the Unix
  // socket refuses with EINVAL.
  const cases: Array<[string, unknown[]]> = [
    ['NAMESEQ', [SEQ, 2000, 200, 210]],
    ['NAMESEQ with scope', [SEQ, 2000, 200, 210, TIPC_NODE_SCOPE]],
    ['NAME', [NAME, 2000, 205, 0]],
    ['ID', [ID, 1, 2, 0]],
    ['addrType 0', [0, 1, 2, 3]],
    ['addrType 4', [4, 1, 2, 3]],
    ['three members', [SEQ, 1, 2]],
    ['six members', [SEQ, 1, 2, 3, 4, 5]],
    ['empty', []],
    ['float member', [SEQ, 1.5, 2, 3]],
    ['str member', [SEQ, '1', 2, 3]],
    ['None member', [SEQ, 1, 2, null]],
    ['scope 255', [SEQ, 1, 2, 3, 255]],
  ];
  const wrapping: Array<[string, unknown[]]> = [
    ['v3 -1', [SEQ, 1, 2, -1]],
    ['v3 2**32', [SEQ, 1, 2, 2 ** 32]],
    ['scope 256', [SEQ, 1, 2, 3, 256]],
  ];

  const ask = (addrs: unknown[][]) =>
    python<Array<string>>(
      `import socket, json, sys
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
s = socket.socket(socket.AF_TIPC, socket.SOCK_RDM, 0, a.detach())
out = []
for addr in json.load(sys.stdin):
    try:
        s.bind(tuple(addr)); out.append('ok')
    except OSError as e:
        out.append('reached bind(2)' if e.errno is not None else 'OSError')
    except Exception as e:
        out.append(type(e).__name__)
s.close(); b.close()
print(json.dumps(out))`,
      addrs,
    );

  const ours = (addr: unknown[]): string => {
    try {
      encodeTipcAddress(addr);
      return 'reached bind(2)';
    } catch (err) {
      return (err as Error).name;
    }
  };

  it.skipIf(oracle.skip)(`refuses what CPython refuses, with the same class, and passes on what it passes${oracle.title}`, () => {
    const theirs = ask(cases.map(([, a]) => a));
    const mine = cases.map(([, a]) => ours(a));
    // A fraction is a RangeError here (one number type), where Python refuses a float with TypeError.
    const expected = theirs.map((t, i) => (cases[i]![0] === 'float member' ? 'RangeError' : t));
    expect(Object.fromEntries(cases.map(([label], i) => [label, mine[i]]))).toEqual(Object.fromEntries(cases.map(([label], i) => [label, expected[i]])));
    expect(theirs.filter((t) => t === 'reached bind(2)').length).toBe(5);
  });

  it.skipIf(oracle.skip)(`refuses with RangeError what CPython's "I" format wraps silently${oracle.title}`, () => {
    expect(ask(wrapping.map(([, a]) => a))).toEqual(wrapping.map(() => 'reached bind(2)'));
    for (const [label, addr] of wrapping) expect(ours(addr), label).toBe('RangeError');
  });
});
