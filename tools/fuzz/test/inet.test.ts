import { Socket, SOCK_DGRAM as D, SOCK_STREAM as S } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as inet from '@sock/inet';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

/** No call may set the host's name: only values sethostname refuses before the syscall are passed. */
function noHostname(name: string, args: unknown[]): boolean {
  if (name !== 'sethostname') return true;
  const a = args[0];
  return !(typeof a === 'string' || (typeof a === 'object' && a !== null));
}

fuzzSuite({
  name: '@sock/inet',
  module: inet,
  sockets: [() => new Socket(inet.AF_INET, S), () => new Socket(inet.AF_INET, D), () => new Socket(inet.AF_INET6, D)],
  plausible: [
    ...constantsOf(inet),
    known("['127.0.0.1', 9]", ['127.0.0.1', 9]),
    known("['::1', 9, 0, 0]", ['::1', 9, 0, 0]),
    known("['', 0]", ['', 0]),
    known("['localhost', 'http']", ['localhost', 'http']),
  ],
  fdArgs: { 'Socket#sendfile': [0], 'Socket#sendfileSync': [0] },
  allowed: noHostname,
});
