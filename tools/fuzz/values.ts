/**
 * The values the fuzzer passes: what a careless or hostile caller can hand
 * any function. Each is made fresh per call (a detached buffer, an aborted
 * signal, a revoked Proxy) and carries a label, so a finding can be shown
 * without running any of the value's own code.
 */

/** Thrown by the fuzzer's own getters and traps, and used as abort reasons: a caller's value the call may pass on. */
export class UserValue {
  constructor(readonly label: string) {}
}

export interface Made {
  label: string;
  value: unknown;
}

export type Maker = () => Made;

const v = (label: string, make: () => unknown): Maker => () => ({ label, value: make() });
const k = (label: string, value: unknown): Maker => () => ({ label, value });

function detached(kind: 'u8' | 'u32' | 'dv'): ArrayBufferView {
  const ab = new ArrayBuffer(16);
  const view = kind === 'u8' ? new Uint8Array(ab) : kind === 'u32' ? new Uint32Array(ab) : new DataView(ab);
  structuredClone(ab, { transfer: [ab] });
  return view;
}

function throwingGetters(): object {
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (key === Symbol.toPrimitive || key === 'then') return undefined;
        throw new UserValue(`getter ${String(key)}`);
      },
      has() {
        throw new UserValue('has trap');
      },
      getPrototypeOf() {
        throw new UserValue('getPrototypeOf trap');
      },
      ownKeys() {
        throw new UserValue('ownKeys trap');
      },
    },
  );
}

function revoked(target: object): object {
  const r = Proxy.revocable(target, {});
  r.revoke();
  return r.proxy;
}

function* endless(): Generator<Buffer> {
  for (;;) yield Buffer.alloc(1);
}

function* endlessNumbers(): Generator<number> {
  for (;;) yield 0;
}

function* throwingIterator(): Generator<unknown> {
  yield Buffer.alloc(1);
  throw new UserValue('iterator throws');
}

const big = Buffer.alloc(4 * 1024 * 1024, 0x41);

/** Numbers, including every edge of the int32/uint32/safe-integer ranges. */
export const numbers: Maker[] = [
  0, 1, 2, 3, 4, 6, 10, 16, 17, 255, 256, 1024, 65535, 65536, -1, -2, 1.5, -0.5, NaN, Infinity, -Infinity, 2 ** 31 - 1, 2 ** 31, -(2 ** 31),
  -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, -0,
].map((n) => k(Object.is(n, -0) ? '-0' : String(n), n));

export const strings: Maker[] = [
  '', 'a', '0', 'localhost', '127.0.0.1', '::1', '::ffff:1.2.3.4', 'fe80::1%1', '255.255.255.255', '1.2.3', 'lo', 'tcp', 'udp', 'http', 'r', 'w', 'rw', 'rb',
  'wb', 'utf8', '\0', 'a\0b', '%', 'é', '\ud800', 'x'.repeat(108), 'x'.repeat(300), '1'.repeat(70_000),
].map((s) => k(s.length > 20 ? `'${s.slice(0, 8)}…'(${s.length})` : JSON.stringify(s), s));

export const others: Maker[] = [
  k('undefined', undefined),
  k('null', null),
  k('true', true),
  k('false', false),
  k('0n', 0n),
  k('-1n', -1n),
  k('2n**64n', 2n ** 64n),
  k('Symbol()', Symbol('fuzz')),
  v('{}', () => ({})),
  v('Object.create(null)', () => Object.create(null)),
  v('[]', () => []),
  v('[0]', () => [0]),
  v('[undefined]', () => [undefined]),
  v("['127.0.0.1', 0]", () => ['127.0.0.1', 0]),
  v("['::1', 0, 0, 0]", () => ['::1', 0, 0, 0]),
  v("['localhost', 1]", () => ['localhost', 1]),
  v("['lo']", () => ['lo']),
  v('[0, 0]', () => [0, 0]),
  v('[-1, -1]', () => [-1, -1]),
  v('[1, 2, 3]', () => [1, 2, 3]),
  // An SCM_RIGHTS-shaped item naming fd 0x7fffff00, which is never open: nothing real can be closed through it.
  v('[[1, 1, Buffer]]', () => [[1, 1, Buffer.from([0x00, 0xff, 0xff, 0x7f])]]),
  v('[Buffer]', () => [Buffer.alloc(8)]),
  v('new Array(5)', () => new Array(5)),
  v('new Array(2**32-1)', () => new Array(2 ** 32 - 1)),
  v('sparse [,,1]', () => [, , 1]), // eslint-disable-line no-sparse-arrays
  v('() => {}', () => () => {}),
  v('class {}', () => class {}),
  v('new Date()', () => new Date(0)),
  v('new Map()', () => new Map([[1, 2]])),
  v('new Set([1])', () => new Set([1])),
  v('new Error()', () => new Error('fuzz')),
  v('Promise.resolve()', () => Promise.resolve(1)),
  v('endless generator of Buffers', endless),
  v('endless generator of numbers', endlessNumbers),
  v('iterator that throws', throwingIterator),
  v('throwing getters', throwingGetters),
  v('revoked Proxy', () => revoked({})),
  v('revoked Proxy of an array', () => revoked([])),
  v('Proxy of a Buffer', () => new Proxy(Buffer.alloc(8), {})),
  v('{ length: 2**32 }', () => ({ length: 2 ** 32 })),
  v('{ valueOf() throws }', () => ({ valueOf: () => { throw new UserValue('valueOf'); }, toString: () => { throw new UserValue('toString'); } })),
  v('aborted AbortSignal', () => AbortSignal.abort(new UserValue('abort reason'))),
  v('AbortSignal', () => new AbortController().signal),
  v('{ signal: aborted }', () => ({ signal: AbortSignal.abort(new UserValue('abort reason')) })),
  v('{ signal: fresh }', () => ({ signal: new AbortController().signal })),
  v('{ timeout: 0.01 }', () => ({ timeout: 0.01 })),
  v('{ highWaterMark: -1 }', () => ({ highWaterMark: -1 })),
  v('{ encoding: "bogus" }', () => ({ encoding: 'bogus' })),
  v('{ family: 1.5 }', () => ({ family: 1.5 })),
];

export const bytes: Maker[] = [
  v('Buffer(0)', () => Buffer.alloc(0)),
  v('Buffer(1)', () => Buffer.alloc(1)),
  v('Buffer(4)', () => Buffer.from([1, 2, 3, 4])),
  v('Buffer(16)', () => Buffer.alloc(16, 0xff)),
  v('Buffer(110) random', () => Buffer.from(Array.from({ length: 110 }, (_, i) => (i * 37 + 11) & 0xff))),
  v('Buffer(512) random', () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) & 0xff))),
  v('Buffer(4 MiB)', () => big),
  v('Uint8Array(8).subarray(3)', () => new Uint8Array(8).fill(7).subarray(3)),
  v('Uint16Array(8)', () => new Uint16Array([2, 0x1234, 1, 2, 3, 4, 5, 6])),
  v('Uint32Array(4)', () => new Uint32Array([0x0100007f, 2, 3, 4])),
  v('Float64Array(2)', () => new Float64Array([1.5, -1])),
  v('BigInt64Array(2)', () => new BigInt64Array([1n, -1n])),
  v('DataView(16)', () => new DataView(new ArrayBuffer(16))),
  v('DataView at offset 4', () => new DataView(new ArrayBuffer(24), 4, 16)),
  v('ArrayBuffer(8)', () => new ArrayBuffer(8)),
  v('SharedArrayBuffer view', () => new Uint8Array(new SharedArrayBuffer(8))),
  v('detached Uint8Array', () => detached('u8')),
  v('detached Uint32Array', () => detached('u32')),
  v('detached DataView', () => detached('dv')),
];

/** Every maker, for arguments of unknown meaning. */
export const anything: Maker[] = [...numbers, ...strings, ...others, ...bytes];
