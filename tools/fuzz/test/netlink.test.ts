import { Socket, SOCK_RAW } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as netlink from '@sock/netlink';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();
/** NETLINK_USERSOCK: nothing the fuzzer sends on its sockets reaches a kernel subsystem that changes the host. */
const NETLINK_USERSOCK = 2;

fuzzSuite({
  name: '@sock/netlink',
  module: netlink,
  sockets: [() => new Socket(netlink.AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK)],
  plausible: [...constantsOf(netlink), known('[0, 0]', [0, 0]), known('{ type: 18, flags: 0x301 }', { type: 18, flags: 0x301 })],
});
