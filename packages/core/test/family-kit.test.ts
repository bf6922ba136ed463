import { endianness } from 'node:os';
import { describe, expect, it } from 'vitest';
import { OSError, SO_ATTACH_FILTER, SO_GET_FILTER, SO_RCVTIMEO, SOL_SOCKET } from '@sock/core';
import {
  constantTable,
  getFilter,
  ifIndexToName,
  ifNameToIndex,
  nameOf,
  packTimeval,
  reverseMap,
  setsockoptFprog,
  timevalLayout,
  unpackTimeval,
} from '@sock/core/family';
import { fakeSocketpair } from '@sock/core/testing';

function withSocket(fn: (fd: number) => void): void {
  const [a, b] = fakeSocketpair();
  try {
    fn(a.fileno());
  } finally {
    a.close();
    b.close();
  }
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('constantTable', () => {
  const c = constantTable({ AF_X: 40, X_ONE: 1, X_MAX: 2 ** 32 - 1 });
  it('reads present names and gives undefined for absent ones, never throwing', () => {
    expect(c.family('AF_X')).toBe(40);
    expect(c.linux('X_ONE')).toBe(1);
    expect(c.optional('X_MAX')).toBe(4294967295);
    expect(c.optional('X_NONE')).toBeUndefined();
    expect(c.linux('X_NONE')).toBeUndefined();
    expect(c.optionalFamily('AF_NONE')).toBeUndefined();
  });
  it('does not read inherited properties as constants', () => {
    expect(c.optional('toString')).toBeUndefined();
    expect(c.optional('__proto__')).toBeUndefined();
  });
});

describe('reverseMap and nameOf', () => {
  const record = { A_ONE: 1, A_UNO: 1, A_TWO: 2, B_ONE: 1 };
  it('names each value by the first name in list order', () => {
    expect(nameOf(reverseMap(record, ['A_UNO', 'A_ONE', 'A_TWO']), 1)).toBe('A_UNO');
    expect(nameOf(reverseMap(record), 1)).toBe('A_ONE');
    expect(nameOf(reverseMap(record, ['B_ONE', 'A_ONE']), 1)).toBe('B_ONE');
  });
  it('skips names the record lacks and prints unknown values as numbers', () => {
    const m = reverseMap(record, ['A_NONE', 'A_TWO']);
    expect([...m]).toEqual([[2, 'A_TWO']]);
    expect(nameOf(m, 1)).toBe('1');
    expect(nameOf(m, -5)).toBe('-5');
  });
});

describe('ifNameToIndex / ifIndexToName (SIOCGIFINDEX / SIOCGIFNAME on a socket)', () => {
  it('resolve the loopback interface both ways', () => {
    withSocket((fd) => {
      const index = ifNameToIndex(fd, 'lo');
      expect(index).toBeGreaterThan(0);
      expect(ifIndexToName(fd, index)).toBe('lo');
    });
  });
  it('raise OSError ENODEV for an interface that does not exist or a name too long for ifr_name', () => {
    withSocket((fd) => {
      for (const e of [caught(() => ifNameToIndex(fd, 'nosuchif0')), caught(() => ifNameToIndex(fd, 'lo' + 'x'.repeat(30))), caught(() => ifIndexToName(fd, 0x7fff0000))]) {
        expect(e).toBeInstanceOf(OSError);
        expect((e as OSError).code).toBe('ENODEV');
        expect((e as OSError).syscall).toBe('ioctl');
      }
    });
  });
  it('refuse bad arguments with Node-style errors before any ioctl', () => {
    withSocket((fd) => {
      expect((caught(() => ifNameToIndex(fd, 5 as unknown as string)) as { code: string }).code).toBe('ERR_INVALID_ARG_TYPE');
      expect((caught(() => ifNameToIndex(fd, 'l\0o')) as { code: string }).code).toBe('ERR_INVALID_ARG_VALUE');
      expect((caught(() => ifIndexToName(fd, -1)) as { code: string }).code).toBe('ERR_OUT_OF_RANGE');
    });
  });
  it('report EBADF for a closed fd', () => {
    const [a, b] = fakeSocketpair();
    const fd = a.fileno();
    a.close();
    b.close();
    expect((caught(() => ifNameToIndex(fd, 'lo')) as OSError).code).toBe('EBADF');
  });
});

describe('setsockoptFprog / getFilter (struct sock_fprog, SO_GET_FILTER)', () => {
  // "ret #-1": BPF_RET | BPF_K, accept every byte (struct sock_filter: u16 code, u8 jt, u8 jf, u32 k, host order).
  const program = Buffer.alloc(8);
  const insn = new DataView(program.buffer, program.byteOffset, 8);
  insn.setUint16(0, 0x06, endianness() === 'LE');
  insn.setUint32(4, 0xffffffff, endianness() === 'LE');

  it('attach a program that reads back the same, by getFilter and by getsockopt(SO_GET_FILTER, bytes)', () => {
    const [a, b] = fakeSocketpair();
    try {
      expect(getFilter(a.fileno()).length).toBe(0);
      setsockoptFprog(a.fileno(), SOL_SOCKET, SO_ATTACH_FILTER, program);
      expect(getFilter(a.fileno())).toEqual(program);
      // getsockopt counts SO_GET_FILTER's optlen in instructions: asked for 20 bytes, it returns the 8 there are.
      expect(a.getsockopt(SOL_SOCKET, SO_GET_FILTER, 20)).toEqual(program);
      expect((a.getsockopt(SOL_SOCKET, SO_GET_FILTER, 7) as Buffer).length).toBe(0);
    } finally {
      a.close();
      b.close();
    }
  });
  it('refuse a program that is not whole struct sock_filter, and let the kernel refuse an empty one', () => {
    withSocket((fd) => {
      expect((caught(() => setsockoptFprog(fd, SOL_SOCKET, SO_ATTACH_FILTER, Buffer.alloc(7))) as { code: string }).code).toBe('ERR_OUT_OF_RANGE');
      expect((caught(() => setsockoptFprog(fd, SOL_SOCKET, SO_ATTACH_FILTER, Buffer.alloc(0))) as OSError).code).toBe('EINVAL');
      expect((caught(() => setsockoptFprog(fd, SOL_SOCKET, SO_ATTACH_FILTER, 'x' as unknown as Buffer)) as { code: string }).code).toBe('ERR_INVALID_ARG_TYPE');
    });
  });
});

describe("packTimeval / unpackTimeval (struct timeval from core's layout)", () => {
  it('follow the layout the addon reports', () => {
    expect(timevalLayout.size).toBeGreaterThanOrEqual(timevalLayout.usec.offset + timevalLayout.usec.size);
    expect(packTimeval(0).length).toBe(timevalLayout.size);
  });
  it('round-trip seconds to the microsecond, carrying a rounded-up second', () => {
    for (const s of [0, 1, 1.5, 2.000001, 123456.75, 2 ** 31 - 1]) expect(unpackTimeval(packTimeval(s))).toBeCloseTo(s, 6);
    expect(unpackTimeval(packTimeval(1.9999999))).toBe(2);
  });
  it('reject negative, NaN and out-of-range seconds', () => {
    for (const s of [-1, Number.NaN, 2 ** 31, Infinity]) expect((caught(() => packTimeval(s)) as { code: string }).code).toBe('ERR_OUT_OF_RANGE');
  });
  it('read short bytes as zero past their end', () => {
    expect(unpackTimeval(new Uint8Array(0))).toBe(0);
  });
  it('set and read SO_RCVTIMEO as the kernel keeps it', () => {
    const [a, b] = fakeSocketpair();
    try {
      a.setsockopt(SOL_SOCKET, SO_RCVTIMEO, packTimeval(2.5));
      expect(unpackTimeval(a.getsockopt(SOL_SOCKET, SO_RCVTIMEO, timevalLayout.size) as Buffer)).toBe(2.5);
    } finally {
      a.close();
      b.close();
    }
  });
});
