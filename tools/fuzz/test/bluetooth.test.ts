import { Socket, SOCK_RAW, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as bt from '@sock/bluetooth';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

/** The device ioctls and user channel act on real controllers: only calls that cannot reach one are made. */
function noDevices(name: string): boolean {
  return !/^(hciDev(Up|Down|Reset)|hciSetScan)/i.test(name);
}

fuzzSuite({
  name: '@sock/bluetooth',
  module: bt,
  // Where the kernel has AF_BLUETOOTH: unbound L2CAP, RFCOMM and HCI sockets; elsewhere the functions alone.
  sockets: [
    () => new Socket(bt.AF_BLUETOOTH, SOCK_SEQPACKET, bt.BTPROTO_L2CAP),
    () => new Socket(bt.AF_BLUETOOTH, SOCK_STREAM, bt.BTPROTO_RFCOMM),
    () => new Socket(bt.AF_BLUETOOTH, SOCK_RAW, bt.BTPROTO_HCI),
  ],
  plausible: [
    ...constantsOf(bt),
    known("'00:AA:01:00:00:00'", '00:AA:01:00:00:00'),
    known("['00:AA:01:01:00:01', 0x1001]", ['00:AA:01:01:00:01', 0x1001]),
    known("['00:00:00:00:00:00', 0, 4, 1]", ['00:00:00:00:00:00', 0, 4, 1]),
    known("['00:AA:01:01:00:01', 1]", ['00:AA:01:01:00:01', 1]),
    known('[0, HCI_CHANNEL_MONITOR]', [0, bt.HCI_CHANNEL_MONITOR]),
  ],
  allowed: noDevices,
});
