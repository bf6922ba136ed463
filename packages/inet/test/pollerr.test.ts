/**
 * An ICMP error on a connected UDP socket reaches libuv as POLLERR, which
 * stops its poll handle; the next wait must re-arm it instead of hanging.
 */
import { describe, expect, it } from 'vitest';
import { ConnectionRefusedError, SOCK_DGRAM, Socket } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { closedPort } from './helpers.js';

describe('POLLERR on a waiting socket', () => {
  it('rejects with the socket error, and the next wait still works', async () => {
    const port = closedPort(AF_INET, '127.0.0.1');
    const s = new Socket(AF_INET, SOCK_DGRAM);
    const peer = new Socket(AF_INET, SOCK_DGRAM);
    try {
      s.settimeout(5);
      s.connectSync(['127.0.0.1', port]);
      for (let round = 0; round < 3; round++) {
        const waiting = s.recv(100);
        s.sendSync(Buffer.from('to nobody'));
        await expect(waiting).rejects.toBeInstanceOf(ConnectionRefusedError);
      }
      peer.bind(['127.0.0.1', 0]);
      const [, peerPort] = peer.getsockname() as [string, number];
      s.connectSync(['127.0.0.1', peerPort]);
      const waiting = s.recv(100);
      peer.sendtoSync(Buffer.from('hello'), s.getsockname());
      expect((await waiting).toString()).toBe('hello');
    } finally {
      s.close();
      peer.close();
    }
  });
});
