import { describe, expect, it } from 'vitest';
import { errno } from '@sock/core';
import { needs } from '@sock/core/testing';
import { packetSocketHint } from '@sock/packet';
import { built, fixture, hasTool, run } from './helpers.js';

const missing =
  (process.getuid?.() === 0 ? null : 'root, to drop privileges in a child process') ??
  (hasTool('setpriv') ? null : 'setpriv (util-linux)') ??
  (built.skip ? 'a build of @sock/packet (pnpm run build)' : null);
const drop = needs(missing);

interface Attempt {
  opened?: boolean;
  name?: string;
  errno?: number;
  code?: string;
  message?: string;
  syscall?: string;
}
interface Report {
  uid: number;
  available: boolean;
  reason: string | null;
  helper: Attempt;
  generic: Attempt;
}

async function withoutCapNetRaw(setprivArgs: string[]): Promise<Report> {
  const r = await run('setpriv', [...setprivArgs, process.execPath, fixture('no-cap.mjs')], 15_000);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

function expectPermissionError(report: Report): void {
  expect(report.available).toBe(false);
  expect(report.reason).toContain('CAP_NET_RAW');
  expect(report.helper).toMatchObject({ name: 'PermissionError', errno: errno.EPERM, code: 'EPERM', syscall: 'socket' });
  expect(report.helper.message).toMatch(/^\[Errno 1\] Operation not permitted \(AF_PACKET sockets need CAP_NET_RAW/);
  expect(report.generic).toMatchObject({ name: 'PermissionError', errno: errno.EPERM, code: 'EPERM' });
}

describe('without CAP_NET_RAW', () => {
  it('explains the errno it knows how to fix, and no other', () => {
    expect(packetSocketHint(errno.EPERM!)).toContain('CAP_NET_RAW');
    expect(packetSocketHint(errno.EACCES!)).toContain('CAP_NET_RAW');
    expect(packetSocketHint(errno.EAFNOSUPPORT!)).toContain('CONFIG_PACKET');
    expect(packetSocketHint(errno.EMFILE!)).toBeNull();
  });

  it.skipIf(drop.skip)(`an unprivileged user gets PermissionError (EPERM) saying CAP_NET_RAW is needed${drop.title}`, async () => {
    const report = await withoutCapNetRaw(['--reuid=65534', '--regid=65534', '--clear-groups']);
    expect(report.uid).toBe(65534);
    expectPermissionError(report);
  });

  it.skipIf(drop.skip)(`root without CAP_NET_RAW gets the same: the capability is what counts${drop.title}`, async () => {
    const report = await withoutCapNetRaw(['--inh-caps=-net_raw', '--bounding-set=-net_raw']);
    expect(report.uid).toBe(0);
    expectPermissionError(report);
  });
});
