import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SOCK_SEQPACKET } from '@sock/core';
import { fakeSocketpair } from '@sock/core/testing';

/** Reads to the end without destroying the stream (for-await would), so its writable side stays usable. */
function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(Buffer.from(c)));
  return once(stream, 'end').then(() => Buffer.concat(parts));
}

describe('makefile', () => {
  it('validates the mode as Python does: the set of r, w, b; without w it reads', () => {
    const [a, b] = fakeSocketpair();
    for (const bad of ['rt', 'x', '+', 'a', 'wx']) {
      expect(() => a.makefile(bad), bad).toThrow(TypeError);
    }
    const expected: Array<[string, boolean, boolean]> = [
      ['', true, false], ['b', true, false], ['rr', true, false], ['r', true, false],
      ['w', false, true], ['wb', false, true], ['rw', true, true], ['rwb', true, true],
    ];
    for (const [mode, readable, writable] of expected) {
      const f = a.makefile(mode);
      expect([mode, f.readable, f.writable]).toEqual([mode, readable, writable]);
      f.destroy();
    }
    a.close();
    b.close();
  });

  it('streams bytes both ways as a Duplex with half-close and backpressure', async () => {
    const [a, b] = fakeSocketpair();
    const da = a.makefile('rwb');
    const db = b.makefile('rwb');
    expect(da.name).toBe(a.fileno());
    const data = Buffer.alloc(4 * 1024 * 1024, 7);
    const received = readAll(db);
    const finished = once(da, 'finish');
    expect(da.write(data.subarray(0, 1000))).toBe(true);
    expect(da.write(data.subarray(1000))).toBe(false);
    da.end();
    expect((await received).equals(data)).toBe(true);
    await finished;
    db.end('reply');
    expect((await readAll(da)).toString()).toBe('reply');
    da.destroy();
    db.destroy();
    a.close();
    b.close();
  });

  it("text mode decodes; 'r' streams are not writable", async () => {
    const [a, b] = fakeSocketpair();
    const r = b.makefile('r', { encoding: 'utf8' });
    expect(r.writable).toBe(false);
    a.sendallSync(Buffer.from('h\u00e9llo'));
    a.shutdown(1);
    let text = '';
    for await (const chunk of r) text += chunk;
    expect(text).toBe('h\u00e9llo');
    a.close();
    b.close();
  });

  it('keeps the fd open until the stream closes, then closes it with the socket', async () => {
    const [a, b] = fakeSocketpair();
    const w = a.makefile('w');
    const fd = a.fileno();
    a.close();
    expect(a.fileno()).toBe(fd);
    const closed = once(w, 'close');
    w.end('still works');
    await once(w, 'finish');
    expect(b.recvSync(100).toString()).toBe('still works');
    // A write-only stream destroys itself once finished (autoDestroy); that releases the fd.
    await closed;
    expect(a.fileno()).toBe(-1);
    expect(w.name).toBe(-1);
    b.close();
  });

  it('gives one chunk per message on a seqpacket socket', async () => {
    const [a, b] = fakeSocketpair(SOCK_SEQPACKET);
    const r = b.makefile('rb');
    a.sendSync(Buffer.from('first'));
    a.sendSync(Buffer.from('second'));
    a.shutdown(1);
    const chunks: string[] = [];
    for await (const c of r) chunks.push(c.toString());
    expect(chunks).toEqual(['first', 'second']);
    a.close();
    b.close();
  });
});
