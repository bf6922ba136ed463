/**
 * Framings: how messages (datagrams, seqpackets, CAN frames) become bytes on
 * a byte stream (stdin/stdout, a TCP connection) and back.
 *
 * | name     | out (message -> bytes)                     | in (bytes -> messages)              |
 * |----------|--------------------------------------------|-------------------------------------|
 * | raw      | the bytes as they are                      | each read(2) of the stream          |
 * | lines    | the message and '\n'                       | each line, without its '\n'         |
 * | length   | 4-byte big-endian length, then the bytes   | the same                            |
 * | hex      | a hexdump -C style dump of each message    | each line of hex digits (or a dump) |
 * | json     | one JSON object per line                   | JSON lines with "data" in hex       |
 * | candump  | candump -L log lines                       | candump log lines or cansend frames |
 */
import { usage } from './errors.js';
import { formatAddress } from './open.js';
import type { FamilyModule } from './families.js';

export interface Unit {
  readonly data: Buffer;
  /** The sender, where the socket reports one (recvfrom). */
  readonly from?: unknown;
}

export interface Decoder {
  push(chunk: Buffer): Buffer[];
  /** The stream ended: what is left, or a usage error for a message cut short. */
  end(): Buffer[];
}

export interface Framing {
  readonly name: string;
  encode(unit: Unit): Buffer;
  decoder(): Decoder;
}

export const FRAMINGS = ['raw', 'lines', 'length', 'hex', 'json', 'candump'] as const;
export type FramingName = (typeof FRAMINGS)[number];

/** A decoder over lines: `line` turns one line (no '\n') into a message or null (skip it). */
function lineDecoder(line: (text: string, n: number) => Buffer | null): Decoder {
  let pending = '';
  let n = 0;
  const take = (text: string): Buffer[] => {
    n++;
    const m = line(text.replace(/\r$/, ''), n);
    return m === null ? [] : [m];
  };
  return {
    push(chunk) {
      pending += chunk.toString('latin1');
      const out: Buffer[] = [];
      let i: number;
      while ((i = pending.indexOf('\n')) >= 0) {
        out.push(...take(pending.slice(0, i)));
        pending = pending.slice(i + 1);
      }
      return out;
    },
    end() {
      const rest = pending;
      pending = '';
      return rest === '' ? [] : take(rest);
    },
  };
}

const raw: Framing = {
  name: 'raw',
  encode: (u) => u.data,
  decoder: () => ({ push: (chunk) => [chunk], end: () => [] }),
};

const lines: Framing = {
  name: 'lines',
  encode: (u) => Buffer.concat([u.data, Buffer.of(10)]),
  decoder: () => lineDecoder((text) => Buffer.from(text, 'latin1')),
};

const MAX_LENGTH = 16 * 1024 * 1024;

const length: Framing = {
  name: 'length',
  encode(u) {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(u.data.length);
    return Buffer.concat([head, u.data]);
  },
  decoder() {
    let buf: Buffer = Buffer.alloc(0);
    return {
      push(chunk) {
        buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
        const out: Buffer[] = [];
        while (buf.length >= 4) {
          const n = buf.readUInt32BE(0);
          if (n > MAX_LENGTH) throw usage(`length-prefixed input: a message of ${n} bytes is over the ${MAX_LENGTH}-byte limit (is the input length-prefixed?)`);
          if (buf.length < 4 + n) break;
          out.push(buf.subarray(4, 4 + n));
          buf = buf.subarray(4 + n);
        }
        return out;
      },
      end() {
        if (buf.length > 0) throw usage(`length-prefixed input ends inside a message (${buf.length} bytes left over)`);
        return [];
      },
    };
  },
};

/** hexdump -C lines of one message; an empty message is its offset line alone. */
export function hexDump(data: Buffer): string {
  if (data.length === 0) return '00000000\n';
  let out = '';
  for (let off = 0; off < data.length; off += 16) {
    const row = data.subarray(off, off + 16);
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0'));
    const left = hex.slice(0, 8).join(' ');
    const right = hex.slice(8).join(' ');
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    out += `${off.toString(16).padStart(8, '0')}  ${left.padEnd(23)}  ${right.padEnd(23)}  |${ascii}|\n`;
  }
  return out;
}

/** Reads hex: a plain line of hex digits is a message; dump lines with an offset other than 0 continue the message before. */
function hexDecoder(): Decoder {
  let current: Buffer | null = null;
  const inner = lineDecoder((text, n) => {
    const dump = /^([0-9a-f]{8})(?:\s{2}(.*?))?(?:\s*\|.*\|)?\s*$/i.exec(text);
    let digits = text;
    let continues = false;
    if (dump) {
      digits = dump[2] ?? '';
      continues = Number.parseInt(dump[1]!, 16) !== 0;
    }
    digits = digits.replace(/\s+/g, '');
    if (!/^([0-9a-f]{2})*$/i.test(digits)) throw usage(`hex input line ${n}: ${JSON.stringify(text.slice(0, 60))} is not an even number of hex digits`);
    const bytes = Buffer.from(digits, 'hex');
    if (!dump && text.trim() === '') return null;
    if (continues && current !== null) {
      current = Buffer.concat([current, bytes]);
      return null;
    }
    const done = current;
    current = bytes;
    return done;
  });
  const flush = (): Buffer[] => {
    const done = current;
    current = null;
    return done === null ? [] : [done];
  };
  return {
    push: (chunk) => inner.push(chunk),
    end: () => [...inner.end(), ...flush()],
  };
}

const hex: Framing = {
  name: 'hex',
  encode: (u) => Buffer.from(hexDump(u.data)),
  decoder: hexDecoder,
};

const json: Framing = {
  name: 'json',
  encode: (u) =>
    Buffer.from(`${JSON.stringify({ length: u.data.length, data: u.data.toString('hex'), ...(u.from !== undefined && u.from !== null && { from: formatAddress(u.from) }) })}\n`),
  decoder: () =>
    lineDecoder((text, n) => {
      if (text.trim() === '') return null;
      let v: { data?: unknown };
      try {
        v = JSON.parse(text) as { data?: unknown };
      } catch {
        throw usage(`json input line ${n} is not JSON`);
      }
      if (typeof v?.data !== 'string' || !/^([0-9a-f]{2})*$/i.test(v.data)) throw usage(`json input line ${n}: "data" must be a string of hex digits`);
      return Buffer.from(v.data, 'hex');
    }),
};

/** The candump -L framing, built on @sock/can's frame codecs. */
function candump(can: FamilyModule, ifname: string): Framing {
  const decodeFrame = can.decodeFrame as (b: Buffer) => { kind: string; id?: number; extended?: boolean; rtr?: boolean; error?: boolean; data: Buffer; brs?: boolean; esi?: boolean; len8Dlc?: number };
  const encodeFrame = can.encodeFrame as (f: object) => Buffer;
  const idText = (id: number, extended: boolean, error: boolean): string =>
    error ? ((id | 0x20000000) >>> 0).toString(16).toUpperCase().padStart(8, '0') : extended ? id.toString(16).toUpperCase().padStart(8, '0') : id.toString(16).toUpperCase().padStart(3, '0');
  return {
    name: 'candump',
    encode(u) {
      const f = decodeFrame(u.data);
      const t = performance.timeOrigin + performance.now();
      const ts = `(${Math.floor(t / 1000)}.${String(Math.floor((t % 1000) * 1000)).padStart(6, '0')})`;
      const from = Array.isArray(u.from) && typeof u.from[0] === 'string' && u.from[0] !== '' ? u.from[0] : ifname || 'any';
      const data = f.data.toString('hex').toUpperCase();
      let body: string;
      if (f.kind === 'canfd') body = `${idText(f.id!, f.extended!, f.error!)}##${((f.brs ? 1 : 0) | (f.esi ? 2 : 0)).toString(16).toUpperCase()}${data}`;
      else if (f.kind === 'can') body = `${idText(f.id!, f.extended!, f.error!)}#${f.rtr ? `R${f.data.length > 0 ? f.data.length : ''}` : data}`;
      else body = `XL#${data}`;
      return Buffer.from(`${ts} ${from} ${body}\n`);
    },
    decoder: () =>
      lineDecoder((text, n) => {
        const t = text.trim();
        if (t === '' || t.startsWith('#')) return null;
        const fields = t.split(/\s+/);
        const frame = fields[fields.length - 1]!;
        const m = /^([0-9a-f]{3}|[0-9a-f]{8})(#{1,2})(.*)$/i.exec(frame);
        const bad = (why: string): Error => usage(`candump input line ${n}: ${JSON.stringify(t.slice(0, 80))}: ${why}`);
        if (!m) throw bad('expected [(TIME) IFACE] ID#DATA (3 hex digits for a standard id, 8 for extended; ID##F... for CAN FD)');
        const word = Number.parseInt(m[1]!, 16);
        const extended = m[1]!.length === 8;
        const error = extended && (word & 0x20000000) !== 0;
        const id = extended ? word & 0x1fffffff : word;
        if (!extended && id > 0x7ff) throw bad('a standard id is at most 7FF');
        let rest = m[3]!.replace(/\./g, '');
        if (m[2] === '##') {
          if (!/^[0-9a-f]([0-9a-f]{2})*$/i.test(rest)) throw bad('CAN FD: ID##<flags nibble><data in hex>');
          const flags = Number.parseInt(rest[0]!, 16);
          rest = rest.slice(1);
          return encodeFrame({ kind: 'canfd', id, extended, error, brs: (flags & 1) !== 0, esi: (flags & 2) !== 0, data: Buffer.from(rest, 'hex') });
        }
        const rtr = /^R(\d?)$/i.exec(rest);
        if (rtr) return encodeFrame({ kind: 'can', id, extended, rtr: true, data: Buffer.alloc(Number(rtr[1] || 0)) });
        if (!/^([0-9a-f]{2}){0,8}$/i.test(rest)) throw bad('classic CAN data is 0-8 bytes of hex (use ID##F... for CAN FD)');
        return encodeFrame({ kind: 'can', id, extended, error, data: Buffer.from(rest, 'hex') });
      }),
  };
}

export function framingFor(name: FramingName, can?: { module: FamilyModule; ifname: string }): Framing {
  switch (name) {
    case 'raw':
      return raw;
    case 'lines':
      return lines;
    case 'length':
      return length;
    case 'hex':
      return hex;
    case 'json':
      return json;
    case 'candump':
      if (can === undefined) throw usage('--framing candump is for can: addresses');
      return candump(can.module, can.ifname);
  }
}
