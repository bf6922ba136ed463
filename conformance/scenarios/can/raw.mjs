// §7.33-34 AF_CAN CAN_RAW: (ifname,) in and out, the interface-name errors, CAN_RAW_LOOPBACK and CAN_RAW_FILTER, and frames over vcan0.
import { OSError, Socket, SOCK_RAW } from '@sock/core';
import { AF_CAN, CAN_EFF_FLAG, CAN_RAW, CAN_RAW_FILTER, CAN_RAW_LOOPBACK, encodeCanFilters, encodeCanFrame, SOL_CAN_RAW } from '@sock/can';

const rawSocket = () => new Socket(AF_CAN, SOCK_RAW, CAN_RAW);

export async function run(h) {
  let s;
  try {
    s = h.track(rawSocket());
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_CAN: modprobe can can-raw; ip link add vcan0 type vcan (${e.strerror})`);
    throw e;
  }
  h.check('family, type, proto', [s.family, s.type, s.proto]);
  await h.step('unbound getsockname', () => s.getsockname());
  await h.step("bind(('',))", () => s.bind(['']));
  await h.step("getsockname after bind(('',))", () => s.getsockname());
  const cases = [
    ["'vcan0'", 'vcan0'],
    ['()', []],
    ["('vcan0', 1)", ['vcan0', 1]],
    ['(1,)', [1]],
    ["(1024 x's,)", ['x'.repeat(1024)]],
    ["(16 x's,)", ['x'.repeat(16)]],
    ["('nosuchcan0',)", ['nosuchcan0']],
  ];
  for (const [label, addr] of cases) {
    const b = h.track(rawSocket());
    await h.step(`bind${label}`, () => b.bind(addr));
  }
  await h.step('CAN_RAW_LOOPBACK default', () => s.getsockopt(SOL_CAN_RAW, CAN_RAW_LOOPBACK));
  await h.step('CAN_RAW_LOOPBACK off', () => s.setsockopt(SOL_CAN_RAW, CAN_RAW_LOOPBACK, 0));
  await h.step('CAN_RAW_LOOPBACK read back', () => s.getsockopt(SOL_CAN_RAW, CAN_RAW_LOOPBACK));
  await h.step('CAN_RAW_FILTER set', () => s.setsockopt(SOL_CAN_RAW, CAN_RAW_FILTER, encodeCanFilters([{ id: 0x123, mask: 0x7ff }])));
  await h.step('CAN_RAW_FILTER read as 8 bytes', () => s.getsockopt(SOL_CAN_RAW, CAN_RAW_FILTER, 8));

  const rx = h.track(rawSocket());
  const tx = h.track(rawSocket());
  try {
    rx.bind(['vcan0']);
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs vcan0: modprobe vcan; ip link add vcan0 type vcan; ip link set up vcan0 (${e.strerror})`);
    throw e;
  }
  rx.setsockopt(SOL_CAN_RAW, CAN_RAW_FILTER, encodeCanFilters([{ id: 0x7a1, mask: 0x7ff | CAN_EFF_FLAG }]));
  rx.settimeout(5);
  tx.bind(['vcan0']);
  await h.step('getsockname bound to vcan0', () => tx.getsockname());
  await h.step('send a frame', () => tx.send(encodeCanFrame({ id: 0x7a1, data: Buffer.from('abc') })));
  await h.step('recvfrom it', () => rx.recvfrom(16));
  const other = h.track(rawSocket());
  await h.step("sendto(('vcan0',))", () => other.sendto(encodeCanFrame({ id: 0x7a1, data: Buffer.from('z') }), ['vcan0']));
  await h.step('recv it', () => rx.recv(16));
  await h.step('send 15 bytes', () => tx.send(Buffer.alloc(15)));
}
