// §7.17 recv sizes (t:2954, t:3100), §7.18 recv_into / recvfrom_into (t:6235-6310), §7.19 sendall (t:2990).
import { createHash } from 'node:crypto';
import { MSG_PEEK, SHUT_WR, Socket, SOCK_DGRAM } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { socketpair } from '@sock/unix';

export const intended = {
  'recv_into a bytes object':
    'JavaScript has no read-only bytes: every ArrayBufferView is writable, so the buffer a Python caller would pass as bytes (a TypeError there) is filled',
};

const sha = (b) => createHash('sha256').update(b).digest('hex');

export async function run(h) {
  const [a, b] = h.track(socketpair());
  b.sendallSync(Buffer.from('hello world'));
  await h.step('recv(5)', () => a.recvSync(5));
  await h.step('recv(100) returns what is there', () => a.recvSync(100));
  await h.both('recv(-1)', () => a.recvSync(-1), () => a.recv(-1));
  await h.both('recv(0)', () => a.recvSync(0), () => a.recv(0));
  await h.both('recv(1.5)', () => a.recvSync(1.5), () => a.recv(1.5));
  await h.both("recv('1')", () => a.recvSync('1'), () => a.recv('1'));
  await h.both('recvfrom(-1)', () => a.recvfromSync(-1), () => a.recvfrom(-1));
  b.sendallSync(Buffer.from('peekaboo'));
  await h.step('recv(4, MSG_PEEK)', () => a.recvSync(4, MSG_PEEK));
  await h.step('recv(4) after the peek', () => a.recv(4));
  await h.step('recvfrom(100) on a socketpair', () => a.recvfromSync(100));

  b.sendallSync(Buffer.from('0123456789abcdef'));
  const buf = new Uint8Array(10);
  await h.step('recv_into(bytearray(10))', () => a.recvIntoSync(buf));
  h.check('the bytearray after recv_into', buf);
  await h.step('recv_into(buf, 3)', () => a.recvInto(buf, 3));
  h.check('the bytearray after recv_into(buf, 3)', buf);
  await h.both('recv_into(buf, 11)', () => a.recvIntoSync(buf, 11), () => a.recvInto(buf, 11));
  await h.both('recv_into(buf, -1)', () => a.recvIntoSync(buf, -1), () => a.recvInto(buf, -1));
  await h.both('recv_into(bytearray(0))', () => a.recvIntoSync(new Uint8Array(0)), () => a.recvInto(new Uint8Array(0)));
  await h.step('recvfrom_into(bytearray(0))', () => a.recvfromIntoSync(new Uint8Array(0)));
  await h.both('recvfrom_into(buf, 11)', () => a.recvfromIntoSync(buf, 11), () => a.recvfromInto(buf, 11));
  await h.both('recvfrom_into(buf, -1)', () => a.recvfromIntoSync(buf, -1), () => a.recvfromInto(buf, -1));
  const backing = new Uint8Array(6);
  await h.step('recv_into(memoryview)', () => a.recvIntoSync(backing.subarray(2)));
  h.check("the memoryview's buffer", backing);
  b.sendallSync(Buffer.from('ABCDEFGH'));
  const arr = new Int32Array(2);
  await h.step('recv_into(array of 2 ints)', () => a.recvIntoSync(arr));
  h.check("the array's bytes", arr);
  b.sendallSync(Buffer.from('xyz'));
  const rb = new Uint8Array(8);
  await h.step('recvfrom_into(bytearray(8), 2)', () => a.recvfromIntoSync(rb, 2));
  await h.step('recvfrom_into the rest', () => a.recvfromInto(rb));

  const [e, f] = h.track(socketpair());
  f.sendallSync(Buffer.from('zz'));
  await h.step('recv_into a bytes object', () => e.recvIntoSync(Buffer.from('xxxx')));

  const u = h.track(new Socket(AF_INET, SOCK_DGRAM));
  u.bind(['127.0.0.1', 0]);
  const v = h.track(new Socket(AF_INET, SOCK_DGRAM));
  v.bind(['127.0.0.1', 0]);
  v.sendtoSync(Buffer.from('datagram!'), u.getsockname());
  v.sendtoSync(Buffer.from('second'), u.getsockname());
  await h.step('UDP recv(4) of a 9-byte datagram', () => u.recvSync(4));
  await h.step('UDP recvfrom the next datagram: sender', async () => {
    const [data, from] = await u.recvfrom(100);
    return data.toString() === 'second' && JSON.stringify(from) === JSON.stringify(v.getsockname());
  });

  await h.both('send(str)', () => b.sendSync('x'), () => b.send('x'));
  await h.both('sendall(str)', () => b.sendallSync('x'), () => b.sendall('x'));
  await h.step('send(bytearray)', () => b.sendSync(new Uint8Array(Buffer.from('ab'))));
  await h.step('send(memoryview)', () => b.send(Buffer.from('cd')));
  const pattern = Buffer.alloc(2048);
  for (let i = 0; i < 2048; i++) pattern[i] = i % 256;
  await h.step('sendall(2048 bytes)', () => b.sendallSync(pattern));
  const parts = [];
  let n = 0;
  while (n < 2052) {
    const c = a.recvSync(4096);
    parts.push(c);
    n += c.length;
  }
  const got = Buffer.concat(parts);
  h.check('received after sendall(2048)', [got.length, sha(got)]);
  b.shutdown(SHUT_WR);
  await h.both('recv at EOF', () => a.recvSync(10), () => a.recv(10));
  await h.both('recvfrom at EOF', () => a.recvfromSync(10), () => a.recvfrom(10));
  await h.both('recv_into at EOF', () => a.recvIntoSync(new Uint8Array(4)), () => a.recvInto(new Uint8Array(4)));

  const [c, d] = h.track(socketpair());
  const big = Buffer.alloc(4 * 1024 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = i % 251;
  const reader = async () => {
    const sink = createHash('sha256');
    let count = 0;
    while (count < big.length) {
      const chunk = await d.recv(1 << 16);
      if (chunk.length === 0) break;
      sink.update(chunk);
      count += chunk.length;
    }
    return [count, sink.digest('hex') === sha(big)];
  };
  const reading = reader();
  await h.step('sendall(4 MiB)', () => c.sendall(big));
  h.check('received after sendall(4 MiB)', await reading);
}
