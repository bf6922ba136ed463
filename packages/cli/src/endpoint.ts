/**
 * The two ends a transfer joins: stdio, or a socket (connected, answering
 * the last sender, or bound to an interface). An endpoint reads units
 * (chunks of a byte stream, or whole messages) and writes them.
 */
import { once } from 'node:events';
import { constants as core, errno, type Socket } from '@sock/core';
import type { Unit } from './framing.js';
import type { Io } from './io.js';
import type { Opened } from './open.js';

export interface Endpoint {
  readonly label: string;
  /** Units are whole messages (datagrams, seqpackets, frames), not pieces of a byte stream. */
  readonly messages: boolean;
  /** Its reads end with an end of stream (a closed connection, end of stdin), not only by timeout. */
  readonly ends: boolean;
  read(signal: AbortSignal): AsyncGenerator<Unit>;
  write(data: Buffer, signal: AbortSignal): Promise<void>;
  /**
   * No more writes: shutdown(SHUT_WR) for a connection whose family has
   * half-close. True when the peer will see an end of stream.
   */
  endWrite(): boolean;
  close(): void;
}

/**
 * Families whose connections half-close: shutdown(SHUT_WR) lets the peer
 * read to an end of stream and still answer. TIPC refuses anything but
 * SHUT_RDWR, and Bluetooth's shutdown takes the whole channel down, so there
 * the transfer waits `--wait` seconds instead.
 */
const HALF_CLOSE = new Set(['AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_VSOCK']);

/** How many bytes one recv may return: a whole datagram or netlink dump batch. */
function bufsize(o: Opened): number {
  return o.family === 'AF_NETLINK' ? 1 << 20 : 1 << 16;
}

export function stdioEndpoint(io: Io): Endpoint {
  return {
    label: 'stdio',
    messages: false,
    ends: true,
    async *read(signal) {
      for await (const chunk of io.stdin) {
        if (signal.aborted) return;
        yield { data: Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string) };
      }
    },
    async write(data) {
      if (data.length === 0) return;
      if (!io.stdout.write(data)) await once(io.stdout, 'drain');
    },
    endWrite: () => false,
    close() {},
  };
}

/** A connected socket (stream, seqpacket, connected datagram) or a bound one (CAN, AF_PACKET, netlink). */
export function socketEndpoint(o: Opened, sock: Socket = o.sock, label = o.spec.text): Endpoint {
  const size = bufsize(o);
  const stream = sock.type === core.SOCK_STREAM || sock.type === core.SOCK_SEQPACKET;
  const connected = o.style !== 'bound' && o.style !== 'datagram';
  const disconnectIsReset = o.family === 'AF_BLUETOOTH' && stream && connected;
  let writeClosed = false;
  return {
    label,
    messages: o.messages,
    ends: stream && connected,
    async *read(signal) {
      for (;;) {
        let got: [Buffer, unknown];
        try {
          got = o.style === 'bound' ? await sock.recvfrom(size, 0, { signal }) : [await sock.recv(size, 0, { signal }), undefined];
        } catch (err) {
          // Linux's L2CAP and RFCOMM sockets report the peer's disconnect as a pending ECONNRESET
          // (their teardown sets sk_err), even after an orderly close: for a connection that is its end of stream.
          if (disconnectIsReset && (err as { errno?: unknown }).errno === errno.ECONNRESET) return;
          throw err;
        }
        const [data, from] = got;
        if (data.length === 0 && stream && connected) return;
        yield { data, from };
      }
    },
    async write(data, signal) {
      if (stream) await sock.sendall(data, 0, { signal });
      else await sock.send(data, 0, { signal });
    },
    endWrite() {
      if (!stream || !connected || !HALF_CLOSE.has(o.family)) return false;
      if (writeClosed) return true;
      writeClosed = true;
      try {
        sock.shutdown(core.SHUT_WR!);
        return true;
      } catch {
        // Already gone: the peer closed first.
        return false;
      }
    },
    close: () => sock.close(),
  };
}

/**
 * An unconnected datagram socket on the listening side: it receives from
 * anyone and writes to whoever sent last (as `socat UDP-RECVFROM`); a write
 * before anyone has sent is dropped with a warning.
 */
export function answeringEndpoint(o: Opened, warn: (text: string) => void): Endpoint {
  const size = bufsize(o);
  let peer: unknown;
  let warned = false;
  return {
    label: o.spec.text,
    messages: true,
    ends: false,
    async *read(signal) {
      for (;;) {
        const [data, from] = await o.sock.recvfrom(size, 0, { signal });
        if (from !== null && from !== '' && !(Buffer.isBuffer(from) && from.length === 0)) peer = from;
        yield { data, from };
      }
    },
    async write(data, signal) {
      if (peer === undefined) {
        if (!warned) warn(`${o.spec.text}: no peer has sent anything yet; dropping what to send`);
        warned = true;
        return;
      }
      await o.sock.sendto(data, peer as never, { signal });
    },
    endWrite: () => false,
    close: () => o.sock.close(),
  };
}
