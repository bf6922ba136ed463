import { Socket, SOCK_STREAM as S } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as vsock from '@sock/vsock';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/vsock',
  module: vsock,
  sockets: [() => new Socket(vsock.AF_VSOCK, S)],
  plausible: [...constantsOf(vsock), known('[1, 1024]', [1, 1024]), known('[-1, -1]', [-1, -1])],
});
