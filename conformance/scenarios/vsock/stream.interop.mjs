// Interop over AF_VSOCK streams on the loopback transport (VMADDR_CID_LOCAL): needs vsock_loopback, as in the kernel lab.
import { createHash } from 'node:crypto';
import { OSError, SHUT_WR, Socket, SOCK_STREAM } from '@sock/core';
import { AF_VSOCK as V, VMADDR_CID_LOCAL as LOCAL, VMADDR_PORT_ANY } from '@sock/vsock';

const PAYLOAD = Buffer.alloc(256 * 1024);
for (let i = 0; i < PAYLOAD.length; i++) PAYLOAD[i] = i % 251;

async function readAll(s) {
  const parts = [];
  for (;;) {
    const c = await s.recv(65536);
    if (c.length === 0) return Buffer.concat(parts);
    parts.push(c);
  }
}

export async function server(h) {
  const L = h.track(new Socket(V, SOCK_STREAM));
  L.settimeout(20);
  try {
    L.bind([LOCAL, VMADDR_PORT_ANY]);
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_VSOCK loopback: modprobe vsock_loopback (${e.strerror})`);
    throw e;
  }
  L.listen();
  h.ready({ port: L.getsockname()[1] });
  const [conn, peer] = await L.accept();
  h.track(conn);
  conn.settimeout(20);
  h.check('server: accepted peer CID', peer[0]);
  h.check('server: listener name', [L.getsockname()[0], L.getsockname()[1] > 1023]);
  const data = await readAll(conn);
  h.check('server: received length, sha256', [data.length, createHash('sha256').update(data).digest('hex')]);
  await conn.sendall(Buffer.from(data).reverse());
  conn.shutdown(SHUT_WR);
}

export async function client(h) {
  const c = h.track(new Socket(V, SOCK_STREAM));
  c.settimeout(20);
  await c.connect([LOCAL, h.peer.port]);
  const [cid, port] = c.getpeername();
  h.check('client: peer name', cid === LOCAL && port === h.peer.port);
  h.check('client: own name', c.getsockname()[0]);
  await c.sendall(PAYLOAD);
  c.shutdown(SHUT_WR);
  h.check('client: reply is the payload reversed', (await readAll(c)).equals(Buffer.from(PAYLOAD).reverse()));
  // A port bound here but not listening: a guessed port could be another run's listener.
  const idle = h.track(new Socket(V, SOCK_STREAM));
  idle.bind([LOCAL, VMADDR_PORT_ANY]);
  await h.step('client: connect to a bound port nobody listens on', () =>
    h.track(new Socket(V, SOCK_STREAM)).connect([LOCAL, idle.getsockname()[1]]),
  );
}
