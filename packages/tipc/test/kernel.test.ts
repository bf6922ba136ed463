/**
 * AF_TIPC on a real kernel (the kernel lab loads `tipc`; a single node needs
 * no bearer): RDM, DGRAM, SEQPACKET and STREAM between @sock sockets with
 * CPython's address forms, multicast to a service range, returned messages,
 * options, and the binding as iproute2's `tipc nametable show` lists it.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionResetError, OSError, Socket, SOCK_DGRAM, SOCK_RDM, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import {
  AF_TIPC,
  recvTipcMessageSync,
  SOL_TIPC,
  TIPC_ADDR_ID,
  TIPC_ADDR_NAME,
  TIPC_ADDR_NAMESEQ,
  TIPC_CONN_TIMEOUT,
  TIPC_DEST_DROPPABLE,
  TIPC_ERR_NO_PORT,
  TIPC_HIGH_IMPORTANCE,
  TIPC_IMPORTANCE,
  TIPC_NODE_SCOPE,
} from '@sock/tipc';
import { serviceType, tipc, TIPC_TOOL, tipcSocket, tipcTool } from './helpers.js';

const open: Socket[] = [];
const track = <S extends Socket>(s: S): S => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('AF_TIPC sockets on this kernel', () => {
  it.skipIf(tipc.skip)(`SOCK_RDM: sendto a name in a bound range; recvfrom gives the sender's TIPC_ADDR_ID, as CPython's test asserts${tipc.title}`, () => {
    const T = serviceType();
    const srv = track(tipcSocket(SOCK_RDM));
    srv.bind([TIPC_ADDR_NAMESEQ, T, 200, 210]);
    const cli = track(tipcSocket(SOCK_RDM));
    expect(cli.sendtoSync(Buffer.from('hello'), [TIPC_ADDR_NAME, T, 205, 0])).toBe(5);
    const [data, from] = srv.recvfromSync(100);
    expect(data.toString()).toBe('hello');
    expect(from).toEqual(cli.getsockname());
    expect(from![0]).toBe(TIPC_ADDR_ID);
    expect(from!).toHaveLength(5);
    // The reply goes to the socket address recvfrom gave.
    srv.sendtoSync(Buffer.from('back'), from!);
    const [reply, replyFrom] = cli.recvfromSync(100);
    expect(reply.toString()).toBe('back');
    expect(replyFrom).toEqual(srv.getsockname());
  });

  it.skipIf(tipc.skip)(`SOCK_DGRAM: a datagram to a name in node scope${tipc.title}`, () => {
    const T = serviceType();
    const srv = track(tipcSocket(SOCK_DGRAM));
    srv.bind([TIPC_ADDR_NAMESEQ, T, 1, 1, TIPC_NODE_SCOPE]);
    const cli = track(tipcSocket(SOCK_DGRAM));
    cli.sendtoSync(Buffer.from('dgram'), [TIPC_ADDR_NAME, T, 1, 0, TIPC_NODE_SCOPE]);
    const [data, from] = srv.recvfromSync(100);
    expect(data.toString()).toBe('dgram');
    expect(from).toEqual(cli.getsockname());
  });

  for (const [label, type] of [
    ['SOCK_STREAM', SOCK_STREAM],
    ['SOCK_SEQPACKET', SOCK_SEQPACKET],
  ] as const) {
    it.skipIf(tipc.skip)(`${label}: connect to a name, accept gives the client's address (CPython's test), data both ways, ECONNRESET after the peer's close${tipc.title}`, async () => {
      const T = serviceType();
      const srv = track(tipcSocket(type));
      srv.bind([TIPC_ADDR_NAMESEQ, T, 10, 20]);
      srv.listen();
      const cli = track(tipcSocket(type));
      const connecting = cli.connect([TIPC_ADDR_NAME, T, 15, 0]);
      const [conn, addr] = await srv.accept();
      track(conn);
      await connecting;
      expect(addr).toEqual(cli.getsockname());
      expect(cli.getpeername()).toEqual(conn.getsockname());
      expect(conn.getpeername()).toEqual(cli.getsockname());
      await cli.sendall(Buffer.from('ping'));
      expect((await conn.recv(100)).toString()).toBe('ping');
      conn.sendallSync(Buffer.from('pong'));
      expect(cli.recvSync(100).toString()).toBe('pong');
      if (type === SOCK_SEQPACKET) {
        cli.sendSync(Buffer.from('a'));
        cli.sendSync(Buffer.from('bb'));
        expect(conn.recvSync(100).toString()).toBe('a');
        expect(conn.recvSync(100).toString()).toBe('bb');
      }
      // close(2) ends a TIPC connection with an error (TIPC_ERR_NO_PORT): the other side reads ECONNRESET, not end-of-file.
      cli.close();
      expect(() => conn.recvSync(100)).toThrow(ConnectionResetError);
    });
  }

  it.skipIf(tipc.skip)(`connect to a name nobody bound fails with the kernel's OSError${tipc.title}`, async () => {
    const cli = track(tipcSocket(SOCK_STREAM));
    const err = await cli.connect([TIPC_ADDR_NAME, serviceType(), 1, 0]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OSError);
  });

  it.skipIf(tipc.skip)(`SOCK_RDM multicast to a name range reaches every socket bound in it, and none outside${tipc.title}`, () => {
    const T = serviceType();
    const a = track(tipcSocket(SOCK_RDM));
    a.bind([TIPC_ADDR_NAMESEQ, T, 10, 10]);
    const b = track(tipcSocket(SOCK_RDM));
    b.bind([TIPC_ADDR_NAMESEQ, T, 20, 29]);
    const outside = track(tipcSocket(SOCK_RDM, 0.3));
    outside.bind([TIPC_ADDR_NAMESEQ, T, 500, 500]);
    const tx = track(tipcSocket(SOCK_RDM));
    expect(tx.sendtoSync(Buffer.from('to all'), [TIPC_ADDR_NAMESEQ, T, 0, 100])).toBe(6);
    for (const rx of [a, b]) {
      const [data, from] = rx.recvfromSync(100);
      expect(data.toString()).toBe('to all');
      expect(from).toEqual(tx.getsockname());
    }
    expect(() => outside.recvSync(100)).toThrow(/timed out/);
  });

  it.skipIf(tipc.skip)(`a message to a socket that is gone comes back: TIPC_ERRINFO (TIPC_ERR_NO_PORT) and TIPC_RETDATA${tipc.title}`, () => {
    const gone = new Socket(AF_TIPC, SOCK_RDM, 0);
    const goneAddr = gone.getsockname();
    gone.close();
    const s = track(tipcSocket(SOCK_RDM));
    s.setsockopt(SOL_TIPC, TIPC_DEST_DROPPABLE, 0);
    expect(s.getsockopt(SOL_TIPC, TIPC_DEST_DROPPABLE)).toBe(0);
    s.sendtoSync(Buffer.from('lost'), goneAddr);
    const m = recvTipcMessageSync(s, 100);
    expect(m.data.length).toBe(0);
    expect(m.ancillary.error).toEqual({ code: TIPC_ERR_NO_PORT, dataLength: 4 });
    expect(m.ancillary.returnedData?.toString()).toBe('lost');
  });

  it.skipIf(tipc.skip)(`int options of level SOL_TIPC read back what was set${tipc.title}`, () => {
    const s = track(tipcSocket(SOCK_SEQPACKET));
    s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, TIPC_HIGH_IMPORTANCE);
    expect(s.getsockopt(SOL_TIPC, TIPC_IMPORTANCE)).toBe(TIPC_HIGH_IMPORTANCE);
    s.setsockopt(SOL_TIPC, TIPC_CONN_TIMEOUT, 1234);
    expect(s.getsockopt(SOL_TIPC, TIPC_CONN_TIMEOUT)).toBe(1234);
    const err = (() => {
      try {
        s.setsockopt(SOL_TIPC, TIPC_IMPORTANCE, 99);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(OSError);
  });

  it.skipIf(tipcTool.skip)(`a binding is listed by iproute2's \`tipc nametable show\`, and goes when the socket closes${tipcTool.title}`, () => {
    const T = serviceType();
    const s = new Socket(AF_TIPC, SOCK_RDM, 0);
    s.bind([TIPC_ADDR_NAMESEQ, T, 300, 310]);
    const [, , ref] = s.getsockname();
    const row = new RegExp(`^${T}\\s+300\\s+310\\s+\\S+\\s+${ref}\\b`, 'm');
    const show = () => {
      const r = spawnSync(TIPC_TOOL!, ['nametable', 'show'], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    expect(show()).toMatch(row);
    s.close();
    expect(show()).not.toMatch(new RegExp(`^${T}\\s`, 'm'));
  });
});
