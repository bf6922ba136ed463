import { Socket, SOCK_RDM } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as tipc from '@sock/tipc';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/tipc',
  module: tipc,
  // Where the kernel has AF_TIPC: an unbound RDM socket; elsewhere the functions alone.
  sockets: [() => new Socket(tipc.AF_TIPC, SOCK_RDM, 0)],
  plausible: [
    ...constantsOf(tipc),
    known('[TIPC_ADDR_NAME, 18888, 17, 0]', [tipc.TIPC_ADDR_NAME, 18888, 17, 0]),
    known('[TIPC_ADDR_NAMESEQ, 18888, 0, 99, TIPC_NODE_SCOPE]', [tipc.TIPC_ADDR_NAMESEQ, 18888, 0, 99, tipc.TIPC_NODE_SCOPE]),
    known('{ type: 18888, lower: 0, upper: 99 }', { type: 18888, lower: 0, upper: 99 }),
  ],
});
