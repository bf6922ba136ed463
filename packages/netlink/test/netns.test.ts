/**
 * Kernel tests in a network namespace the test creates and removes itself:
 * link notifications on RTMGRP_LINK, and creating and deleting links over
 * netlink. The netlink work runs in a child process inside the namespace
 * (`ip netns exec`), on the built package (dist/), since a process cannot
 * move a running Node thread into another namespace.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errno } from '@sock/core';
import { needs, needsRoot } from '@sock/core/testing';
import { RTNLGRP_LINK } from '@sock/netlink';
import { netlink } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '..');
const fixture = path.join(here, 'fixtures', 'netns-child.mjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildMissing(): string | null {
  const dist = path.join(pkg, 'dist', 'index.js');
  if (!existsSync(dist) || !existsSync(path.resolve(pkg, '..', 'core', 'dist', 'index.js'))) return 'the built packages (pnpm run build)';
  if (newestMtime(path.join(pkg, 'src')) > statSync(dist).mtimeMs) return 'a build of @sock/netlink newer than its src/ (pnpm run build)';
  return null;
}

function ipMissing(): string | null {
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore', timeout: 10_000 });
    return null;
  } catch {
    return 'iproute2 (ip) with network namespace support';
  }
}

const root = needsRoot('root (CAP_SYS_ADMIN for network namespaces)');
const gate = [netlink, root, needs(root.skip ? null : ipMissing()), needs(buildMissing())];
const skip = gate.some((g) => g.skip);
const title = gate.map((g) => g.title).join('');

const tag = `${process.pid % 100_000}${Math.floor(Math.random() * 1000)}`;
const ns = `socknl-${tag}`;
const ip = (...args: string[]): string => execFileSync('ip', args, { encoding: 'utf8', timeout: 10_000 });

interface Child {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
  /** Resolves with the first line satisfying `pred`, or rejects after `ms`. */
  waitFor(pred: (line: Record<string, unknown>) => boolean, ms: number): Promise<Record<string, unknown>>;
}

const children = new Set<ChildProcess>();

function runInNs(mode: string, name: string): Child {
  const proc = spawn('ip', ['netns', 'exec', ns, process.execPath, fixture, mode, name], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let buf = '';
  let stderr = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buf += chunk;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      lines.push(JSON.parse(buf.slice(0, nl)) as Record<string, unknown>);
      buf = buf.slice(nl + 1);
    }
    for (const w of waiters) w();
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    proc.on('close', (code) => {
      children.delete(proc);
      if (code !== 0 && stderr) lines.push({ stderr });
      for (const w of waiters) w();
      resolve(code);
    }),
  );
  const waitFor: Child['waitFor'] = (pred, ms) =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const hit = lines.find(pred);
        if (hit) done(() => resolve(hit));
        else if (proc.exitCode !== null) done(() => reject(new Error(`child exited without it: ${JSON.stringify(lines)}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`timed out; child said ${JSON.stringify(lines)}`))), ms);
      const done = (fn: () => void): void => {
        clearTimeout(timer);
        waiters.delete(check);
        fn();
      };
      waiters.add(check);
      check();
    });
  return { proc, lines, exited, waitFor };
}

async function finish(child: Child, ms: number): Promise<number | null> {
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), ms);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

describe.skipIf(skip)(`netlink in a network namespace of its own${title}`, () => {
  beforeAll(() => {
    ip('netns', 'add', ns);
  });

  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    try {
      ip('netns', 'del', ns);
    } catch {
      // already gone
    }
  });

  it('sees RTM_NEWLINK and RTM_DELLINK on RTMGRP_LINK when a veth pair is added and deleted', async () => {
    const name = `snv${tag}`;
    const child = runInNs('events', name);
    try {
      const ready = await child.waitFor((l) => l.ready === true, 15_000);
      expect(ready.memberships).toEqual([RTNLGRP_LINK]);
      ip('-n', ns, 'link', 'add', name, 'type', 'veth', 'peer', 'name', `${name}p`);
      const added = await child.waitFor((l) => l.event === 'NEWLINK', 10_000);
      const index = Number(ip('-n', ns, '-o', 'link', 'show', name).split(':')[0]);
      expect(added).toMatchObject({ name, index, kind: 'veth', seq: 0 });
      ip('-n', ns, 'link', 'del', name);
      const removed = await child.waitFor((l) => l.event === 'DELLINK', 10_000);
      expect(removed).toMatchObject({ name, index });
      expect(await finish(child, 10_000)).toBe(0);
    } finally {
      child.proc.kill('SIGKILL');
      try {
        ip('-n', ns, 'link', 'del', name);
      } catch {
        // deleted by the test
      }
    }
  });

  it('creates and deletes links over netlink, with the kernel\'s errors as OSError', async () => {
    const name = `snl${tag}`;
    const child = runInNs('links', name);
    const report = await child.waitFor((l) => 'created' in l || 'error' in l, 20_000);
    expect(await finish(child, 10_000)).toBe(0);
    expect(report.error).toBeUndefined();
    expect(report.unknownKind).toMatchObject({ errno: errno.EOPNOTSUPP, syscall: 'RTM_NEWLINK' });
    const unknown = report.unknownKind as { message: string; extack: { message?: string } | null };
    expect(unknown.extack?.message).toBeTruthy();
    expect(unknown.message).toContain(unknown.extack!.message);
    expect(report.created).toEqual([]);
    const after = report.afterCreate as { name: string; kind: string | null }[];
    expect(after.filter((l) => l.name.startsWith(name)).map((l) => [l.name, l.kind]).sort()).toEqual([
      [name, 'veth'],
      [`${name}p`, 'veth'],
    ]);
    expect(report.duplicate).toMatchObject({ name: 'FileExistsError', errno: errno.EEXIST });
    expect(report.deleted).toEqual([]);
    expect((report.afterDelete as string[]).filter((n) => n.startsWith(name))).toEqual([]);
    expect(report.deleteAgain).toMatchObject({ errno: errno.ENODEV, syscall: 'RTM_DELLINK' });
  });
});
