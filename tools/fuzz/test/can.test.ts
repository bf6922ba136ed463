import { Socket, SOCK_DGRAM as D, SOCK_RAW } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as can from '@sock/can';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/can',
  module: can,
  // Where the kernel has AF_CAN (the lab): RAW and BCM sockets; elsewhere the functions alone.
  sockets: [() => new Socket(can.AF_CAN, SOCK_RAW, can.CAN_RAW), () => new Socket(can.AF_CAN, D, can.CAN_BCM)],
  plausible: [
    ...constantsOf(can),
    known("['vcan0']", ['vcan0']),
    known("['']", ['']),
    known("['vcan0', 0x7e0, 0x7e8]", ['vcan0', 0x7e0, 0x7e8]),
    known('{ id: 0x123, data: Buffer(2) }', { id: 0x123, data: Buffer.from([1, 2]) }),
    known("{ kind: 'canfd', id: 0x1abcdef, data: Buffer(12) }", { kind: 'canfd', id: 0x1abcdef, data: Buffer.alloc(12, 7) }),
    known('[{ id: 0x100, mask: 0x700 }]', [{ id: 0x100, mask: 0x700 }]),
    known('Buffer(16) frame bytes', Buffer.from([0x23, 1, 0, 0, 2, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0])),
  ],
});
