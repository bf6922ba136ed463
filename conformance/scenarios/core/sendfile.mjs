// §7.50 sendfile: whole file, offset and count, argument errors, non-blocking and datagram refusal, the timeout (t:6683-6957).
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Socket, SOCK_DGRAM } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { socketpair } from '@sock/unix';

export const intended = {
  'file position after sendfile': '@sendfile-position',
  'sendfile(offset=-1)':
    'a negative offset is an argument error (RangeError ERR_OUT_OF_RANGE) before any syscall; CPython tries sendfile(2), falls back to seek(-1) and reports its EINVAL',
};

const sha = (b) => createHash('sha256').update(b).digest('hex');

async function drain(sock, n) {
  const parts = [];
  let got = 0;
  while (got < n) {
    const c = await sock.recv(65536);
    if (c.length === 0) break;
    parts.push(c);
    got += c.length;
  }
  return Buffer.concat(parts);
}

export async function run(h) {
  const d = h.tmpdir();
  const data = Buffer.alloc(256 * 400);
  for (let i = 0; i < data.length; i++) data[i] = i % 256;
  const file = path.join(d, 'data.bin');
  writeFileSync(file, data);
  writeFileSync(path.join(d, 'empty'), '');

  const [a, b] = h.track(socketpair());
  const f = h.trackFd(openSync(file, 'r'));
  await h.both(
    'sendfile(file)',
    () => a.sendfileSync(f),
    async () => {
      await drain(b, data.length);
      return a.sendfile(f);
    },
  );
  h.check('received the whole file', sha(await drain(b, data.length)) === sha(data));
  h.check('file position after sendfile', null);
  await h.step('sendfile(file, 10, 20)', () => a.sendfileSync(f, 10, 20));
  h.check('received bytes 10..30', (await drain(b, 20)).equals(data.subarray(10, 30)));
  await h.both('sendfile(file, offset past the end)', () => a.sendfileSync(f, data.length + 100), () => a.sendfile(f, data.length + 100));
  await h.both('sendfile(count=0)', () => a.sendfileSync(f, 0, 0), () => a.sendfile(f, 0, 0));
  await h.both('sendfile(count=-1)', () => a.sendfileSync(f, 0, -1), () => a.sendfile(f, 0, -1));
  await h.both("sendfile(count='x')", () => a.sendfileSync(f, 0, 'x'), () => a.sendfile(f, 0, 'x'));
  await h.both("sendfile(offset='x')", () => a.sendfileSync(f, 'x'), () => a.sendfile(f, 'x'));
  await h.both('sendfile(offset=-1)', () => a.sendfileSync(f, -1), () => a.sendfile(f, -1));
  const e = h.trackFd(openSync(path.join(d, 'empty'), 'r'));
  await h.both('sendfile(empty file)', () => a.sendfileSync(e), () => a.sendfile(e));
  const u = h.track(new Socket(AF_INET, SOCK_DGRAM));
  await h.both('sendfile on a datagram socket', () => u.sendfileSync(f), () => u.sendfile(f));
  a.settimeout(0);
  await h.both('sendfile on a non-blocking socket', () => a.sendfileSync(f), () => a.sendfile(f));
  a.settimeout(0.1);
  const big = path.join(d, 'big.bin');
  const g0 = openSync(big, 'w');
  ftruncateSync(g0, 8 * 1024 * 1024);
  closeSync(g0);
  const g = h.trackFd(openSync(big, 'r'));
  const timed = async (fn) => {
    const t0 = performance.now();
    try {
      await fn();
      return [null, false];
    } catch (err) {
      return [err, performance.now() - t0 < 2000];
    }
  };
  await h.both('sendfile times out when the peer does not read', () => timed(() => a.sendfileSync(g)), () => timed(() => a.sendfile(g)));
}
