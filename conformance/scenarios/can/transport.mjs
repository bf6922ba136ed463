// §7.35 AF_CAN CAN_ISOTP (ifname, rx_id, tx_id) and CAN_J1939 (ifname, name, pgn, addr): bind round trips on vcan0 and the tuple errors.
import { OSError, Socket, SOCK_DGRAM } from '@sock/core';
import { AF_CAN, CAN_ISOTP, CAN_J1939, J1939_NO_ADDR, J1939_NO_NAME, J1939_NO_PGN } from '@sock/can';

const WRAP =
  "an id or address outside its C type is out of range (RangeError ERR_OUT_OF_RANGE); CPython's 'k', 'K' and 'B' formats wrap it silently (@sock/can README: never silent truncation)";

export const intended = {
  "ISO-TP bind('vcan0', -1, 2)": WRAP,
  "J1939 bind('vcan0', 0, 0, 256)": WRAP,
  "J1939 bind('vcan0', 2**64, 0, 0)": WRAP,
};

function openOrSkip(h, proto, module) {
  try {
    return h.track(new Socket(AF_CAN, SOCK_DGRAM, proto));
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_CAN with ${module}: modprobe ${module}; ip link add vcan0 type vcan (${e.strerror})`);
    throw e;
  }
}

export async function run(h) {
  const iso = openOrSkip(h, CAN_ISOTP, 'can-isotp');
  const j = openOrSkip(h, CAN_J1939, 'can-j1939');
  h.check('ISO-TP family, type, proto', [iso.family, iso.type, iso.proto]);
  await h.step('ISO-TP unbound getsockname', () => iso.getsockname());
  const isoCases = [
    ["('vcan0', 1)", ['vcan0', 1]],
    ["('vcan0',)", ['vcan0']],
    ["('vcan0', 'a', 2)", ['vcan0', 'a', 2]],
    ["(17 x's, 1, 2)", ['x'.repeat(17), 1, 2]],
    ["('nosuchcan0', 1, 2)", ['nosuchcan0', 1, 2]],
    ["('vcan0', -1, 2)", ['vcan0', -1, 2]],
  ];
  for (const [label, addr] of isoCases) {
    const b = h.track(new Socket(AF_CAN, SOCK_DGRAM, CAN_ISOTP));
    await h.step(`ISO-TP bind${label}`, () => b.bind(addr));
  }
  try {
    iso.bind(['vcan0', 0x123, 0x456]);
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs vcan0: ip link add vcan0 type vcan; ip link set up vcan0 (${e.strerror})`);
    throw e;
  }
  await h.step('ISO-TP getsockname after bind', () => iso.getsockname());

  h.check('J1939 family, type, proto', [j.family, j.type, j.proto]);
  const jCases = [
    ["('vcan0', 1, 2)", ['vcan0', 1, 2]],
    ["('vcan0', 0, 0, 256)", ['vcan0', 0n, 0, 256]],
    ["('vcan0', 2**64, 0, 0)", ['vcan0', 2n ** 64n, 0, 0]],
  ];
  for (const [label, addr] of jCases) {
    const b = h.track(new Socket(AF_CAN, SOCK_DGRAM, CAN_J1939));
    await h.step(`J1939 bind${label}`, () => b.bind(addr));
  }
  await h.step('J1939 bind to NO_NAME, NO_PGN, NO_ADDR', () => j.bind(['vcan0', BigInt(J1939_NO_NAME), J1939_NO_PGN, J1939_NO_ADDR]));
  await h.step('J1939 getsockname after bind', () => j.getsockname());
  const k = h.track(new Socket(AF_CAN, SOCK_DGRAM, CAN_J1939));
  await h.step('J1939 bind with a 64-bit NAME', () => k.bind(['vcan0', 0xa00000ffff000001n, J1939_NO_PGN, 0x80]));
  await h.step('J1939 getsockname with a 64-bit NAME', () => k.getsockname());
}
