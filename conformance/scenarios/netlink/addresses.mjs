// §7.43 AF_NETLINK (§2.4): (pid, groups) in and out, the errors, and an RTM_GETLINK dump answered by the kernel.
import { Socket, SOCK_DGRAM, SOCK_RAW } from '@sock/core';
import { AF_NETLINK as N, NETLINK_ROUTE } from '@sock/netlink';

const RTM_GETLINK = 18;
const NLM_F_REQUEST_DUMP = 0x301;
const WRAP =
  "a pid or groups value outside 0..2**32-1 is out of range (RangeError); CPython's 'II' format wraps it silently (@sock/netlink's address.ts: nothing in @sock truncates silently)";

export const intended = {
  'bind(-1, 0)': WRAP,
  'bind(0, 2**32)': WRAP,
};

export async function run(h) {
  const s = h.track(new Socket(N, SOCK_RAW, NETLINK_ROUTE));
  h.check('family, type, proto', [s.family, s.type, s.proto]);
  await h.step('unbound getsockname', () => s.getsockname());
  const bound = (addr, typ = SOCK_RAW) => {
    const b = h.track(new Socket(N, typ, NETLINK_ROUTE));
    b.bind(addr);
    const [pid, groups] = b.getsockname();
    return [pid > 0, groups];
  };
  const cases = [
    ['(0, 0)', [0, 0]],
    ['(0, 1)', [0, 1]],
    ["'x'", 'x'],
    ['(0,)', [0]],
    ['(0, 0, 0)', [0, 0, 0]],
    ["('0', 0)", ['0', 0]],
    ['(-1, 0)', [-1, 0]],
    ['(0, 2**32)', [0, 2 ** 32]],
  ];
  for (const [label, addr] of cases) await h.step(`bind${label}`, () => bound(addr));
  await h.step('SOCK_DGRAM bind(0, 0)', () => bound([0, 0], SOCK_DGRAM));

  const q = h.track(new Socket(N, SOCK_RAW, NETLINK_ROUTE));
  q.settimeout(5);
  q.bind([0, 0]);
  const req = Buffer.alloc(32);
  req.writeUInt32LE(32, 0);
  req.writeUInt16LE(RTM_GETLINK, 4);
  req.writeUInt16LE(NLM_F_REQUEST_DUMP, 6);
  req.writeUInt32LE(1, 8);
  await h.step('sendto(RTM_GETLINK dump, (0, 0))', () => q.sendtoSync(req, [0, 0]));
  await h.step("recvfrom: the kernel's first answer", async () => {
    const [data, addr] = await q.recvfrom(65536);
    const length = data.readUInt32LE(0);
    return [data.length >= length && length > 16, data.readUInt16LE(4), data.readUInt32LE(8), addr];
  });
}
