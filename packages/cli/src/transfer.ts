/**
 * Moving data both ways between two endpoints, socat-style: each direction
 * reads its source and writes its destination, turning messages into bytes
 * (or bytes into messages) with the framing where one end keeps message
 * boundaries and the other does not. When one direction ends its
 * destination is half-closed; the transfer then waits for the other
 * direction to end if its source is a connection, or `wait` seconds (for
 * late datagrams, or the rest of stdin) otherwise, as socat's -t does.
 */
import { CliError, EXIT } from './errors.js';
import type { Endpoint } from './endpoint.js';
import type { Framing } from './framing.js';

export interface TransferOptions {
  readonly framing: Framing;
  /** 'both', or only left -> right (-u), or only right -> left (-U). */
  readonly direction: 'both' | 'forward' | 'backward';
  /** Inactivity limit in seconds: nothing moved for this long ends the transfer with exit 4. */
  readonly timeout?: number;
  /** Stop after this many units arrived at the left end. */
  readonly count?: number;
  /** Seconds to wait for datagrams after the other direction ended. */
  readonly wait: number;
  /** Called with the bytes moved, for progress output. */
  readonly onBytes?: (n: number) => void;
}

async function pump(src: Endpoint, dst: Endpoint, framing: Framing, signal: AbortSignal, onUnit: () => void, onBytes?: (n: number) => void): Promise<void> {
  const decoder = !src.messages && dst.messages ? framing.decoder() : null;
  for await (const unit of src.read(signal)) {
    onBytes?.(unit.data.length);
    if (decoder !== null) {
      for (const m of decoder.push(unit.data)) await dst.write(m, signal);
    } else if (src.messages && !dst.messages) await dst.write(framing.encode(unit), signal);
    else await dst.write(unit.data, signal);
    onUnit();
  }
  if (decoder !== null) for (const m of decoder.end()) await dst.write(m, signal);
}

/** Runs the transfer to its end; throws CliError(EXIT.TIMEOUT) when --timeout passes idle. */
export async function transfer(left: Endpoint, right: Endpoint, options: TransferOptions): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  let idle: NodeJS.Timeout | undefined;
  const touch = (): void => {
    if (options.timeout === undefined) return;
    clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      stopAll();
    }, options.timeout * 1000);
  };
  touch();
  let arrived = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const stopAll = (): void => {
    controller.abort();
    finish();
  };
  let failure: unknown;
  let lingering: NodeJS.Timeout | undefined;

  const directions: { src: Endpoint; dst: Endpoint; toLeft: boolean }[] = [];
  if (options.direction !== 'backward') directions.push({ src: left, dst: right, toLeft: false });
  if (options.direction !== 'forward') directions.push({ src: right, dst: left, toLeft: true });
  let running = directions.length;

  const runs = directions.map(async (d) => {
    try {
      await pump(
        d.src,
        d.dst,
        options.framing,
        signal,
        () => {
          touch();
          if (d.toLeft && options.count !== undefined && ++arrived >= options.count) stopAll();
        },
        options.onBytes,
      );
    } catch (err) {
      if (!signal.aborted) {
        failure = err;
        stopAll();
      }
      return;
    }
    if (signal.aborted) return;
    const halfClosed = d.dst.endWrite();
    running--;
    if (running === 0) return stopAll();
    const other = directions.find((x) => x !== d)!;
    // A half-closed connection will end and is waited for; stdin, datagram
    // sources and connections that cannot half-close get `wait` seconds.
    if (halfClosed && other.src.ends) return;
    lingering = setTimeout(stopAll, options.wait * 1000);
  });
  if (directions.length === 0) finish();
  await finished;
  clearTimeout(idle);
  clearTimeout(lingering);
  // A direction still reading stdin cannot be interrupted; the command exits without waiting for it.
  void Promise.allSettled(runs);
  if (failure !== undefined) throw failure;
  if (timedOut) throw new CliError(EXIT.TIMEOUT, `timed out: nothing moved for ${options.timeout} s`);
}
