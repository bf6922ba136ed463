import { Socket, SOCK_SEQPACKET } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as rds from '@sock/rds';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/rds',
  module: rds,
  // Where the kernel has AF_RDS: an unbound RDS socket; elsewhere the functions alone.
  sockets: [() => new Socket(rds.AF_RDS, SOCK_SEQPACKET, 0)],
  plausible: [
    ...constantsOf(rds),
    known("['127.0.0.1', 4000]", ['127.0.0.1', 4000]),
    known("['::1', 4000, 0, 0]", ['::1', 4000, 0, 0]),
    known("['', 0]", ['', 0]),
  ],
});
