import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ConnectionRefusedError, errno as E, gaierror, OSError, SOCK_DGRAM, SOCK_STREAM } from '@sock/core';
import {
  AF_INET,
  AF_INET6,
  AI_CANONNAME,
  AI_NUMERICHOST,
  AI_NUMERICSERV,
  AI_PASSIVE,
  EAI_NONAME,
  EAI_SERVICE,
  EAI_SYSTEM,
  getaddrinfo,
  getaddrinfoSync,
  getnameinfo,
  getnameinfoSync,
  NI_NUMERICHOST,
  NI_NUMERICSERV,
} from '@sock/inet';
import { gaiError } from '../src/errors.js';
import { native } from '../src/native.js';
import { ipv6, hasPython, python, rejected, thrown } from './helpers.js';

type Args = [host: string | null, port: string | number | null, family?: number, type?: number, proto?: number, flags?: number];

const CASES: Args[] = [
  ['localhost', 80],
  ['localhost', 'http'],
  ['127.0.0.1', 'http', 0, SOCK_STREAM],
  [null, 80, 0, SOCK_STREAM, 0, AI_PASSIVE],
  [null, 8080, 0, SOCK_DGRAM],
  ['localhost', null, AF_INET, SOCK_DGRAM],
  ['localhost', 80, 0, SOCK_STREAM, 0, AI_CANONNAME],
  ['127.0.0.1', 70000],
  ['127.1', 1],
  ['::1', 22, AF_INET6],
  ['::ffff:10.0.0.1', 22, AF_INET6, SOCK_STREAM],
  ['fe80::1%lo', 80, AF_INET6, SOCK_STREAM],
  ['fe80::1%1', 80, 0, SOCK_STREAM, 0, AI_NUMERICHOST],
  ['', 80, AF_INET],
];

const ERROR_CASES: Args[] = [
  ['no such host!', 80],
  [null, null],
  ['127.0.0.1', 'http', 0, 0, 0, AI_NUMERICSERV],
  ['127.0.0.1', -1],
  ['localhost', 80, 99],
  ['fe80::1%nosuchiface0', 80, AF_INET6],
  ['localhost', 'no-such-service'],
];

const PY_GAI = `
import socket, json, sys
out = []
for args in json.load(sys.stdin):
    try:
        out.append([[int(f), int(t), p, c, list(sa)] for f, t, p, c, sa in socket.getaddrinfo(*args)])
    except socket.gaierror as e:
        out.append({'code': e.errno, 'message': e.strerror})
print(json.dumps(out))
`;

function errorShape(err: any): unknown {
  return err instanceof gaierror ? { code: err.errno, message: err.strerror } : err;
}

describe('getaddrinfo', () => {
  it.skipIf(!hasPython)('gives the same results as CPython for the same arguments, in both forms (needs python3)', async () => {
    const all = [...CASES, ...ERROR_CASES];
    const expected = python<unknown[]>(PY_GAI, all);
    for (let i = 0; i < all.length; i++) {
      const args = all[i]!;
      let sync: unknown;
      try {
        sync = getaddrinfoSync(...args);
      } catch (err) {
        sync = errorShape(err);
      }
      let asyncResult: unknown;
      try {
        asyncResult = await getaddrinfo(...args);
      } catch (err) {
        asyncResult = errorShape(err);
      }
      expect(sync, JSON.stringify(args)).toEqual(expected[i]);
      expect(asyncResult, JSON.stringify(args)).toEqual(expected[i]);
    }
  });

  it('takes the hints positionally or as an object', async () => {
    const positional = await getaddrinfo('localhost', 80, AF_INET, SOCK_STREAM, 0, AI_CANONNAME);
    const named = await getaddrinfo('localhost', 80, { family: AF_INET, type: SOCK_STREAM, flags: AI_CANONNAME });
    expect(named).toEqual(positional);
    expect(positional[0]![3]).toBe('localhost');
  });

  it('raises gaierror with the EAI code and gai_strerror text', async () => {
    const err = await rejected(getaddrinfo('no such host!', 80));
    expect(err).toBeInstanceOf(gaierror);
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBe(EAI_NONAME);
    expect(err.strerror).toBe(native.gaiStrerror(EAI_NONAME));
    expect(err.message).toBe(`[Errno ${EAI_NONAME}] ${native.gaiStrerror(EAI_NONAME)}`);
    expect(thrown(() => getaddrinfoSync('127.0.0.1', -1)).errno).toBe(EAI_SERVICE);
  });

  it('turns EAI_SYSTEM into the errno’s OSError subclass, as CPython does', () => {
    if (EAI_SYSTEM !== undefined) expect(gaiError({ code: EAI_SYSTEM, errno: E.ECONNREFUSED! })).toBeInstanceOf(ConnectionRefusedError);
    const plain = gaiError({ code: EAI_NONAME, errno: 0 });
    expect(plain).toBeInstanceOf(gaierror);
    expect(plain.args).toEqual([EAI_NONAME, native.gaiStrerror(EAI_NONAME)]);
  });

  it("refuses bad arguments as CPython does: host type, port type ('Int or String expected')", () => {
    expect(thrown(() => getaddrinfoSync(1 as unknown as string, 80)).code).toBe('ERR_INVALID_ARG_TYPE');
    const portErr = thrown(() => getaddrinfoSync('localhost', 1.5));
    expect(portErr).toBeInstanceOf(OSError);
    expect(portErr.message).toBe('Int or String expected');
    expect(thrown(() => getaddrinfoSync('localhost', {} as unknown as string)).message).toBe('Int or String expected');
    expect(thrown(() => getaddrinfoSync('localhost', '\ud800')).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(thrown(() => getaddrinfoSync('local\0host', 80)).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(thrown(() => getaddrinfoSync('a..b', 80)).message).toContain('label empty or too long');
    expect(thrown(() => getaddrinfoSync('localhost', 80, 2 ** 31)).code).toBe('ERR_OUT_OF_RANGE');
  });

  it('accepts bytes for host and port, and bigint ports', () => {
    expect(getaddrinfoSync(Buffer.from('127.0.0.1'), Buffer.from('80'), AF_INET, SOCK_STREAM)).toEqual(
      getaddrinfoSync('127.0.0.1', 80n as unknown as number, AF_INET, SOCK_STREAM),
    );
  });

  it('resolves on the threadpool of a worker thread too', async () => {
    // The file the package itself loads (a local build, else prebuilds/ for this platform and arch).
    const nodeGypBuild = createRequire(import.meta.url)('node-gyp-build') as { resolve(dir: string): string };
    const addon = nodeGypBuild.resolve(fileURLToPath(new URL('..', import.meta.url)));
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       require(workerData).getaddrinfo('localhost', '80', 2, 1, 0, 0).then((r) => parentPort.postMessage(r[0][0]));`,
      { eval: true, workerData: addon },
    );
    const family = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(family).toBe(AF_INET);
  });
});

const PY_GNI = `
import socket, json, sys
out = []
for sa, flags in json.load(sys.stdin):
    try:
        out.append(list(socket.getnameinfo(tuple(sa), flags)))
    except OSError as e:
        out.append({'type': type(e).__name__, 'args': list(e.args)})
print(json.dumps(out))
`;

describe('getnameinfo', () => {
  const cases: Array<[unknown[], number]> = [
    [['127.0.0.1', 80], NI_NUMERICHOST | NI_NUMERICSERV],
    [['127.0.0.1', 80], 0],
    [['127.0.0.1', 70000], NI_NUMERICHOST],
    [['::1', 80, 0, 1], NI_NUMERICHOST],
    [['::1', 443, 0, 0], NI_NUMERICHOST | NI_NUMERICSERV],
    [['localhost', 80], 0],
    [['127.0.0.1', 80, 0], 0],
    [['127.0.0.1', -1], NI_NUMERICHOST],
  ];

  function shape(err: any): unknown {
    return { type: err.constructor.name, args: [...err.args] };
  }

  it.skipIf(!hasPython)('gives the same results and errors as CPython, in both forms (needs python3)', async () => {
    const expected = python<unknown[]>(PY_GNI, cases);
    for (let i = 0; i < cases.length; i++) {
      const [sa, flags] = cases[i]!;
      let sync: unknown;
      try {
        sync = getnameinfoSync(sa, flags);
      } catch (err) {
        sync = shape(err);
      }
      let asyncResult: unknown;
      try {
        asyncResult = await getnameinfo(sa, flags);
      } catch (err) {
        asyncResult = shape(err);
      }
      expect(sync, JSON.stringify(cases[i])).toEqual(expected[i]);
      expect(asyncResult, JSON.stringify(cases[i])).toEqual(expected[i]);
    }
  });

  it('refuses a non-array, a bytes host and a flowinfo above 0xfffff', () => {
    expect(thrown(() => getnameinfoSync('127.0.0.1' as unknown as unknown[], 0)).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(thrown(() => getnameinfoSync([Buffer.from('127.0.0.1'), 1], 0)).code).toBe('ERR_INVALID_ARG_TYPE');
    const err = thrown(() => getnameinfoSync(['::1', 80, 0x100000], 0));
    expect(err).toBeInstanceOf(RangeError);
    expect(err.message).toContain('getnameinfo(): flowinfo must be 0-1048575.');
  });

  it.skipIf(ipv6.skip)(`carries the scope of an IPv6 address${ipv6.title}`, async () => {
    expect(await getnameinfo(['fe80::1', 80, 0, 1], NI_NUMERICHOST | NI_NUMERICSERV)).toEqual(['fe80::1%lo', '80']);
  });
});
