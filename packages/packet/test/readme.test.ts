import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needs } from '@sock/core/testing';
import { packetFamily } from '@sock/packet';
import { built, EX1, fixture, hasIp, packageDir, run } from './helpers.js';
import { createNamespace, namespaceName, removeNamespace } from './namespaces.js';

const readme = readFileSync(`${packageDir}README.md`, 'utf8');
const sniffer = /```js\n(\/\/ sniff\.mjs[\s\S]*?)```/.exec(readme)?.[1];
const gate = needs(
  (packetFamily.available() ? null : `AF_PACKET: ${packetFamily.unavailableReason()}`) ??
    (process.getuid?.() === 0 ? null : 'root to create a network namespace') ??
    (hasIp() ? null : 'iproute2 (the ip command)') ??
    (built.skip ? 'a build of @sock/packet (pnpm run build)' : null),
);

describe('README', () => {
  it('has the sniffer example', () => {
    expect(sniffer).toContain("packetSocket(SOCK_RAW, ETH_P_ALL, { ifname: 'lo' })");
  });

  it.skipIf(gate.skip)(`its sniffer runs as written and prints the frames on lo (in a namespace of its own)${gate.title}`, async () => {
    const ns = namespaceName();
    const file = fixture(`.readme-sniff-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
    writeFileSync(file, sniffer!);
    createNamespace(ns);
    try {
      const stop = new AbortController();
      const sniffing = run('ip', ['netns', 'exec', ns, process.execPath, file], 20_000);
      const sending = run('ip', ['netns', 'exec', ns, process.execPath, fixture('lo-sender.mjs'), String(EX1)], 20_000, undefined, { signal: stop.signal });
      const r = await sniffing;
      stop.abort();
      await sending.catch(() => undefined);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(5);
      for (const line of lines) expect(line).toMatch(/^lo PACKET_(OUTGOING|HOST) 02:00:00:5e:10:01 > 00:00:00:00:00:00 ETH_P_802_EX1 28 bytes$/);
      expect(lines.filter((l) => l.startsWith('lo PACKET_HOST')).length).toBeGreaterThanOrEqual(2);
    } finally {
      removeNamespace(ns);
      rmSync(file, { force: true });
    }
  });
});
