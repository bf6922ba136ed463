/**
 * One rule for replies (issue 12, item 11): sendto(data, from), with `from`
 * as recvfrom gave it, has the outcome a sendto to the same address typed
 * afresh has, in both forms and in either order; core's cache of the last
 * sender's sockaddr never changes it. The edge that broke it: an AF_UNIX
 * peer bound to a path that fills all 108 bytes of sun_path, which the
 * kernel accepts but which @sock/unix (as CPython) refuses to encode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OSError, Socket, SOCK_DGRAM } from '@sock/core';
import { fakeSocket } from '@sock/core/testing';
import { AF_UNIX } from '@sock/unix';

const dir = mkdtempSync(path.join(tmpdir(), 'sock-reply-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { sent: number } | { error: string; message: string; errno: unknown };

async function outcome(fn: () => number | Promise<number>): Promise<Outcome> {
  try {
    return { sent: await fn() };
  } catch (err) {
    const e = err as OSError;
    return { error: e.constructor.name, message: e.message, errno: e.errno };
  }
}

/** A peer bound (through the raw AF_FAKE codec, as a C program would) to a path of `length` bytes, and a @sock/unix server it sends to. */
let runs = 0;
function setup(length: number): { peer: Socket; server: Socket; peerPath: string; serverPath: string; close: () => void } {
  const own = mkdtempSync(path.join(dir, `${runs++}-`));
  const peerPath = `${own}/`.padEnd(length, 'p');
  expect(Buffer.byteLength(peerPath)).toBe(length);
  const serverPath = path.join(own, 'srv');
  const peer = fakeSocket(SOCK_DGRAM);
  const server = new Socket(AF_UNIX, SOCK_DGRAM);
  try {
    peer.bind(Buffer.from(peerPath));
    server.bind(serverPath);
  } catch (err) {
    peer.close();
    server.close();
    throw err;
  }
  server.settimeout(5);
  peer.settimeout(5);
  return {
    peer,
    server,
    peerPath,
    serverPath,
    close: () => {
      peer.close();
      server.close();
    },
  };
}

describe('a reply to the address recvfrom gave', () => {
  it.each([
    ['sync recvfrom', 'from first'],
    ['sync recvfrom', 'fresh first'],
    ['async recvfrom', 'from first'],
    ['async recvfrom', 'fresh first'],
  ] as const)("to a peer at a full 108-byte sun_path fails as CPython's encode does, whatever the order (%s, %s)", async (recv, order) => {
    const { peer, server, peerPath, serverPath, close } = setup(108);
    try {
      peer.sendtoSync(Buffer.from('ping'), Buffer.from(serverPath));
      const [, from] = recv === 'sync recvfrom' ? server.recvfromSync(100) : await server.recvfrom(100);
      expect(from).toBe(peerPath);
      const fresh = [...peerPath].join('');
      const data = Buffer.from('pong');
      const replies = [
        () => server.sendtoSync(data, from),
        () => server.sendto(data, from),
      ];
      const afresh = [
        () => server.sendtoSync(data, fresh),
        () => server.sendto(data, fresh),
      ];
      const calls = order === 'from first' ? [...replies, ...afresh, ...replies] : [...afresh, ...replies, ...afresh];
      const outcomes: Outcome[] = [];
      for (const call of calls) outcomes.push(await outcome(call));
      expect(outcomes).toEqual(calls.map(() => ({ error: 'OSError', message: 'AF_UNIX path too long', errno: null })));
    } finally {
      close();
    }
  });

  it('to a peer at a 107-byte path reaches it, in both forms, as a fresh address does', async () => {
    const { peer, server, peerPath, serverPath, close } = setup(107);
    try {
      peer.sendtoSync(Buffer.from('ping'), Buffer.from(serverPath));
      const [, from] = await server.recvfrom(100);
      expect(from).toBe(peerPath);
      const data = Buffer.from('pong');
      const outcomes = [
        await outcome(() => server.sendtoSync(data, from)),
        await outcome(() => server.sendto(data, from)),
        await outcome(() => server.sendtoSync(data, [...peerPath].join(''))),
        await outcome(() => server.sendto(data, [...peerPath].join(''))),
      ];
      expect(outcomes).toEqual(outcomes.map(() => ({ sent: 4 })));
      for (let i = 0; i < 4; i++) expect(peer.recvSync(10).toString()).toBe('pong');
    } finally {
      close();
    }
  });
});
