import { Socket, SOCK_DGRAM } from '@sock/core';
import { registerFakeFamily } from '@sock/core/testing';
import * as qrtr from '@sock/qipcrtr';
import { constantsOf, fuzzSuite, known } from '../suite.js';

registerFakeFamily();

fuzzSuite({
  name: '@sock/qipcrtr',
  module: qrtr,
  // Where the kernel has AF_QIPCRTR: an unbound socket; elsewhere the functions alone.
  sockets: [() => new Socket(qrtr.AF_QIPCRTR, SOCK_DGRAM, 0)],
  plausible: [
    ...constantsOf(qrtr),
    known('[1, 1024]', [1, 1024]),
    known('[QRTR_NODE_BCAST, QRTR_PORT_CTRL]', [qrtr.QRTR_NODE_BCAST, qrtr.QRTR_PORT_CTRL]),
    known('{ type: QRTR_TYPE_NEW_LOOKUP }', { type: qrtr.QRTR_TYPE_NEW_LOOKUP }),
  ],
});
