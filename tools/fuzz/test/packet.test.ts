import { Socket, SOCK_DGRAM as D, SOCK_RAW } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as packet from '@sock/packet';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/packet',
  module: packet,
  // Protocol 0: the sockets receive nothing until bound with a protocol.
  sockets: [() => new Socket(packet.AF_PACKET, D, 0), () => new Socket(packet.AF_PACKET, SOCK_RAW, 0)],
  plausible: [...constantsOf(packet), known("['lo', 0]", ['lo', 0]), known("['lo', 0x88b5, 0, 1, Buffer(6)]", ['lo', 0x88b5, 0, 1, Buffer.alloc(6)])],
});
