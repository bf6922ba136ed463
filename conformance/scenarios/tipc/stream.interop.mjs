// Interop over AF_TIPC SOCK_STREAM and SOCK_SEQPACKET by service name on one node (each listener on a range of its own: a name in two ranges may reach either socket type): connect to a name in the listener's range; accept gives the client's socket address, getpeername the listener's side. Needs tipc, as in the kernel lab.
import { OSError, Socket, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { AF_TIPC as T, TIPC_ADDR_NAME as NAME, TIPC_ADDR_NAMESEQ as SEQ } from '@sock/tipc';

export async function server(h) {
  const stype = 100000 + Math.floor(Math.random() * (2 ** 31 - 100000));
  const listeners = [];
  for (const kind of [SOCK_STREAM, SOCK_SEQPACKET]) {
    let L;
    try {
      L = h.track(new Socket(T, kind));
    } catch (e) {
      if (e instanceof OSError) h.skip(`needs AF_TIPC: modprobe tipc (${e.strerror})`);
      throw e;
    }
    L.settimeout(20);
    L.bind([SEQ, stype, 100 * kind, 100 * kind + 9]);
    L.listen();
    listeners.push(L);
  }
  h.ready({ type: stype });
  for (const [i, L] of listeners.entries()) {
    const label = ['stream', 'seqpacket'][i];
    const [conn, peer] = await L.accept();
    h.track(conn);
    conn.settimeout(20);
    h.check(`server ${label}: accepted address type, len`, [peer[0], peer.length]);
    h.check(`server ${label}: accepted address is the connection's peer`, JSON.stringify(peer) === JSON.stringify(conn.getpeername()));
    if (label === 'seqpacket') {
      h.check(`server ${label}: first message`, await conn.recv(100));
      h.check(`server ${label}: second message`, await conn.recv(100));
    } else {
      let got = Buffer.alloc(0);
      while (got.length < 3) {
        const chunk = await conn.recv(100);
        if (chunk.length === 0) break;
        got = Buffer.concat([got, chunk]);
      }
      h.check(`server ${label}: the bytes`, got);
    }
    await conn.sendall(Buffer.from('pong'));
    await h.step(`server ${label}: recv after the client closed`, () => conn.recv(100));
  }
}

export async function client(h) {
  const stype = h.peer.type;
  for (const [label, kind] of [['stream', SOCK_STREAM], ['seqpacket', SOCK_SEQPACKET]]) {
    const c = h.track(new Socket(T, kind));
    c.settimeout(20);
    await h.step(`client ${label}: connect to a name in the range`, () => c.connect([NAME, stype, 100 * kind + 5, 0]));
    const peer = c.getpeername();
    h.check(`client ${label}: peer address type, len, v3`, [peer[0], peer.length, peer[3]]);
    await c.send(Buffer.from('a'));
    await c.sendall(Buffer.from('bb'));
    let got = Buffer.alloc(0);
    while (got.length < 4) {
      const chunk = await c.recv(100);
      if (chunk.length === 0) break;
      got = Buffer.concat([got, chunk]);
    }
    h.check(`client ${label}: reply`, got);
    c.close();
  }
}
