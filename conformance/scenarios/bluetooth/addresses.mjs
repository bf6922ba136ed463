// §2.7 AF_BLUETOOTH addresses through @sock/bluetooth's codec: bind() on a Unix socket adopted as AF_BLUETOOTH, so a parsed address reaches the kernel, which answers EINVAL (no Bluetooth kernel needed).
import { existsSync } from 'node:fs';
import { Socket, SOCK_STREAM } from '@sock/core';
import { AF_UNIX, socketpair } from '@sock/unix';
import { AF_BLUETOOTH, BTPROTO_HCI, BTPROTO_L2CAP, BTPROTO_RFCOMM, BTPROTO_SCO } from '@sock/bluetooth';

const A = '01:23:45:67:89:AB';
const SHAPE = "a wrong shape or member type is a TypeError here (ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE, its message ending in CPython's words); CPython raises OSError('bind(): wrong format') (@sock/bluetooth README)";
const NUL = "a NUL in a bdaddr is a TypeError (ERR_INVALID_ARG_VALUE) here, as CPython 3.14's ValueError; the oracle's 3.11 reports it as OSError('bind(): wrong format') or, for SCO bytes, reads the string up to the NUL";
const SCO_STR = "CPython 3.14 takes a SCO bdaddr as str or bytes, as @sock does; the oracle (Debian's 3.11) takes only bytes";

export const intended = {
  'bind RFCOMM NUL': NUL,
  'bind RFCOMM (A,)': SHAPE,
  'bind RFCOMM (A, 1, 2)': SHAPE,
  'bind RFCOMM channel str': SHAPE,
  'bind RFCOMM bytes bdaddr': SHAPE,
  'bind L2CAP (A,)': SHAPE,
  'bind L2CAP psm str': SHAPE,
  'bind SCO str': SCO_STR,
  'bind SCO bad': SCO_STR,
  'bind SCO tuple': SHAPE,
  'bind SCO NUL': NUL,
  'bind SCO bytes NUL': NUL,
  "bind HCI ('0',)": SHAPE,
};

const CASES = [
  ['RFCOMM (A, 1)', 'RFCOMM', [A, 1]],
  ['RFCOMM lower-case', 'RFCOMM', ['ab:cd:ef:01:02:03', 1]],
  ['RFCOMM 1:2:3:4:5:6', 'RFCOMM', ['1:2:3:4:5:6', 1]],
  ['RFCOMM blank before a group', 'RFCOMM', [' 1: 2:3:4:5:6', 1]],
  ['RFCOMM blank after a group', 'RFCOMM', ['1 :2:3:4:5:6', 1]],
  ['RFCOMM trailing blank', 'RFCOMM', [`${A} `, 1]],
  ['RFCOMM signs and 0x', 'RFCOMM', ['+1:-0:0x2:0X:0003:ff', 1]],
  ['RFCOMM 256 in a group', 'RFCOMM', ['100:2:3:4:5:6', 1]],
  ['RFCOMM -1 in a group', 'RFCOMM', ['-1:2:3:4:5:6', 1]],
  ['RFCOMM 5 groups', 'RFCOMM', ['1:2:3:4:5', 1]],
  ['RFCOMM 7 groups', 'RFCOMM', ['1:2:3:4:5:6:7', 1]],
  ['RFCOMM dashes', 'RFCOMM', ['01-23-45-67-89-AB', 1]],
  ['RFCOMM empty', 'RFCOMM', ['', 1]],
  ['RFCOMM NUL', 'RFCOMM', [`${A}\0`, 1]],
  ['RFCOMM (A,)', 'RFCOMM', [A]],
  ['RFCOMM (A, 1, 2)', 'RFCOMM', [A, 1, 2]],
  ['RFCOMM channel str', 'RFCOMM', [A, '1']],
  ['RFCOMM bytes bdaddr', 'RFCOMM', [Buffer.from(A), 1]],
  ['L2CAP (A, 0x1001)', 'L2CAP', [A, 0x1001]],
  ['L2CAP bad bdaddr', 'L2CAP', ['nope', 0x1001]],
  ['L2CAP (A,)', 'L2CAP', [A]],
  ['L2CAP psm str', 'L2CAP', [A, 'x']],
  ['SCO str', 'SCO', A],
  ['SCO bytes', 'SCO', Buffer.from(A, 'latin1')],
  ['SCO bad', 'SCO', 'nope'],
  ['SCO tuple', 'SCO', [A]],
  ['SCO NUL', 'SCO', `${A}\0`],
  ['SCO bytes NUL', 'SCO', Buffer.from(`${A}\0`, 'latin1')],
  ['HCI (0,)', 'HCI', [0]],
  ["HCI ('0',)", 'HCI', ['0']],
];

const PROTO = { RFCOMM: BTPROTO_RFCOMM, L2CAP: BTPROTO_L2CAP, SCO: BTPROTO_SCO, HCI: BTPROTO_HCI };

export async function run(h) {
  if (!existsSync('/usr/bin/python3')) h.skip("needs Debian's /usr/bin/python3 (built with AF_BLUETOOTH)");
  for (const [label, proto, addr] of CASES) {
    const [u, other] = socketpair(AF_UNIX, SOCK_STREAM);
    other.close();
    const s = h.track(new Socket(AF_BLUETOOTH, SOCK_STREAM, PROTO[proto], u.detach()));
    await h.step(`bind ${label}`, () => s.bind(addr));
    s.close();
  }
}
