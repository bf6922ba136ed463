import { Socket, SOCK_DGRAM as D, SOCK_SEQPACKET, SOCK_STREAM as S } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as unix from '@sock/unix';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/unix',
  module: unix,
  sockets: [() => unix.socketpair(null, S), () => unix.socketpair(null, D).reverse(), () => unix.socketpair(null, SOCK_SEQPACKET), () => new Socket(unix.AF_UNIX, D)],
  plausible: [...constantsOf(unix), known("'\\0fuzz'", '\0fuzz'), known('108-byte path', `/tmp/${'p'.repeat(103)}`), known("'/nonexistent/x'", '/nonexistent/x')],
  fdArgs: { 'Socket#sendfile': [0], 'Socket#sendfileSync': [0] },
});
