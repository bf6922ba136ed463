import { spawnSync } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errno, FileNotFoundError, OSError } from '@sock/core';
import { strerror } from '@sock/core/family';
import { needs } from '@sock/core/testing';
import { getLocalCid } from '@sock/vsock';
import { localCidFrom } from '../src/cid.js';
import type { LocalCidResult } from '../src/native.js';
import { PYTHON_TIMEOUT, pythonNeed } from './helpers.js';

function deviceMissing(): string | null {
  try {
    accessSync('/dev/vsock', fsConstants.R_OK);
    return null;
  } catch (err) {
    return `a readable /dev/vsock, i.e. a vsock transport loaded (${(err as NodeJS.ErrnoException).code})`;
  }
}

function privateMountsMissing(): string | null {
  if (process.getuid?.() !== 0) return 'root, to hide /dev/vsock in a private mount namespace';
  const r = spawnSync('unshare', ['-m', 'true'], { timeout: 10_000 });
  return r.status === 0 ? null : 'unshare(1) with mount namespaces';
}

const device = needs(deviceMissing());
const python = pythonNeed();
const mounts = needs(privateMountsMissing());
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

const script = `import fcntl, socket, struct
with open('/dev/vsock', 'rb') as f:
    print(struct.unpack('I', fcntl.ioctl(f, socket.IOCTL_VM_SOCKETS_GET_LOCAL_CID, b'    '))[0])`;

/** The native getLocalCid() result in a child with a private mount namespace, after `setup` (a shell command) rearranged its /dev. */
function nativeResultWith(setup: string): LocalCidResult {
  const child = `process.stdout.write(JSON.stringify(require('node-gyp-build')(${JSON.stringify(packageRoot)}).getLocalCid()))`;
  const r = spawnSync('unshare', ['-m', 'sh', '-c', `${setup} && exec "$0" -e "$1"`, process.execPath, child], {
    cwd: packageRoot,
    encoding: 'utf8',
    timeout: PYTHON_TIMEOUT,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as LocalCidResult;
}

describe('getLocalCid', () => {
  it.skipIf(device.skip)(`returns a CID from /dev/vsock, the same each time${device.title}`, () => {
    const cid = getLocalCid();
    expect(Number.isInteger(cid) && cid >= 0 && cid <= 0xffffffff).toBe(true);
    expect(getLocalCid()).toBe(cid);
  });

  it.skipIf(device.skip || python.skip)(`agrees with CPython's fcntl.ioctl on /dev/vsock${device.title}${python.title}`, () => {
    const py = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: PYTHON_TIMEOUT });
    expect(py.status, py.stderr).toBe(0);
    expect(getLocalCid()).toBe(Number(py.stdout.trim()));
  }, PYTHON_TIMEOUT + 10_000);

  describe('errors', () => {
    it.skipIf(mounts.skip)(`raises FileNotFoundError naming the device when /dev/vsock is absent${mounts.title}`, () => {
      const r = nativeResultWith('mount -t tmpfs none /dev');
      expect(r).toEqual({ errno: errno.ENOENT, syscall: 'open' });
      let caught: unknown;
      try {
        localCidFrom(r);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(FileNotFoundError);
      expect((caught as OSError).message).toBe(`[Errno ${errno.ENOENT}] ${strerror(errno.ENOENT!)}: '/dev/vsock'`);
      expect((caught as OSError).syscall).toBe('open');
      expect((caught as OSError).code).toBe('ENOENT');
    }, PYTHON_TIMEOUT + 10_000);

    it.skipIf(mounts.skip)(`raises the ioctl's OSError when /dev/vsock is not the vsock device${mounts.title}`, () => {
      const r = nativeResultWith('mount -t tmpfs none /dev && : > /dev/vsock');
      expect(r).toEqual({ errno: errno.ENOTTY, syscall: 'ioctl' });
      const text = `[Errno ${errno.ENOTTY}] ${strerror(errno.ENOTTY!)}`;
      expect(() => localCidFrom(r)).toThrow(expect.objectContaining({ errno: errno.ENOTTY, code: 'ENOTTY', syscall: 'ioctl', message: text }));
    }, PYTHON_TIMEOUT + 10_000);
  });
});
