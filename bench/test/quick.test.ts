import { execFile } from 'node:child_process';
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
  it('runs every scenario and implementation and writes the JSON, the table and the chart', async () => {
    // Asynchronously: the run takes tens of seconds, and a test must not block its thread that long.
    const r = await new Promise<{ error: Error | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(bench, 'run.mjs'), '--quick', '--out', out], { encoding: 'utf8', timeout: LIMIT_MS }, (error, _stdout, stderr) => resolve({ error, stderr }));
    });
    expect(r.error, r.stderr).toBeNull();

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

    // Import cost: every target imported in a fresh process, with its peak RSS and time.
    for (const row of result.importCost.rows) {
      expect(row.rssMiB, row.id).toBeGreaterThan(10);
      expect(row.ms, row.id).toBeGreaterThan(0);
    }
    expect(result.importCost.targets.map((t: { what: string }) => t.what)).toContain('import @sock/core: added RSS (MiB)');

    // Scale, with tiny sizes in quick mode: a busy pair alone and with 100 idle connections, 1 and 10 busy pairs.
    const scaleRows = result.scale.rows as { scenario: string; n: number; impl: string; median: number; rssPerIdle: number | null; elP99Ms: number }[];
    const scaleRow = (scenario: string, n: number, impl: string) => scaleRows.find((r) => r.scenario === scenario && r.n === n && r.impl === impl);
    for (const [scenario, sizes, impls] of [['scale-idle', [0, 100], ['node', 'sock', 'sock-norecv']], ['scale-busy', [1, 10], ['node', 'sock']]] as const) {
      for (const n of sizes) {
        for (const impl of impls) {
          const row = scaleRow(scenario, n, impl);
          expect(row?.median, `${scenario} n=${n} ${impl}`).toBeGreaterThan(0);
          expect(row?.elP99Ms, `${scenario} n=${n} ${impl} event-loop delay`).toBeGreaterThan(0);
        }
      }
    }
    for (const impl of ['node', 'sock', 'sock-norecv']) expect(Number.isFinite(scaleRow('scale-idle', 100, impl)?.rssPerIdle), `RSS per idle socket, ${impl}`).toBe(true);
    expect(result.targets.map((t: { what: string }) => t.what)).toContain('scale-busy: @sock / node:net round trips/s (10 pairs)');

    // The datagram flood: every receiver got datagrams, and none was lost on Unix datagrams.
    const flood = (scenario: string) => result.flood.rows.find((r: { placement: string; scenario: string }) => r.placement === 'pinned' && r.scenario === scenario).cells;
    // The unix-dgram addon is built with node-gyp for the running Node on first use; where that
    // build cannot run (no headers for this Node release), its rows are skipped with the reason.
    const udgSkipped: unknown = result.meta.unixDgram;
    if (udgSkipped !== undefined) expect(String(udgSkipped)).toMatch(/\S/);
    for (const [scenario, peer] of [['udp-flood', 'node'], ['unix-dgram-flood', 'unix-dgram']]) {
      for (const impl of ['c-mmsg', 'sock-mmsg-sync', 'sock-mmsg-async', 'sock-recv-sync', 'sock-recv-async', 'python', peer]) {
        if (impl === 'unix-dgram' && udgSkipped !== undefined) {
          expect(flood(scenario)[impl], `unix-dgram was skipped (${String(udgSkipped)}), so it has no row`).toBeUndefined();
          continue;
        }
        expect(flood(scenario)[impl]?.median, `${scenario} ${impl}${udgSkipped === undefined ? '' : ` (unix-dgram: ${String(udgSkipped)})`}`).toBeGreaterThan(0);
      }
    }
    for (const cell of Object.values(flood('unix-dgram-flood')) as Array<{ lost: number }>) expect(cell.lost).toBe(0);

    const md = readFileSync(path.join(out, 'latest.md'), 'utf8');
    expect(md).toContain('| TCP ping-pong | C, blocking |');
    expect(md).toContain('## Targets');
    expect(md).toContain('## CAN: frames received on vcan0');
    expect(md).toContain('| @sock/core + @sock/inet |');
    expect(md).toContain('## Batched datagrams');
    expect(md).toContain('### Cost per round trip as sockets grow');
    const svg = readFileSync(path.join(out, 'latest.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('TCP bulk');
  }, LIMIT_MS + 5_000);
});
