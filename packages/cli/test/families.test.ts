import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lookupFamily } from '@sock/core';
import '@sock/inet';
import '@sock/unix';
import '@sock/can';
import '@sock/vsock';
import { formatFamilies } from '../src/commands/families.js';
import { loadFailure, loadPackage } from '../src/families.js';
import { assertBuilt, killAll, run } from './helpers.js';

beforeAll(assertBuilt);
afterEach(killAll);

interface Status {
  family: string;
  package: string;
  status: string;
  reason?: string;
  fix?: string;
  types: { type: string; available: boolean; reason?: string }[];
  kinds: string[];
}

describe('sock families', () => {
  it('--json lists every family with a status that agrees with the family plugin', async () => {
    const r = await run(['families', '--json']);
    expect(r.code).toBe(0);
    const list = (JSON.parse(r.stdout) as { families: Status[] }).families;
    expect(list.map((f) => f.family)).toEqual(['AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_PACKET', 'AF_NETLINK', 'AF_CAN', 'AF_ALG', 'AF_VSOCK', 'AF_TIPC', 'AF_BLUETOOTH', 'AF_RDS', 'AF_QIPCRTR']);
    for (const name of ['AF_UNIX', 'AF_CAN', 'AF_VSOCK']) {
      const plugin = lookupFamily((await import('@sock/core')).AddressFamily[name as 'AF_UNIX'] as number)!;
      const f = list.find((x) => x.family === name)!;
      expect(f.status).toBe(plugin.available() ? 'available' : 'unavailable');
      if (!plugin.available()) expect(f.reason).toBe(plugin.unavailableReason());
    }
    expect(Object.fromEntries(list.map((f) => [f.family, f.kinds]))).toEqual({
      AF_INET: ['tcp:', 'udp:'],
      AF_INET6: ['tcp:', 'tcp6:', 'udp:', 'udp6:'],
      AF_UNIX: ['unix:', 'unix-abstract:', 'unix-dgram:', 'seqpacket:'],
      AF_PACKET: ['packet:'],
      AF_NETLINK: ['netlink:'],
      AF_CAN: ['can:', 'isotp:', 'j1939:'],
      AF_ALG: ['sock hash'],
      AF_VSOCK: ['vsock:'],
      AF_TIPC: ['tipc:'],
      AF_BLUETOOTH: ['l2cap:', 'rfcomm:', 'sco:', 'hci:'],
      AF_RDS: ['rds:'],
      AF_QIPCRTR: ['qipcrtr:'],
    });
    expect(list.find((f) => f.family === 'AF_BLUETOOTH')!.types.map((t) => t.type)).toEqual(['l2cap', 'rfcomm', 'hci', 'sco']);
    const unix = list.find((f) => f.family === 'AF_UNIX')!;
    expect(unix.types).toEqual([
      { type: 'stream', available: true },
      { type: 'dgram', available: true },
      { type: 'seqpacket', available: true },
    ]);
  });

  it('names the package and the fix for a family whose package is not installed', async () => {
    const info = { name: 'AF_NOSUCH', pkg: '@sock/no-such-family', types: [] };
    const result = await loadPackage(info.pkg);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toBe(true);
    expect(loadFailure(info, result)).toEqual({ reason: '@sock/no-such-family is not installed', fix: 'npm install @sock/no-such-family' });
    expect(formatFamilies([{ family: 'AF_NOSUCH', package: info.pkg, status: 'not-installed', ...loadFailure(info, result), types: [], kinds: [] }])).toMatch(
      /^AF_NOSUCH\s+@sock\/no-such-family\s+no: @sock\/no-such-family is not installed; fix: npm install @sock\/no-such-family$/m,
    );
  });

  it('prints one line per family in text, and a line per socket type that fails in an available family', async () => {
    const r = await run(['families']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^family\s+package\s+status$/);
    expect(r.stdout).toMatch(/^AF_UNIX\s+@sock\/unix\s+yes: stream, dgram, seqpacket$/m);
    const table = lines.slice(1, lines.indexOf(''));
    expect(table.filter((l) => /^AF_[A-Z0-9]+\s/.test(l)).length).toBe(12);
    for (const l of table) expect(l).toMatch(/^(AF_[A-Z0-9]+\s+@sock\/[a-z0-9]+\s+(yes: |no: )|\s{33}[a-z0-9]+: no: )/);
    // Then which address kinds each family has.
    const kinds = lines.slice(lines.indexOf('') + 1);
    expect(kinds[0]).toBe('addresses (sock --help):');
    expect(kinds).toContain('  AF_BLUETOOTH   l2cap: rfcomm: sco: hci:');
    expect(kinds).toContain('  AF_QIPCRTR     qipcrtr:');
    expect(kinds).toContain('  AF_ALG         sock hash');
    expect(kinds.filter((l) => /^  AF_/.test(l)).length).toBe(12);
  });

  it('rejects arguments it does not take with exit status 2', async () => {
    const r = await run(['families', 'extra']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sock families: unexpected argument "extra"\n');
  });
});
