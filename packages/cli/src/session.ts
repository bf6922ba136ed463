/**
 * What connect, listen, send, recv and relay share: their flags, the
 * framing they choose, and turning an address into an endpoint in the role
 * the command gives it (connecting, or listening and accepting).
 */
import { spawn } from 'node:child_process';
import { closeSync } from 'node:fs';
import { parseAddress, type AddressSpec } from './address.js';
import { count, seconds, type FlagSpec, type Parsed } from './args.js';
import { answeringEndpoint, socketEndpoint, stdioEndpoint, type Endpoint } from './endpoint.js';
import { CliError, describeError, usage } from './errors.js';
import { FRAMINGS, framingFor, type Framing, type FramingName } from './framing.js';
import type { Io } from './io.js';
import { formatAddress, openConnect, openListen, type Opened } from './open.js';
import type { TransferOptions } from './transfer.js';

export const COMMON_FLAGS: readonly FlagSpec[] = [
  { name: 'framing', short: 'f', value: true, arg: 'NAME', help: `how messages travel on a byte stream: ${FRAMINGS.join(', ')} (default raw; candump for can:)` },
  { name: 'lines', short: 'l', help: 'the same as --framing lines' },
  { name: 'hex', short: 'x', help: 'the same as --framing hex (a hex dump out; hex lines in)' },
  { name: 'length', help: 'the same as --framing length (4-byte big-endian length prefix)' },
  { name: 'json', help: 'the same as --framing json (one JSON object per message, with its sender)' },
  { name: 'timeout', short: 'T', value: true, arg: 'SECONDS', help: 'give up (exit 4) when nothing has moved for this long' },
  { name: 'count', short: 'c', value: true, arg: 'N', help: 'stop after N messages (reads) have arrived at the left end' },
  { name: 'wait', short: 'w', value: true, arg: 'SECONDS', help: 'after one side ends, wait this long for the other unless it is a connection (default 0.5)' },
  { name: 'retry', short: 'r', value: true, arg: 'SECONDS', help: 'keep trying to connect this long while refused or the socket file is missing' },
  { name: 'verbose', short: 'v', help: 'say on stderr where it listens and who connects' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const DIRECTION_FLAGS: readonly FlagSpec[] = [
  { name: 'forward', short: 'u', help: 'one direction only: left to right (stdin to the socket)' },
  { name: 'backward', short: 'U', help: 'one direction only: right to left (the socket to stdout)' },
];

export const ADDRESS_HELP = `addresses (KIND:REST[,OPTION...]):
  tcp:HOST:PORT  tcp6:[HOST]:PORT  udp:HOST:PORT  udp6:[HOST]:PORT
  unix:PATH  unix-abstract:NAME  unix-dgram:PATH  seqpacket:PATH  (@NAME: abstract)
  vsock:CID:PORT (CID: a number, any, host, local, hypervisor)
  can:IFACE  isotp:IFACE:RX:TX  j1939:IFACE[:NAME[:PGN[:ADDR]]]  (hex ids)
  packet:IFACE[:PROTO]  netlink:PROTOCOL[:GROUPS]  tipc:TYPE:INSTANCE[:UPPER]
  l2cap:BDADDR:PSM  rfcomm:BDADDR:CHANNEL  sco:BDADDR  rds:HOST:PORT
  hci:DEV[:CHANNEL] (DEV: a number, hciN, none; CHANNEL: raw, user, monitor, control, logging)
  qipcrtr:NODE:PORT (NODE: a number, local, bcast; PORT: a number, any, ctrl)
options: reuseaddr, reuseport, bind=LOCAL, setsockopt=LEVEL:NAME:VALUE (VALUE an
  integer or hex:BYTES), type=dgram|seqpacket|..., listen, fork (relay)`;

export const EXIT_HELP = 'exit status: 0 done, 1 a system call failed, 2 bad command line or address,\n3 family not available (see sock families), 4 timed out';

export function framingName(parsed: Parsed, spec?: AddressSpec): FramingName {
  const picked: FramingName[] = [];
  const f = parsed.flags.get('framing');
  if (typeof f === 'string') {
    if (!(FRAMINGS as readonly string[]).includes(f)) throw usage(`--framing must be one of ${FRAMINGS.join(', ')}, not ${JSON.stringify(f)}`);
    picked.push(f as FramingName);
  }
  for (const name of ['lines', 'hex', 'length', 'json'] as const) if (parsed.flags.has(name)) picked.push(name);
  if (picked.length > 1) throw usage(`choose one framing, not ${picked.join(' and ')}`);
  return picked[0] ?? spec?.kind.framing ?? 'raw';
}

/** The framing, with @sock/can's codecs when it is candump. */
export function framing(name: FramingName, specs: readonly (AddressSpec | null)[], opened: readonly (Opened | null)[]): Framing {
  if (name !== 'candump') return framingFor(name);
  const i = specs.findIndex((s) => s?.kind.name === 'can');
  const o = opened[i];
  if (i < 0 || o == null) throw usage('--framing candump needs a can: address');
  return framingFor('candump', { module: o.module, ifname: specs[i]!.rest });
}

export function transferOptions(parsed: Parsed, command: string, f: Framing, direction: TransferOptions['direction']): TransferOptions {
  const timeout = seconds(parsed, 'timeout', command);
  const n = count(parsed, 'count', command);
  const opts: { -readonly [K in keyof TransferOptions]: TransferOptions[K] } = { framing: f, direction, wait: seconds(parsed, 'wait', command) ?? 0.5 };
  if (timeout !== undefined) opts.timeout = timeout;
  if (n !== undefined) opts.count = n;
  return opts;
}

export function directionOf(parsed: Parsed): TransferOptions['direction'] {
  const u = parsed.flags.has('forward');
  const U = parsed.flags.has('backward');
  if (u && U) throw usage('-u and -U together leave no direction');
  return u ? 'forward' : U ? 'backward' : 'both';
}

export function parseOne(parsed: Parsed, command: string): AddressSpec {
  if (parsed.positional.length !== 1) throw usage(`${command} takes one address, not ${parsed.positional.length} (see sock ${command} --help)`);
  return parseAddress(parsed.positional[0]!);
}

/** How the address's socket is driven (its kind's style for its socket type). */
export function styleOf(spec: AddressSpec): string {
  return spec.kind.style(spec.options.type ?? Object.keys(spec.kind.types)[0]!);
}

/** An AbortSignal that fires after `timeout` seconds (undefined: never). */
export function deadline(timeout: number | undefined): AbortSignal | undefined {
  return timeout === undefined ? undefined : AbortSignal.timeout(timeout * 1000);
}

export interface Side {
  readonly endpoint: Endpoint;
  readonly opened: Opened | null;
}

/** The stdio side. */
export function stdioSide(io: Io): Side {
  return { endpoint: stdioEndpoint(io), opened: null };
}

/** Connects (or binds, for bound kinds). */
export async function connectSide(spec: AddressSpec, timeout: number | undefined, retry = 0): Promise<Side> {
  const until = Date.now() + retry * 1000;
  const o = await inContext(
    spec,
    (async () => {
      for (;;) {
        try {
          return await openConnect(spec, deadline(timeout));
        } catch (err) {
          // --retry: a peer that is still starting (nobody listening yet, no socket file yet).
          const code = (err as { code?: unknown }).code;
          if (Date.now() >= until || (code !== 'ECONNREFUSED' && code !== 'ENOENT')) throw err;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    })(),
  );
  return { endpoint: socketEndpoint(o), opened: o };
}

/** Errors of opening an address carry the address, unless they already quote it. */
async function inContext<T>(spec: AddressSpec, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const { code, message } = describeError(err, spec.text);
    throw new CliError(code, message);
  }
}

/** Where a socket is bound, as the kind writes it; the address as given where getsockname fails (an HCI monitor socket: EBADFD). */
function boundName(o: Opened): string {
  try {
    return formatAddress(o.sock.getsockname());
  } catch {
    return o.spec.rest;
  }
}

/**
 * Listens: a stream kind accepts one connection (the listening socket is
 * then closed); a datagram kind answers whoever sent last; a bound kind is
 * bound. `serve`, when given, is called per accepted connection instead
 * (--fork) and this never returns.
 */
export async function listenSide(spec: AddressSpec, io: Io, verbose: boolean, timeout: number | undefined, serve?: (conn: Side) => Promise<void>): Promise<Side> {
  const o = await inContext(spec, openListen(spec));
  if (verbose) io.err(`sock: listening on ${spec.kind.name}:${boundName(o)}`);
  if (o.style === 'datagram') return { endpoint: answeringEndpoint(o, (t) => io.err(`sock: ${t}`)), opened: o };
  if (o.style === 'bound') return { endpoint: socketEndpoint(o), opened: o };
  for (;;) {
    let conn, peer;
    try {
      const signal = serve ? undefined : deadline(timeout);
      [conn, peer] = await inContext(spec, o.sock.accept(signal ? { signal } : undefined));
    } catch (err) {
      o.sock.close();
      throw err;
    }
    if (verbose) io.err(`sock: connection from ${formatAddress(peer) || '(unnamed)'}`);
    const side = { endpoint: socketEndpoint({ ...o, sock: conn, style: 'stream' }, conn), opened: { ...o, sock: conn } };
    if (serve === undefined) {
      o.sock.close();
      return side;
    }
    serve(side).catch((err: unknown) => io.err(`sock: ${spec.text}: ${(err as Error).message}`));
  }
}

/**
 * Runs `argv` with a connection as its stdin and stdout (the socket's fd
 * itself, left blocking as Python's detach() leaves it), as socat's
 * fork,EXEC does; resolves when the command exits.
 */
export function runWithConnection(side: Side, argv: readonly string[], io: Io): Promise<void> {
  const fd = side.opened!.sock.detach();
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: [fd, fd, 'inherit'] });
    closeSync(fd);
    child.on('error', (err) => {
      io.err(`sock: ${argv[0]}: ${err.message}`);
      resolve();
    });
    child.on('close', () => resolve());
  });
}
