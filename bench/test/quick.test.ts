import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A bound for a hang, not a speed test: the quick run takes ~20 s on an idle 2-core machine and
// several times that while other test files load both CPUs (it pins itself to them).
const LIMIT_MS = 240_000;
const out = mkdtempSync(path.join(tmpdir(), 'sock-bench-quick-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('pnpm bench --quick', () => {
  it('runs every scenario and implementation and writes the JSON, the table and the chart', () => {
    const r = spawnSync(process.execPath, [path.join(bench, 'run.mjs'), '--quick', '--out', out], { encoding: 'utf8', timeout: LIMIT_MS });
    expect(r.error, r.stderr).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);

    const result = JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8'));
    expect(result.errors).toEqual([]);
    const pinned = result.summary.pinned;
    for (const scenario of ['tcp', 'udp', 'unix-stream', 'unix-dgram', 'socketpair', 'bulk']) {
      for (const impl of ['c', 'python', 'sock-sync-2p', 'sock-async-1p', 'sock-async-2p']) {
        expect(pinned[scenario][impl]?.median, `${scenario} ${impl}`).toBeGreaterThan(0);
      }
    }
    expect(pinned.getsockopt['sock-sync-2p'].median).toBeGreaterThan(0);
    expect(result.summary['two-cpu'].tcp.c.median).toBeGreaterThan(0);
    expect(result.targets.length).toBeGreaterThan(10);
    // CAN needs AF_CAN and vcan0 (the kernel lab has them, this host does not): rows, or a skip that says why.
    if (result.can.skipped) expect(result.can.skipped).toMatch(/AF_CAN|vcan0|@sock\/can/);
    else expect(result.can.rows[0].cells['sock-frames'].median).toBeGreaterThan(0);

    const md = readFileSync(path.join(out, 'latest.md'), 'utf8');
    expect(md).toContain('| TCP ping-pong | C, blocking |');
    expect(md).toContain('## Targets');
    expect(md).toContain('## CAN: frames received on vcan0');
    const svg = readFileSync(path.join(out, 'latest.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('TCP bulk');
  }, LIMIT_MS + 5_000);
});
