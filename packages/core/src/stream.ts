/**
 * makefile(): a Node stream over a socket of any family. A connected stream
 * socket becomes a Duplex that `tls.connect({ socket })`, HTTP agents and the
 * like accept; datagram and seqpacket sockets yield one chunk per message.
 */
import { Duplex, type DuplexOptions } from 'node:stream';
import { SHUT_WR, SOCK_DGRAM, SOCK_STREAM } from './constants.js';
import { invalidArgValue } from './errors.js';
import type { Socket } from './socket.js';

export interface MakefileOptions {
  /** Text mode: decode reads with this encoding (Readable#setEncoding). */
  encoding?: BufferEncoding;
  /** Bytes asked of each recv and the readable buffer's high-water mark (default 65536). */
  highWaterMark?: number;
}

/** The stream makefile() returns; its unused side is disabled for 'r' or 'w'. */
export class SocketStream extends Duplex {
  readonly socket: Socket;
  readonly mode: string;
  readonly #abort = new AbortController();
  readonly #chunk: number;
  #reading = false;

  constructor(sock: Socket, mode: string, readable: boolean, writable: boolean, options: MakefileOptions) {
    const hwm = options.highWaterMark ?? 65536;
    // `readable`/`writable` are Duplex options Node documents but @types/node 20 omits.
    super({ readable, writable, allowHalfOpen: true, readableHighWaterMark: hwm, decodeStrings: true } as DuplexOptions);
    this.socket = sock;
    this.mode = mode;
    this.#chunk = hwm;
    if (options.encoding) this.setEncoding(options.encoding);
    sock._ioRef(1);
  }

  /** Python's `name`: the socket's fd, or -1 once closed. */
  get name(): number {
    return this.destroyed ? -1 : this.socket.fileno();
  }

  override _read(): void {
    if (this.#reading) return;
    this.#reading = true;
    this.socket.recv(this.#chunk, 0, { signal: this.#abort.signal }).then(
      (data) => {
        this.#reading = false;
        if (data.length > 0) this.push(data);
        else if (this.socket.type === SOCK_DGRAM) this._read();
        else this.push(null);
      },
      (err: unknown) => {
        this.#reading = false;
        if (!this.destroyed) this.destroy(err as Error);
      },
    );
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.socket.sendall(chunk, 0, { signal: this.#abort.signal }).then(() => cb(), cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    try {
      if (this.socket.type === SOCK_STREAM && this.socket.fileno() >= 0) this.socket.shutdown(SHUT_WR);
      cb();
    } catch (err) {
      cb(err as Error);
    }
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.#abort.abort();
    this.socket._ioRef(-1);
    cb(err);
  }
}

/**
 * Python's makefile(mode): mode is made of 'r', 'w' and 'b'. The socket
 * stays open until both it and every stream from it are closed.
 */
export function makefile(sock: Socket, mode: string, options: MakefileOptions = {}): SocketStream {
  if (typeof mode !== 'string' || ![...mode].every((c) => c === 'r' || c === 'w' || c === 'b') || new Set(mode).size !== mode.length) {
    throw invalidArgValue('mode', mode, "must be made of 'r', 'w' and 'b' (invalid mode)");
  }
  const readable = mode.includes('r');
  const writable = mode.includes('w');
  if (!readable && !writable) throw invalidArgValue('mode', mode, "must include 'r' or 'w'");
  if (sock.fileno() < 0) throw invalidArgValue('socket', sock.toString(), 'is closed');
  return new SocketStream(sock, mode, readable, writable, options);
}
