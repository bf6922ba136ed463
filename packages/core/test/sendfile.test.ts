import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SOCK_DGRAM } from '@sock/core';
import { fakeSocketpair } from '@sock/core/testing';
import { socketDir } from './helpers.js';

const dir = socketDir();
const file = dir('payload.bin').toString();
const data = Buffer.alloc(10 * 1024 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
writeFileSync(file, data);

async function drain(sock: import('@sock/core').Socket, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  while (got < n) {
    const c = await sock.recv(1 << 20);
    if (!c.length) break;
    parts.push(c);
    got += c.length;
  }
  return Buffer.concat(parts);
}

describe('sendfile', () => {
  it('sends a whole 10 MiB file (async, FileHandle)', async () => {
    const [a, b] = fakeSocketpair();
    const fh = await open(file, 'r');
    const [sent, got] = await Promise.all([a.sendfile(fh), drain(b, data.length)]);
    expect(sent).toBe(data.length);
    expect(got.equals(data)).toBe(true);
    await fh.close();
    a.close();
    b.close();
  });

  it('honours offset and count (sync, fd)', async () => {
    const [a, b] = fakeSocketpair();
    const fd = openSync(file, 'r');
    expect(a.sendfileSync(fd, 5000, 3333)).toBe(3333);
    expect((await drain(b, 3333)).equals(data.subarray(5000, 8333))).toBe(true);
    expect(a.sendfileSync(fd, data.length)).toBe(0);
    closeSync(fd);
    a.close();
    b.close();
  });

  it('falls back to read + send for files sendfile(2) cannot take (a FIFO)', async () => {
    const fifo = dir('fifo').toString();
    execFileSync('mkfifo', [fifo]);
    const fd = openSync(fifo, 'r+');
    writeSync(fd, 'piped bytes');
    const [a, b] = fakeSocketpair();
    expect(await a.sendfile(fd, 0, 11)).toBe(11);
    expect((await b.recv(100)).toString()).toBe('piped bytes');
    writeSync(fd, 'again');
    expect(a.sendfileSync({ fd }, 0, 5)).toBe(5);
    expect(b.recvSync(100).toString()).toBe('again');
    closeSync(fd);
    a.close();
    b.close();
  });

  it('waits for a FIFO that never gets data on the event loop: abort and close() end it, no threadpool thread is held', async () => {
    const fifos = Array.from({ length: 5 }, (_, i) => {
      const name = dir(`silent-${i}`).toString();
      execFileSync('mkfifo', [name]);
      return openSync(name, 'r+');
    });
    const pairs = fifos.map(() => fakeSocketpair());
    const ac = new AbortController();
    // More pending sendfiles than libuv has threadpool threads (4 by default).
    const pending = pairs.map(([a], i) => a.sendfile(fifos[i]!, 0, 10, i === 0 ? { signal: ac.signal } : undefined));
    for (const p of pending) p.catch(() => {});
    const started = performance.now();
    await readFile(file, { encoding: null, flag: 'r' }).then((b) => expect(b.length).toBe(data.length));
    expect(performance.now() - started).toBeLessThan(5_000);
    let t0 = performance.now();
    ac.abort();
    await expect(pending[0]).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - t0).toBeLessThan(1_000);
    t0 = performance.now();
    for (const [a] of pairs.slice(1)) a.close();
    for (const p of pending.slice(1)) await expect(p).rejects.toMatchObject({ name: 'OSError', code: 'EBADF' });
    expect(performance.now() - t0).toBeLessThan(1_000);
    // An already aborted signal rejects before any wait.
    await expect(pairs[0]![0].sendfile(fifos[0]!, 0, 10, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    for (const fd of fifos) closeSync(fd);
    for (const [a, b] of pairs) {
      a.close();
      b.close();
    }
  });

  it('refuses what Python refuses', async () => {
    const [a, b] = fakeSocketpair();
    const [d1, d2] = fakeSocketpair(SOCK_DGRAM);
    const fd = openSync(file, 'r');
    expect(() => d1.sendfileSync(fd)).toThrow(/only SOCK_STREAM type sockets are supported/);
    a.settimeout(0);
    expect(() => a.sendfileSync(fd)).toThrow(/non-blocking sockets are not supported/);
    a.settimeout(null);
    expect(() => a.sendfileSync(fd, 0, 0)).toThrow(RangeError);
    expect(() => a.sendfileSync(fd, -1)).toThrow(RangeError);
    expect(() => a.sendfileSync('file' as never)).toThrow(TypeError);
    closeSync(fd);
    for (const s of [a, b, d1, d2]) s.close();
  });
});
