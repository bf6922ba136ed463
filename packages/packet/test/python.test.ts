import { describe, expect, it } from 'vitest';
import { Socket, SOCK_DGRAM } from '@sock/core';
import { needs, python } from '@sock/core/testing';
import { AF_PACKET, packetFamily } from '@sock/packet';

type Spec = unknown[] | string;
/** Address tuples as JSON; {"hex": ...} stands for bytes. */
const specs: Spec[] = [
  ['lo', 0],
  ['lo', 0x88b5],
  ['lo', 0x88b5, 1],
  ['lo', 3, 0, 1, { hex: '0102' }],
  ['lo', 65535, 4, 772, { hex: '0102030405060708' }],
  ['nosuchif0', 0],
  ['', 0],
  ['nosuchif0', 70000],
  ['lo', 70000],
  ['lo', -1],
  ['lo', 2 ** 40],
  ['lo', 0, 2 ** 40],
  ['lo', 0, 0, 0, { hex: '010203040506070809' }],
  ['lo', 70000, 0, 0, { hex: '010203040506070809' }],
  ['lo', 0, 0, 0, 'abc'],
  ['lo'],
  ['lo', 0, 0, 0, { hex: '' }, 1],
  'lo',
  ['lo', 'x'],
  [1, 0],
  ['lo\u0000x', 0],
];

const script = `
import json, socket, sys
def conv(v):
    if isinstance(v, dict): return bytes.fromhex(v['hex'])
    return v
out = []
for spec in json.loads(sys.stdin.read()):
    addr = tuple(conv(v) for v in spec) if isinstance(spec, list) else spec
    s = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0)
    try:
        s.bind(addr)
        n = s.getsockname()
        out.append({'ok': [n[0], n[1], n[2], n[3], n[4].hex()]})
    except Exception as e:
        out.append({'error': type(e).__name__, 'message': str(e), 'errno': getattr(e, 'errno', None)})
    finally:
        s.close()
print(json.dumps(out))
`;

const root = process.getuid?.() === 0;
type PyResult = { ok: [string, number, number, number, string] } | { error: string; message: string; errno: number | null };

function runOracle(): PyResult[] | string {
  if (!root) return 'root, for CPython to open AF_PACKET sockets';
  try {
    return python<PyResult[]>(script, specs, { timeout: 20_000 });
  } catch (err) {
    return `python3 on PATH (${(err as Error).message})`;
  }
}

const oracle = packetFamily.available() ? runOracle() : null;
const gate = needs(
  !packetFamily.available() ? `AF_PACKET: ${packetFamily.unavailableReason()}` : Array.isArray(oracle) ? null : oracle,
);

function ours(spec: Spec): PyResult {
  const addr = Array.isArray(spec) ? spec.map((v) => (v !== null && typeof v === 'object' ? Buffer.from((v as { hex: string }).hex, 'hex') : v)) : spec;
  using s = new Socket(AF_PACKET, SOCK_DGRAM, 0);
  try {
    (s as Socket).bind(addr);
    const [a, b, c, d, e] = s.getsockname() as [string, number, number, number, Buffer];
    return { ok: [a, b, c, d, e.toString('hex')] };
  } catch (err) {
    const e = err as Error & { errno?: number | null };
    return { error: e.name, message: e.message, errno: e.errno ?? null };
  }
}

/** Python's exception classes as this project maps them (DESIGN.md "Errors"). */
const mapped: Record<string, string> = { OverflowError: 'RangeError', ValueError: 'TypeError', TypeError: 'TypeError', OSError: 'OSError' };

describe.skipIf(gate.skip)(`AF_PACKET addresses against CPython (bind, then getsockname)${gate.title}`, () => {
  const theirs = Array.isArray(oracle) ? oracle : [];

  it.each(specs.map((spec, i) => [JSON.stringify(spec), i] as const))('%s', (_, i) => {
    const py = theirs[i]!;
    const me = ours(specs[i]!);
    if ('ok' in py) {
      expect(me).toEqual(py);
      return;
    }
    expect('error' in me).toBe(true);
    const mine = me as { error: string; message: string; errno: number | null };
    if (py.error === 'OSError') {
      expect(mine.errno).toBe(py.errno);
      expect(mine.message).toBe(py.message);
    } else {
      expect(mine.error === mapped[py.error] || (mapped[py.error] === 'OSError' && mine.error.endsWith('Error'))).toBe(true);
      // CPython reports any unparsable field as 'two to five elements'; ours names the field, so compare that text only for a wrong length.
      const wrongLength = Array.isArray(specs[i]) && ((specs[i] as unknown[]).length < 2 || (specs[i] as unknown[]).length > 5);
      if (/proto must be|address argument out of range|Hardware address|must be tuple/.test(py.message) || (wrongLength && /two to five/.test(py.message))) {
        expect(mine.message).toContain(py.message.replace(/, not str$/, ''));
      }
    }
  });

  it('refuses a pkttype CPython would silently truncate (-1 becomes 255 there)', () => {
    const script2 = "import json, socket; s=socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0); s.bind(('lo', 0, -1)); print(json.dumps('accepted'))";
    expect(python(script2, null, { timeout: 20_000 })).toBe('accepted');
    const me = ours(['lo', 0, -1]);
    expect(me).toMatchObject({ error: 'RangeError' });
  });
});
