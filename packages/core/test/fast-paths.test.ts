/**
 * The I/O path's shortcuts (see io.ts, readiness.ts, address.ts, ops/receive.ts)
 * must not be observable except as speed: these tests pin what each one
 * must keep.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromfd, MSG_TRUNC, registerFamily, Socket, SOCK_DGRAM, SOCK_STREAM, type FamilyPlugin } from '@sock/core';
import { native } from '../src/native.js';
import { fakeSocketpair } from '@sock/core/testing';
import { CHILD_MAX_MS, runNode, sleep, socketDir } from './helpers.js';

const sockPath = socketDir();
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function pair(type = SOCK_STREAM): [Socket, Socket] & Disposable {
  const p = fakeSocketpair(type) as [Socket, Socket] & Disposable;
  p[Symbol.dispose] = () => p.forEach((s) => s.close());
  return p;
}

describe('blocking-mode Sync calls wait in the kernel', () => {
  it('clear O_NONBLOCK for a blocking Sync call and set it again before an async one, which never blocks the loop', async () => {
    using p = pair();
    const [a, b] = p;
    expect(native.getNonblocking(b.fileno())).toBe(1);
    a.sendSync(Buffer.from('one'));
    expect(b.recvSync(10).toString()).toBe('one');
    expect(native.getNonblocking(b.fileno())).toBe(0);
    const pending = b.recv(10);
    expect(native.getNonblocking(b.fileno())).toBe(1);
    let ticked = false;
    await new Promise<void>((resolve) => setTimeout(() => { ticked = true; resolve(); }, 20));
    expect(ticked).toBe(true);
    a.sendSync(Buffer.from('two'));
    expect((await pending).toString()).toBe('two');
  });

  it('keep the fd non-blocking in timeout and non-blocking modes, and detach leaves it as Python would', () => {
    const [a, b] = fakeSocketpair();
    try {
      a.sendSync(Buffer.from('x'));
      b.recvSync(1);
      expect(native.getNonblocking(b.fileno())).toBe(0);
      b.settimeout(2);
      a.sendSync(Buffer.from('y'));
      expect(b.recvSync(1).toString()).toBe('y');
      expect(native.getNonblocking(b.fileno())).toBe(1);
      b.settimeout(null);
      a.sendSync(Buffer.from('z'));
      b.recvSync(1);
      b.settimeout(0.5);
      const fd = b.detach();
      expect(native.getNonblocking(fd)).toBe(1);
      native.close(fd);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('a file description another fd shares keeps O_NONBLOCK', () => {
  // O_NONBLOCK belongs to the description: clearing it for one fd would make every
  // other holder block, an async operation here included.
  it('after dup(), blocking Sync calls on either socket wait with poll(), and an async recv on the copy never blocks the loop', async () => {
    using p = pair();
    const [a, b] = p;
    a.sendSync(Buffer.from('x'));
    b.recvSync(1);
    expect(native.getNonblocking(b.fileno())).toBe(0);
    const b2 = b.dup();
    try {
      expect(native.getNonblocking(b.fileno())).toBe(1);
      a.sendSync(Buffer.from('y'));
      expect(b.recvSync(1).toString()).toBe('y');
      a.sendSync(Buffer.from('v'));
      expect(b2.recvSync(1).toString()).toBe('v');
      expect(native.getNonblocking(b2.fileno())).toBe(1);
      // The data is sent from the loop's fourth timer tick: receiving it proves the loop ran
      // while the recv waited (by ticks, not by elapsed time, which emulated CPUs stretch).
      let ticks = 0;
      const timer = setInterval(() => {
        if (++ticks === 4) a.sendSync(Buffer.from('late'));
      }, 5);
      const got = await b2.recv(10);
      clearInterval(timer);
      expect(got.toString()).toBe('late');
      expect(ticks).toBeGreaterThanOrEqual(4);
    } finally {
      b2.close();
    }
  });

  it('a socket made by fromfd() or on an adopted fd never clears it, nor does the original of a fromfd() copy', () => {
    using p = pair();
    const [a, b] = p;
    const copy = fromfd(b.fileno(), b.family, b.type);
    try {
      a.sendSync(Buffer.from('z'));
      expect(copy.recvSync(1).toString()).toBe('z');
      expect(native.getNonblocking(b.fileno())).toBe(1);
      a.sendSync(Buffer.from('w'));
      expect(b.recvSync(1).toString()).toBe('w');
      expect(native.getNonblocking(b.fileno())).toBe(1);
      b.sendSync(Buffer.from('v'));
      expect(a.recvSync(1).toString()).toBe('v');
      expect(native.getNonblocking(a.fileno())).toBe(0);
    } finally {
      copy.close();
    }
  });
});

describe('receiving into large buffers', () => {
  it.each(['sync', 'async'] as const)('gives each %s recv its own exact bytes', async (form) => {
    using p = pair(SOCK_DGRAM);
    const [a, b] = p;
    const sizes = [10, 20_000, 30, 40_000, 1];
    const sent = sizes.map((n, i) => Buffer.alloc(n, 65 + i));
    for (const m of sent) a.sendSync(m);
    const got: Buffer[] = [];
    for (let i = 0; i < sizes.length; i++) got.push(form === 'sync' ? b.recvSync(65536) : await b.recv(65536));
    expect(got.map((g) => g.length)).toEqual(sizes);
    got.forEach((g, i) => expect(g.equals(sent[i]!)).toBe(true));
  });

  it('returns at most bufsize bytes when MSG_TRUNC reports a longer datagram', () => {
    using p = pair(SOCK_DGRAM);
    const [a, b] = p;
    const big = Buffer.alloc(20_000, 7);
    a.sendSync(big);
    const d = b.recvSync(10_000, MSG_TRUNC);
    expect(d.length).toBe(10_000);
    expect(d.equals(big.subarray(0, 10_000))).toBe(true);
  });
});

describe('async reads after a run of waits', () => {
  it('still see data that is already queued, in order', async () => {
    using p = pair();
    const [a, b] = p;
    for (let i = 0; i < 20; i++) {
      const r = b.recv(1);
      await sleep(0);
      a.sendSync(Buffer.from([i]));
      expect((await r)[0]).toBe(i);
    }
    a.sendSync(Buffer.from('xyz'));
    await sleep(10);
    const got = [await b.recv(1), await b.recv(1), await b.recv(1)].map((d) => d.toString()).join('');
    expect(got).toBe('xyz');
  });

  it('in timeout mode, still return queued data at once rather than time out', async () => {
    using p = pair();
    const [a, b] = p;
    for (let i = 0; i < 10; i++) {
      const r = b.recv(1);
      await sleep(0);
      a.sendSync(Buffer.from('.'));
      await r;
    }
    b.settimeout(0.001);
    a.sendSync(Buffer.from('q'));
    expect((await b.recv(1)).toString()).toBe('q');
  });

  it('let the process exit once the last pending recv has completed', async () => {
    // A process that does not exit sits idle: runNode ends it after CHILD_IDLE_MS without CPU use.
    const r = await runNode([fixture('idle-after-recv.mjs')]);
    expect([r.status, r.killed], r.stderr).toEqual([0, undefined]);
    expect(r.stdout.trim().split('\n')).toEqual(['received late', 'received again', 'received again', 'received after idle', 'exit']);
  }, CHILD_MAX_MS + 10_000);
});

describe('answering a sender reuses the sockaddr it came from', () => {
  // A test family over AF_UNIX datagrams whose addresses are one-string tuples, counting encodes.
  const AF_TUPLE = 0xfb;
  const AF_UNIX = native.families.AF_UNIX!;
  let encodes = 0;
  let decodes = 0;
  const tupleFamily: FamilyPlugin<[string]> = {
    family: AF_TUPLE,
    name: 'AF_TUPLE',
    packageName: 'fast-paths.test',
    constants: Object.freeze({ AF_TUPLE }),
    available: () => true,
    unavailableReason: () => null,
    encode(address) {
      encodes++;
      const path = Buffer.from((address as [string])[0]);
      // With the trailing NUL, as the kernel returns a bound path (and @sock/unix encodes it).
      const sa = Buffer.alloc(3 + path.length);
      sa.writeUInt16LE(AF_UNIX, 0);
      path.copy(sa, 2);
      return sa;
    },
    decode(bytes) {
      decodes++;
      return [Buffer.from(bytes.subarray(2)).toString().replace(/\0+$/, '')];
    },
  };

  function open(name: string): Socket {
    const fd = native.socket(AF_UNIX, SOCK_DGRAM, 0);
    const s = new Socket(AF_TUPLE, SOCK_DGRAM, 0, fd);
    s.bind([sockPath(name).toString()]);
    return s;
  }

  it('encodes the tuple recvfrom returned once, then skips the encoder, and encodes again once it is changed', () => {
    registerFamily(tupleFamily);
    const server = open('srv');
    const client = open('cli');
    const other = open('other');
    try {
      client.sendtoSync(Buffer.from('ping'), [sockPath('srv').toString()]);
      const [data, peer] = server.recvfromSync(100) as [Buffer, [string]];
      expect(peer).toEqual([sockPath('cli').toString()]);
      const before = encodes;
      server.sendtoSync(data, peer);
      expect(encodes).toBe(before + 1);
      server.sendtoSync(data, peer);
      expect(encodes).toBe(before + 1);
      expect(client.recvSync(100).toString()).toBe('ping');
      expect(client.recvSync(100).toString()).toBe('ping');
      peer[0] = sockPath('other').toString();
      server.sendtoSync(Buffer.from('moved'), peer);
      expect(encodes).toBe(before + 2);
      expect(other.recvSync(100).toString()).toBe('moved');
      server.sendtoSync(Buffer.from('copy'), [sockPath('cli').toString()]);
      expect(client.recvSync(100).toString()).toBe('copy');
    } finally {
      server.close();
      client.close();
      other.close();
    }
  });

  it('decodes a sender once while it keeps sending, giving a fresh tuple each time, and again when another one sends', () => {
    registerFamily(tupleFamily);
    const server = open('srv2');
    const client = open('cli2');
    const other = open('other2');
    try {
      const srv = [sockPath('srv2').toString()];
      client.sendtoSync(Buffer.from('1'), srv);
      client.sendtoSync(Buffer.from('2'), srv);
      other.sendtoSync(Buffer.from('3'), srv);
      client.sendtoSync(Buffer.from('4'), srv);
      const before = decodes;
      const [, first] = server.recvfromSync(10) as [Buffer, [string]];
      first[0] = 'changed by the caller';
      const [, second] = server.recvfromSync(10) as [Buffer, [string]];
      expect(decodes).toBe(before + 1);
      expect(second).toEqual([sockPath('cli2').toString()]);
      expect(second).not.toBe(first);
      const [, third] = server.recvfromSync(10) as [Buffer, [string]];
      expect(third).toEqual([sockPath('other2').toString()]);
      const [data, fourth] = server.recvfromSync(10) as [Buffer, [string]];
      expect([data.toString(), fourth]).toEqual(['4', [sockPath('cli2').toString()]]);
      expect(decodes).toBe(before + 3);
    } finally {
      server.close();
      client.close();
      other.close();
    }
  });
});
