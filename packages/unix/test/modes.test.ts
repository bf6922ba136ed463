/**
 * STREAM, DGRAM and SEQPACKET sockets on filesystem paths and abstract
 * names, in both API forms (async and Sync) and all three timeout modes.
 */
import { describe, expect, it } from 'vitest';
import { BlockingIOError, Socket, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM, TimeoutError } from '@sock/core';
import { AF_UNIX } from '@sock/unix';
import { abstractName, scoped, sleep, socketDir, timed, unix } from './helpers.js';

const pathFor = socketDir();
let n = 0;

const types = [
  ['SOCK_STREAM', SOCK_STREAM],
  ['SOCK_DGRAM', SOCK_DGRAM],
  ['SOCK_SEQPACKET', SOCK_SEQPACKET],
] as const;
const namespaces = [
  ['filesystem path', (): string => pathFor(`s${n++}`)],
  ['abstract name', (): Buffer => abstractName('mode')],
] as const;
const modes = [
  ['blocking', null],
  ['timeout', 0.15],
  ['non-blocking', 0],
] as const;

/**
 * `[client, server side, listener]` connected over `address`. For DGRAM the
 * server side is the bound socket itself and the client is bound too, so
 * recvfrom reports its name.
 */
async function connectedPair(type: number, address: string | Buffer, clientAddress: string | Buffer, sync: boolean): Promise<[Socket, Socket, Socket]> {
  const server = new Socket(AF_UNIX, type);
  server.bind(address);
  const client = new Socket(AF_UNIX, type);
  if (type === SOCK_DGRAM) {
    client.bind(clientAddress);
    if (sync) client.connectSync(address);
    else await client.connect(address);
    return [client, server, server];
  }
  server.listen();
  if (sync) client.connectSync(address);
  else await client.connect(address);
  const [conn, peer] = sync ? server.acceptSync() : await server.accept();
  expect(peer).toBe('');
  return [client, conn, server];
}

describe.each(types)('%s', (_typeName, type) => {
  describe.each(namespaces)('on a %s', (_ns, makeAddress) => {
    describe.each(modes)('%s mode', (mode, timeout) => {
      it.skipIf(unix.skip)(`exchanges data with the Sync forms${unix.title}`, async () => {
        const address = makeAddress();
        const [client, conn, server] = await connectedPair(type, address, makeAddress(), true);
        using _ = scoped(client, conn, server);
        client.settimeout(timeout);
        conn.settimeout(timeout);
        expect(client.getpeername()).toEqual(address);
        expect(client.sendSync(Buffer.from('ping'))).toBe(4);
        expect(conn.recvSync(100).toString()).toBe('ping');
        if (type === SOCK_DGRAM) {
          expect(client.sendtoSync(Buffer.from('to'), address)).toBe(2);
          const [data, from] = conn.recvfromSync(100);
          expect([data.toString(), from]).toEqual(['to', client.getsockname()]);
        } else {
          conn.sendallSync(Buffer.from('pong'));
          expect(client.recvSync(100).toString()).toBe('pong');
        }
        if (mode === 'non-blocking') {
          expect(() => conn.recvSync(100)).toThrow(BlockingIOError);
        } else if (mode === 'timeout') {
          const t = await timed(() => conn.recvSync(100));
          expect(t.error).toBeInstanceOf(TimeoutError);
          expect((t.error as Error).message).toBe('timed out');
          expect(t.ms).toBeGreaterThanOrEqual(140);
        } else {
          client.sendSync(Buffer.from('queued'));
          expect(conn.recvSync(100).toString()).toBe('queued');
        }
      });

      it.skipIf(unix.skip)(`exchanges data with the async forms${unix.title}`, async () => {
        const address = makeAddress();
        const [client, conn, server] = await connectedPair(type, address, makeAddress(), false);
        using _ = scoped(client, conn, server);
        client.settimeout(timeout);
        conn.settimeout(timeout);
        expect(await client.send(Buffer.from('ping'))).toBe(4);
        expect((await conn.recv(100)).toString()).toBe('ping');
        if (type === SOCK_DGRAM) {
          expect(await client.sendto(Buffer.from('to'), address)).toBe(2);
          const [data, from] = await conn.recvfrom(100);
          expect([data.toString(), from]).toEqual(['to', client.getsockname()]);
        } else {
          await conn.sendall(Buffer.from('pong'));
          expect((await client.recv(100)).toString()).toBe('pong');
        }
        if (mode === 'non-blocking') {
          await expect(conn.recv(100)).rejects.toBeInstanceOf(BlockingIOError);
        } else if (mode === 'timeout') {
          const t = await timed(() => conn.recv(100));
          expect(t.error).toBeInstanceOf(TimeoutError);
          expect(t.ms).toBeGreaterThanOrEqual(140);
        } else {
          const pending = conn.recv(100);
          await sleep(20);
          client.sendSync(Buffer.from('later'));
          expect((await pending).toString()).toBe('later');
        }
      });
    });
  });
});
