import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { herror, OSError } from '@sock/core';
import {
  gethostbyaddr,
  gethostbyaddrSync,
  gethostbyname,
  gethostbynameEx,
  gethostbynameExSync,
  gethostbynameSync,
  gethostname,
  getfqdn,
  getfqdnSync,
  getprotobyname,
  getservbyname,
  getservbyport,
  sethostname,
} from '@sock/inet';
import { hasPython, python, rejected, thrown } from './helpers.js';

const PY_CALLS = `
import socket, json, sys
out = []
for fn, args in json.load(sys.stdin):
    try:
        r = getattr(socket, fn)(*args)
        out.append(list(r) if isinstance(r, tuple) else r)
    except OSError as e:
        out.append({'type': type(e).__name__, 'args': list(e.args)})
print(json.dumps(out))
`;

type Fn = (...args: any[]) => unknown;
// Every case resolves from /etc/hosts or fails inside libc: no query leaves the machine.
const CALLS: Array<[string, Fn, Fn, unknown[]]> = [
  ['gethostbyname', gethostbyname, gethostbynameSync, ['localhost']],
  ['gethostbyname', gethostbyname, gethostbynameSync, ['']],
  ['gethostbyname', gethostbyname, gethostbynameSync, ['<broadcast>']],
  ['gethostbyname', gethostbyname, gethostbynameSync, ['127.1']],
  ['gethostbyname', gethostbyname, gethostbynameSync, ['::1']],
  ['gethostbyname', gethostbyname, gethostbynameSync, ['no such host!']],
  ['gethostbyname_ex', gethostbynameEx, gethostbynameExSync, ['localhost']],
  ['gethostbyname_ex', gethostbynameEx, gethostbynameExSync, ['127.0.0.1']],
  ['gethostbyname_ex', gethostbynameEx, gethostbynameExSync, ['']],
  ['gethostbyaddr', gethostbyaddr, gethostbyaddrSync, ['127.0.0.1']],
  ['gethostbyaddr', gethostbyaddr, gethostbyaddrSync, ['localhost']],
  ['gethostbyaddr', gethostbyaddr, gethostbyaddrSync, ['']],
  ['getfqdn', getfqdn, getfqdnSync, ['127.0.0.1']],
  ['getfqdn', getfqdn, getfqdnSync, ['  localhost  ']],
  ['getfqdn', getfqdn, getfqdnSync, ['no such host!']],
];

function shape(value: unknown): unknown {
  if (value instanceof OSError) return { type: value.constructor.name, args: [...value.args] };
  return value;
}

describe('host database', () => {
  it.skipIf(!hasPython)('gives the same results and errors as CPython, in both forms (needs python3)', async () => {
    const expected = python<unknown[]>(PY_CALLS, CALLS.map(([name, , , args]) => [name, args]));
    for (let i = 0; i < CALLS.length; i++) {
      const [name, asyncFn, syncFn, args] = CALLS[i]!;
      let sync: unknown;
      try {
        sync = syncFn(...args);
      } catch (err) {
        sync = err;
      }
      let asyncResult: unknown;
      try {
        asyncResult = await asyncFn(...args);
      } catch (err) {
        asyncResult = err;
      }
      expect(shape(sync), `${name}(${JSON.stringify(args)})`).toEqual(expected[i]);
      expect(shape(asyncResult), `${name}(${JSON.stringify(args)}) async`).toEqual(expected[i]);
    }
  });

  it('raises herror (h_errno, hstrerror) when gethostbyname(3) finds nothing', async () => {
    const err = await rejected(gethostbynameEx(''));
    expect(err).toBeInstanceOf(herror);
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBeGreaterThan(0);
    expect(err.strerror.length).toBeGreaterThan(0);
    expect(err.message).toBe(`[Errno ${err.errno}] ${err.strerror}`);
    expect(thrown(() => gethostbynameExSync(''))).toBeInstanceOf(herror);
  });

  it("refuses what Python's idna codec refuses, as a coded TypeError", () => {
    expect(thrown(() => gethostbyaddrSync('not an ip...')).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(thrown(() => gethostbynameSync(5 as unknown as string)).code).toBe('ERR_INVALID_ARG_TYPE');
  });

  it.skipIf(!hasPython)('gethostname is the same as CPython (needs python3)', () => {
    expect(gethostname()).toBe(python<string>('import socket, json; print(json.dumps(socket.gethostname()))'));
  });

  it('sethostname refuses a non-string before any syscall', () => {
    expect(thrown(() => sethostname(5 as unknown as string)).code).toBe('ERR_INVALID_ARG_TYPE');
  });
});

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const hasUnshare = spawnSync('unshare', ['--version'], { stdio: 'ignore' }).status === 0;
const canUnshare = hasUnshare && process.getuid?.() === 0 && spawnSync('unshare', ['-u', 'true']).status === 0;
const built = existsSync(dist);

// A child Node's start is a wall-clock bound only loosely: under qemu-user on a loaded 2-core
// machine it alone took 16 s (the ARM suite, scripts/test-arm-vitest.mjs).
const CHILD_MS = 60_000;

function inChild(unshareArgs: string[], code: string): string {
  const script = `import * as inet from ${JSON.stringify(dist)};\n${code}`;
  return execFileSync('unshare', [...unshareArgs, process.execPath, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: CHILD_MS }).trim();
}

describe('sethostname in a private UTS namespace', () => {
  it.skipIf(!canUnshare || !built)('sets the name there and only there (needs root, unshare and the built package: pnpm run build)', () => {
    const before = gethostname();
    const out = inChild(['-u'], "inet.sethostname('sock-inet-test'); console.log(inet.gethostname());");
    expect(out).toBe('sock-inet-test');
    expect(gethostname()).toBe(before);
  }, CHILD_MS + 5_000);

  it.skipIf(!canUnshare || !built)('raises PermissionError without CAP_SYS_ADMIN over the UTS namespace (needs root, unshare and the built package: pnpm run build)', () => {
    const out = inChild(['-U'], "try { inet.sethostname('nope'); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.code); }");
    expect(out).toBe('PermissionError EPERM');
  }, CHILD_MS + 5_000);
});

describe('services and protocols', () => {
  it.skipIf(!hasPython)('agree with CPython (needs python3)', () => {
    const expected = python<unknown[]>(PY_CALLS, [
      ['getservbyname', ['http']],
      ['getservbyname', ['domain', 'udp']],
      ['getservbyname', ['http', 'udp']],
      ['getservbyport', [80]],
      ['getservbyport', [53, 'udp']],
      ['getservbyport', [1, 'xx']],
      ['getprotobyname', ['tcp']],
      ['getprotobyname', ['nope']],
    ]);
    const ours = [
      () => getservbyname('http'),
      () => getservbyname('domain', 'udp'),
      () => getservbyname('http', 'udp'),
      () => getservbyport(80),
      () => getservbyport(53, 'udp'),
      () => getservbyport(1, 'xx'),
      () => getprotobyname('tcp'),
      () => getprotobyname('nope'),
    ].map((f) => {
      try {
        return f();
      } catch (err) {
        return shape(err);
      }
    });
    expect(ours).toEqual(expected);
  });

  it("range-checks getservbyport's port with CPython's text", () => {
    for (const port of [-1, 65536]) {
      const err = thrown(() => getservbyport(port));
      expect(err).toBeInstanceOf(RangeError);
      expect(err.message).toContain('getservbyport: port must be 0-65535.');
    }
  });

  it('refuses a NUL in a name', () => {
    expect(thrown(() => getservbyname('ht\0tp')).code).toBe('ERR_INVALID_ARG_VALUE');
  });
});
