/**
 * AF_ALG's socket-level rules that core applies through the plugin, shown on
 * a host without AF_ALG: a Unix socket adopted as AF_ALG (as CPython's
 * `socket(AF_ALG, ..., fileno=fd)` does) goes through the same paths.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OSError, Socket, SOCK_STREAM } from '@sock/core';
import { AF_UNIX } from '@sock/unix';
import { socketpairFds } from '@sock/core/family';
import { thrown } from '@sock/core/testing';
import { AF_ALG } from '@sock/alg';

function adopted(fd: number): Socket {
  return new Socket(AF_ALG, SOCK_STREAM, 0, fd) as Socket;
}

describe('AF_ALG sockets through core', () => {
  it('accept passes a NULL address and returns [conn, null], in both forms', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sock-alg-'));
    const where = path.join(dir, 's');
    try {
      using plain = new Socket(AF_UNIX, SOCK_STREAM);
      using listener = adopted(plain.detach());
      using binder = new Socket(AF_UNIX, SOCK_STREAM, 0, listener.dup().detach());
      binder.bind(where);
      listener.listen(2);
      for (const sync of [true, false]) {
        using client = new Socket(AF_UNIX, SOCK_STREAM);
        client.connectSync(where);
        const [conn, addr] = sync ? listener.acceptSync() : await listener.accept();
        using _ = conn;
        expect(addr).toBeNull();
        expect(conn.family).toBe(AF_ALG);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bind refuses a too-long type or name before any syscall, and hands a valid sockaddr_alg to the kernel', () => {
    const [a, b] = socketpairFds(AF_UNIX, SOCK_STREAM, 0);
    using s = adopted(a);
    using _ = adopted(b);
    expect((thrown(() => s.bind(['t'.repeat(14), 'x'])) as Error).message).toContain('AF_ALG type too long.');
    expect((thrown(() => s.bind(['hash', 'n'.repeat(64)])) as Error).message).toContain('AF_ALG name too long.');
    // A Unix socket refuses sa_family AF_ALG with EINVAL: the bytes reached bind(2).
    const err = thrown(() => s.bind(['t'.repeat(13), 'n'.repeat(63)]));
    expect(err).toBeInstanceOf(OSError);
    expect(err).toMatchObject({ code: 'EINVAL', syscall: 'bind' });
  });

});
