import * as core from '@sock/core';
import { fakeSocket, fakeSocketpair, registerFakeFamily } from '@sock/core/testing';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();
const { SOCK_STREAM: S, SOCK_DGRAM: D } = core;

fuzzSuite({
  name: '@sock/core',
  module: core,
  sockets: [() => fakeSocket(S), () => fakeSocket(D), () => fakeSocketpair(S)],
  plausible: [...constantsOf(core), known('AF_FAKE address', Buffer.from('/nonexistent/fuzz'))],
  fdArgs: { close: [0], fromfd: [0], socket: [3], Socket: [3], socketFromNewFd: [3], 'Socket#sendfile': [0], 'Socket#sendfileSync': [0] },
});
