import { describe, expect, it } from 'vitest';
import * as core from '@sock/core';
import {
  AddressFamily,
  BlockingIOError,
  BrokenPipeError,
  ChildProcessError,
  ConnectionAbortedError,
  ConnectionError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  gaierror,
  herror,
  ifNametoindex,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  OSError,
  PermissionError,
  ProcessLookupError,
  SO_BINDTODEVICE,
  SO_BINDTOIFINDEX,
  SOL_SOCKET,
  SocketKind,
  TimeoutError,
} from '@sock/core';
import { fakeSocketpair, needs, needsRoot, python, pythonMissing } from '@sock/core/testing';

const py = needs(pythonMissing() === null ? null : 'python3 on PATH (the CPython oracle)');

const errorClasses = {
  OSError,
  BlockingIOError,
  ChildProcessError,
  ConnectionError,
  BrokenPipeError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  PermissionError,
  ProcessLookupError,
  TimeoutError,
  gaierror,
  herror,
} as const;

interface Built {
  errno: number | null;
  strerror: string | null;
  args: unknown[];
  str: string;
}

describe('OSError and its subclasses construct with no arguments, as in Python', () => {
  it.skipIf(py.skip)(`give what CPython's cls() gives: errno and strerror None, args (), str ''${py.title}`, () => {
    const names = Object.keys(errorClasses);
    const expected = python<Record<string, Built>>(
      `import json, socket, sys
out = {}
for name in json.load(sys.stdin):
    cls = getattr(socket, name, None) or getattr(__builtins__, name)
    e = cls()
    out[name] = {'errno': e.errno, 'strerror': e.strerror, 'args': list(e.args), 'str': str(e)}
print(json.dumps(out))`,
      names,
    );
    for (const [name, Cls] of Object.entries(errorClasses)) {
      const e = new Cls();
      expect({ errno: e.errno, strerror: e.strerror, args: [...e.args], str: e.message }, name).toEqual(expected[name]);
      expect(e, name).toBeInstanceOf(OSError);
      expect(e.name).toBe(name);
      expect(e.code).toBeUndefined();
    }
  });

  it("keeps the argument forms: errno with its text, a message alone, and a socket timeout's 'timed out'", () => {
    const refused = new ConnectionRefusedError(core.errno.ECONNREFUSED!);
    expect(refused.args).toEqual([core.errno.ECONNREFUSED, refused.strerror]);
    expect(refused.code).toBe('ECONNREFUSED');
    const message = new OSError(null, 'AF_UNIX path too long');
    expect(message.args).toEqual(['AF_UNIX path too long']);
    expect(message.message).toBe('AF_UNIX path too long');
    const g = new gaierror(-2, 'Name or service not known');
    expect(g.errno).toBe(-2);
    expect(g.syscall).toBe('getaddrinfo');
  });
});

describe('AddressFamily and SocketKind: the IntEnums as frozen objects with a reverse lookup', () => {
  it('map names to numbers and numbers back to names, frozen', () => {
    expect(AddressFamily.AF_INET).toBe(core.constants.AF_INET ?? AddressFamily.AF_INET);
    expect(AddressFamily[AddressFamily.AF_INET!]).toBe('AF_INET');
    expect(AddressFamily[AddressFamily.AF_UNIX!]).toBe('AF_UNIX');
    expect(AddressFamily.AF_UNSPEC).toBe(core.AF_UNSPEC);
    expect(SocketKind.SOCK_STREAM).toBe(core.SOCK_STREAM);
    expect(SocketKind[core.SOCK_DGRAM]).toBe('SOCK_DGRAM');
    expect(SocketKind[core.SOCK_RDM]).toBe('SOCK_RDM');
    expect(AddressFamily[0x7fff_fff0]).toBeUndefined();
    expect(SocketKind.SOCK_NO_SUCH_KIND).toBeUndefined();
    expect(Object.isFrozen(AddressFamily)).toBe(true);
    expect(Object.isFrozen(SocketKind)).toBe(true);
    const both = AddressFamily as Readonly<Record<string, string | number>>;
    for (const [key, value] of Object.entries(both)) {
      if (key.startsWith('AF_')) expect(typeof both[value], key).toBe('string');
      else expect(both[value], key).toBe(Number(key));
    }
  });

  it.skipIf(py.skip)(`hold every member of CPython's enums, with the same value and canonical name${py.title}`, () => {
    const expected = python<Record<'AddressFamily' | 'SocketKind', Array<[string, number, string]>>>(
      `import json, socket
def members(enum):
    return [[name, int(m), enum(int(m)).name] for name, m in enum.__members__.items()]
print(json.dumps({'AddressFamily': members(socket.AddressFamily), 'SocketKind': members(socket.SocketKind)}))`,
    );
    const ours = { AddressFamily, SocketKind } as Record<string, Readonly<Record<string | number, string | number | undefined>>>;
    for (const [enumName, members] of Object.entries(expected)) {
      expect(members.length, enumName).toBeGreaterThan(4);
      for (const [name, value, canonical] of members) {
        expect(ours[enumName]![name], `${enumName}.${name}`).toBe(value);
        expect(ours[enumName]![value], `${enumName}[${value}]`).toBe(canonical);
      }
    }
  });
});

const GENERIC = [
  'SOCK_RDM',
  'SO_BINDTODEVICE',
  'SO_BINDTOIFINDEX',
  'SO_MARK',
  'SO_PRIORITY',
  'SO_RCVLOWAT',
  'SO_SNDLOWAT',
  'SO_OOBINLINE',
  'SO_DEBUG',
  'SO_DONTROUTE',
  'SO_INCOMING_CPU',
  'MSG_CONFIRM',
  'MSG_DONTROUTE',
  'MSG_ERRQUEUE',
  'MSG_FASTOPEN',
] as const;

describe('generic constants that Python exports are named exports of @sock/core', () => {
  it('are numbers, the same as in the constants table', () => {
    for (const name of GENERIC) {
      expect(typeof core[name], name).toBe('number');
      expect(core[name], name).toBe(core.constants[name]);
    }
  });

  it.skipIf(py.skip)(`equal CPython's socket.X wherever Python has the name${py.title}`, () => {
    const expected = python<Record<string, number | null>>(
      'import json, socket, sys\nprint(json.dumps({n: getattr(socket, n, None) for n in json.load(sys.stdin)}))',
      GENERIC,
    );
    let compared = 0;
    for (const name of GENERIC) {
      if (expected[name] === null) continue;
      expect(core[name], name).toBe(expected[name]);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(GENERIC.length - 1);
  });

  const root = needsRoot('root (CAP_NET_RAW) to bind a socket to a device');
  it.skipIf(root.skip)(`SO_BINDTOIFINDEX, which CPython 3.11 lacks, binds to the device SO_BINDTODEVICE then names${root.title}`, () => {
    const [a, b] = fakeSocketpair();
    try {
      a.setsockopt(SOL_SOCKET, SO_BINDTOIFINDEX, ifNametoindex('lo'));
      expect(a.getsockopt(SOL_SOCKET, SO_BINDTOIFINDEX)).toBe(ifNametoindex('lo'));
      const name = a.getsockopt(SOL_SOCKET, SO_BINDTODEVICE, 16) as Buffer;
      expect(name.subarray(0, name.indexOf(0)).toString()).toBe('lo');
    } finally {
      a.close();
      b.close();
    }
  });
});
