import { describe, expect, it } from 'vitest';
import { OSError, Socket, SOCK_RAW } from '@sock/core';
import { needsFamily } from '@sock/core/testing';
import { AF_XDP, getOptions, getStatistics, xdpFamily } from '../src/index.js';

const need = needsFamily(xdpFamily);

describe('AF_XDP sockets on this kernel', () => {
  it.skipIf(need.skip)(`open through core's Socket and read SOL_XDP options${need.title}`, () => {
    using s = new Socket(AF_XDP, SOCK_RAW, 0);
    expect(s.family).toBe(AF_XDP);
    expect(getOptions(s)).toEqual({ flags: 0, zeroCopy: false });
    const stats = getStatistics(s);
    expect(stats.rxDropped).toBe(0n);
    expect(stats.txInvalidDescs).toBe(0n);
  });

  it.skipIf(need.skip)(`hand the kernel's refusal back as an OSError: bind before a UMEM is registered${need.title}`, () => {
    using s = new Socket(AF_XDP, SOCK_RAW, 0);
    let err: unknown;
    try {
      s.bind([1, 0]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OSError);
    expect((err as OSError).code).toBe('EINVAL');
    expect((err as OSError).syscall).toBe('bind');
  });

  it('refuses a socket of the family where it is unavailable with the reason, else has none', () => {
    expect(xdpFamily.available()).toBe(!need.skip);
    if (!xdpFamily.available()) expect(xdpFamily.unavailableReason()).toMatch(/AF_XDP/);
    else expect(xdpFamily.unavailableReason()).toBeNull();
  });
});
