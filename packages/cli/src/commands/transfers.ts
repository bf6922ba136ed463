/** sock connect, listen, send, recv and relay: one transfer between two ends, stdin/stdout being one of them unless relay names both. */
import { parseAddress, type AddressSpec } from '../address.js';
import { helpText, parseArgs, seconds, type FlagSpec, type Parsed } from '../args.js';
import { usage } from '../errors.js';
import type { Io } from '../io.js';
import {
  ADDRESS_HELP,
  COMMON_FLAGS,
  connectSide,
  DIRECTION_FLAGS,
  directionOf,
  EXIT_HELP,
  framing,
  framingName,
  listenSide,
  parseOne,
  runWithConnection,
  stdioSide,
  styleOf,
  transferOptions,
  type Side,
} from '../session.js';
import { transfer, type TransferOptions } from '../transfer.js';

interface Definition {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly flags: readonly FlagSpec[];
  readonly extra?: string;
}

const FORK: FlagSpec = { name: 'fork', help: 'keep accepting: each connection to stdout, or to COMMAND (after --) as its stdin/stdout' };

export const DEFINITIONS: Record<string, Definition> = {
  connect: {
    name: 'connect',
    usage: 'sock connect [options] ADDRESS',
    summary:
      'Connects to ADDRESS (binds, for can:, isotp:, j1939:, packet:, netlink:, hci:) and\njoins it with stdin/stdout: what stdin gives goes to the socket, what the socket\nreceives goes to stdout.',
    flags: [...DIRECTION_FLAGS, ...COMMON_FLAGS],
  },
  listen: {
    name: 'listen',
    usage: 'sock listen [options] ADDRESS [-- COMMAND [ARG...]]',
    summary:
      'Listens on ADDRESS and joins the first connection with stdin/stdout (datagram\naddresses: receives from anyone and answers whoever sent last). With --fork it keeps\naccepting, and runs COMMAND per connection with the connection as its stdin/stdout.',
    flags: [FORK, ...DIRECTION_FLAGS, ...COMMON_FLAGS],
  },
  send: {
    name: 'send',
    usage: 'sock send [options] ADDRESS',
    summary: 'Sends stdin to ADDRESS and exits: one message per framed unit (lines, hex lines,\nlength-prefixed records, candump lines for can:), or the bytes as read with raw.',
    flags: COMMON_FLAGS,
  },
  recv: {
    name: 'recv',
    usage: 'sock recv [options] ADDRESS',
    summary:
      'Receives on ADDRESS (binds and listens; accepts one connection for stream kinds)\nand writes what arrives to stdout, framed: candump lines for can:, raw bytes otherwise.',
    flags: [FORK, ...COMMON_FLAGS],
  },
  relay: {
    name: 'relay',
    usage: 'sock relay [options] LEFT RIGHT',
    summary:
      'Joins two addresses both ways (socat-style). An address with ,listen listens\n(and with ,fork serves every connection, each with a fresh RIGHT); "-" is stdin/stdout.',
    flags: [...DIRECTION_FLAGS, ...COMMON_FLAGS],
  },
};

export function helpOf(name: string): string {
  const d = DEFINITIONS[name]!;
  return helpText(d.usage, d.summary, d.flags, `${ADDRESS_HELP}\n\n${EXIT_HELP}`);
}

function start(name: string, argv: readonly string[], io: Io): Parsed | null {
  const parsed = parseArgs(argv, DEFINITIONS[name]!.flags, name);
  if (parsed.flags.has('help')) {
    io.out(helpOf(name));
    return null;
  }
  if (parsed.rest.length > 0 && name !== 'listen') throw usage(`${name} takes no command after --`);
  return parsed;
}

async function run(parsed: Parsed, name: string, io: Io, left: Side, right: Side, specs: (AddressSpec | null)[], direction: TransferOptions['direction']): Promise<number> {
  const f = framing(framingName(parsed, specs.find((s) => s?.kind.framing) ?? undefined), specs, [left.opened, right.opened]);
  const progress = progressMeter(io);
  try {
    await transfer(left.endpoint, right.endpoint, { ...transferOptions(parsed, name, f, direction), ...(progress && { onBytes: progress.add }) });
  } finally {
    progress?.stop();
    left.endpoint.close();
    right.endpoint.close();
  }
  return 0;
}

/** Bytes and rate on stderr, once a second after the first two, when stderr is a terminal. */
function progressMeter(io: Io): { add: (n: number) => void; stop: () => void } | null {
  if (io.stderr !== process.stderr || !process.stderr.isTTY) return null;
  const started = Date.now();
  let total = 0;
  let shown = false;
  const timer = setInterval(() => {
    const secs = (Date.now() - started) / 1000;
    if (secs < 2) return;
    shown = true;
    io.stderr.write(`\r${total} bytes, ${Math.round(total / secs / 1024)} KiB/s   `);
  }, 1000);
  timer.unref();
  return {
    add: (n) => void (total += n),
    stop: () => {
      clearInterval(timer);
      if (shown) io.stderr.write('\n');
    },
  };
}

export async function connect(argv: readonly string[], io: Io): Promise<number> {
  const parsed = start('connect', argv, io);
  if (parsed === null) return 0;
  const spec = parseOne(parsed, 'connect');
  const direction = directionOf(parsed);
  framingName(parsed, spec);
  const right = await connectSide(spec, seconds(parsed, 'timeout', 'connect'), seconds(parsed, 'retry', 'connect'));
  return run(parsed, 'connect', io, stdioSide(io), right, [null, spec], direction);
}

export async function send(argv: readonly string[], io: Io): Promise<number> {
  const parsed = start('send', argv, io);
  if (parsed === null) return 0;
  const spec = parseOne(parsed, 'send');
  framingName(parsed, spec);
  const right = await connectSide(spec, seconds(parsed, 'timeout', 'send'), seconds(parsed, 'retry', 'send'));
  return run(parsed, 'send', io, stdioSide(io), right, [null, spec], 'forward');
}

async function listenOrRecv(name: 'listen' | 'recv', argv: readonly string[], io: Io): Promise<number> {
  const parsed = start(name, argv, io);
  if (parsed === null) return 0;
  const spec = parseOne(parsed, name);
  const direction = name === 'recv' ? 'backward' : directionOf(parsed);
  framingName(parsed, spec);
  const verbose = parsed.flags.has('verbose');
  const timeout = seconds(parsed, 'timeout', name);
  const stream = styleOf(spec) === 'stream';
  if (parsed.rest.length > 0 && !stream) throw usage(`a COMMAND per connection needs a connection: ${spec.kind.name}: here has none`);
  if ((parsed.flags.has('fork') || spec.options.fork) && stream) {
    const serve = async (conn: Side): Promise<void> => {
      if (parsed.rest.length > 0) return runWithConnection(conn, parsed.rest, io);
      const f = framing(framingName(parsed, spec), [spec], [conn.opened]);
      const opts = { ...transferOptions(parsed, name, f, 'backward'), count: undefined };
      try {
        await transfer(stdioSide(io).endpoint, conn.endpoint, opts);
      } finally {
        conn.endpoint.close();
      }
    };
    await listenSide(spec, io, verbose, timeout, serve);
    return 0;
  }
  if (parsed.rest.length > 0) throw usage('a COMMAND after -- needs --fork');
  const right = await listenSide(spec, io, verbose, timeout);
  return run(parsed, name, io, stdioSide(io), right, [null, spec], direction);
}

export const listen = (argv: readonly string[], io: Io): Promise<number> => listenOrRecv('listen', argv, io);
export const recv = (argv: readonly string[], io: Io): Promise<number> => listenOrRecv('recv', argv, io);

async function sideOf(spec: AddressSpec | null, io: Io, parsed: Parsed, serve?: (s: Side) => Promise<void>): Promise<Side> {
  if (spec === null) return stdioSide(io);
  const timeout = seconds(parsed, 'timeout', 'relay');
  return spec.options.listen ? listenSide(spec, io, parsed.flags.has('verbose'), timeout, serve) : connectSide(spec, timeout, seconds(parsed, 'retry', 'relay'));
}

export async function relay(argv: readonly string[], io: Io): Promise<number> {
  const parsed = start('relay', argv, io);
  if (parsed === null) return 0;
  if (parsed.positional.length !== 2) throw usage(`relay takes two addresses, not ${parsed.positional.length} (see sock relay --help)`);
  const specs = parsed.positional.map((a) => (a === '-' ? null : parseAddress(a)));
  if (specs[0] === null && specs[1] === null) throw usage('relay needs at least one address that is not "-"');
  const direction = directionOf(parsed);
  framingName(parsed, specs.find((s) => s?.kind.framing) ?? undefined);
  const [a, b] = specs as [AddressSpec | null, AddressSpec | null];
  if (b?.options.fork) throw usage('only the left address of relay may fork (it accepts; each connection gets a fresh right one)');
  if (a?.options.fork && styleOf(a) === 'stream') {
    await sideOf(a, io, parsed, async (conn) => {
      const right = await sideOf(b, io, parsed);
      await run(parsed, 'relay', io, conn, right, [a, b], direction);
    });
    return 0;
  }
  const left = await sideOf(a, io, parsed);
  let right: Side;
  try {
    right = await sideOf(b, io, parsed);
  } catch (err) {
    left.endpoint.close();
    throw err;
  }
  return run(parsed, 'relay', io, left, right, [a, b], direction);
}
