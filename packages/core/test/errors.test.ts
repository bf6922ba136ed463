import { constants } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  BlockingIOError,
  BrokenPipeError,
  ConnectionError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  OSError,
  PermissionError,
  TimeoutError,
  error,
  fromErrno,
  gaierror,
  herror,
  osError,
  timeout,
} from '@sock/core';
import { fakeSocketpair, thrown } from '@sock/core/testing';

const E = constants.errno;

describe('OSError tree (PEP 3151)', () => {
  it.each([
    ['EAGAIN', BlockingIOError],
    ['EINPROGRESS', BlockingIOError],
    ['EALREADY', BlockingIOError],
    ['EPIPE', BrokenPipeError],
    ['ECONNREFUSED', ConnectionRefusedError],
    ['ECONNRESET', ConnectionResetError],
    ['EEXIST', FileExistsError],
    ['ENOENT', FileNotFoundError],
    ['EINTR', InterruptedError],
    ['EACCES', PermissionError],
    ['EPERM', PermissionError],
    ['ETIMEDOUT', TimeoutError],
  ] as const)('%s maps to %s', (name, cls) => {
    const err = fromErrno(E[name], 'connect');
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf(OSError);
    expect(err).toBeInstanceOf(Error);
    expect(err.errno).toBe(E[name]);
    expect(err.code).toBe(name);
    expect(err.syscall).toBe('connect');
    expect(err.name).toBe(cls.name);
  });

  it('keeps plain OSError for errnos PEP 3151 does not map', () => {
    for (const name of ['EADDRINUSE', 'EBADF', 'ENOTSOCK', 'ENODEV', 'EAFNOSUPPORT', 'EMSGSIZE', 'ENOTCONN'] as const) {
      const err = fromErrno(-E[name]);
      expect(err.constructor).toBe(OSError);
      expect(err.errno).toBe(E[name]);
    }
  });

  it('formats like Python: "[Errno N] strerror", args [errno, strerror]', () => {
    const err = fromErrno(E.ECONNREFUSED, 'connect');
    expect(err.strerror).toBe('Connection refused');
    expect(err.message).toBe(`[Errno ${E.ECONNREFUSED}] Connection refused`);
    expect(err.args).toEqual([E.ECONNREFUSED, 'Connection refused']);
  });

  it('connection errors share ConnectionError', () => {
    expect(fromErrno(E.EPIPE)).toBeInstanceOf(ConnectionError);
    expect(fromErrno(E.ECONNRESET)).toBeInstanceOf(ConnectionError);
    expect(fromErrno(E.EACCES)).not.toBeInstanceOf(ConnectionError);
  });

  it('aliases error and timeout as Python does', () => {
    expect(error).toBe(OSError);
    expect(timeout).toBe(TimeoutError);
  });

  it('non-errno OSErrors keep errno null', () => {
    const err = osError('AF_UNIX path too long');
    expect(err.errno).toBeNull();
    expect(err.strerror).toBeNull();
    expect(err.message).toBe('AF_UNIX path too long');
    expect(err.args).toEqual(['AF_UNIX path too long']);
  });

  it("TimeoutError from a socket says 'timed out' with errno null", () => {
    const [a, b] = fakeSocketpair();
    a.settimeout(0.01);
    const err = thrown(() => a.recvSync(1)) as TimeoutError;
    a.close();
    b.close();
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toBe('timed out');
    expect(err.errno).toBeNull();
    expect(err).toBeInstanceOf(OSError);
  });

  it('gaierror and herror carry their codes and stay themselves', () => {
    const g = new gaierror(-2, 'Name or service not known');
    expect(g).toBeInstanceOf(OSError);
    expect(g.errno).toBe(-2);
    expect(g.strerror).toBe('Name or service not known');
    expect(g.args).toEqual([-2, 'Name or service not known']);
    expect(g.message).toBe('[Errno -2] Name or service not known');
    const h = new herror(1, 'Unknown host');
    expect(h).toBeInstanceOf(OSError);
    expect(h.errno).toBe(1);
  });
});
