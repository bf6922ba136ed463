/**
 * makefile(): a Node stream over a socket of any family. A connected stream
 * socket becomes a Duplex that `tls.connect({ socket })`, HTTP agents and the
 * like accept; datagram and seqpacket sockets yield one Buffer per message
 * (their readable side is in object mode).
 */
import { Duplex, type DuplexOptions } from 'node:stream';
import { SHUT_WR, SOCK_DGRAM, SOCK_STREAM } from './constants.js';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue } from './errors.js';
import { INT32_MAX, validateInteger } from './validate.js';
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

  constructor(sock: Socket, mode: string, readable: boolean, writable: boolean, options?: MakefileOptions | null) {
    if (sock === null || typeof sock !== 'object' || types.isProxy(sock) || typeof (sock as Partial<Socket>)._ioRef !== 'function') {
      throw invalidArgType('sock', 'an instance of Socket', sock);
    }
    const { encoding, highWaterMark: hwm } = streamOptions(options);
    // Messages keep their boundaries only in object mode: a byte-mode read() joins buffered chunks.
    const messages = sock.type !== SOCK_STREAM;
    // `readable`/`writable` are Duplex options Node documents but @types/node 20 omits.
    super({
      readable,
      writable,
      allowHalfOpen: true,
      readableObjectMode: messages,
      readableHighWaterMark: messages ? 16 : hwm,
      decodeStrings: true,
    } as DuplexOptions);
    this.socket = sock;
    this.mode = mode;
    this.#chunk = hwm;
    if (encoding !== undefined) this.setEncoding(encoding);
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
/** makefile's options, checked: null or undefined are no options; encoding a Buffer encoding, highWaterMark 1..2**31-1. */
function streamOptions(options: unknown): { encoding: BufferEncoding | undefined; highWaterMark: number } {
  if (options === undefined || options === null) return { encoding: undefined, highWaterMark: 65536 };
  if (typeof options !== 'object' || types.isProxy(options)) throw invalidArgType('options', 'of type object', options);
  const { encoding, highWaterMark = 65536 } = options as MakefileOptions;
  if (encoding !== undefined && (typeof encoding !== 'string' || !Buffer.isEncoding(encoding))) {
    throw invalidArgValue('options.encoding', encoding, 'must be a Buffer encoding');
  }
  return { encoding, highWaterMark: validateInteger(highWaterMark, 'options.highWaterMark', 1, INT32_MAX) };
}

export function makefile(sock: Socket, mode: string, options?: MakefileOptions | null): SocketStream {
  if (typeof mode !== 'string' || mode.length > 8 || ![...mode].every((c) => c === 'r' || c === 'w' || c === 'b')) {
    throw invalidArgValue('mode', mode, "must be made of 'r', 'w' and 'b' (invalid mode)");
  }
  // Python's rule: the set of letters counts; without 'w' the stream reads.
  const writable = mode.includes('w');
  const readable = mode.includes('r') || !writable;
  const opts = streamOptions(options);
  if (sock.fileno() < 0) throw invalidArgValue('socket', sock.toString(), 'is closed');
  return new SocketStream(sock, mode, readable, writable, opts);
}
