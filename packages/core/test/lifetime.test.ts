import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const run = (args: string[]): string =>
  execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });

describe('socket lifetime (child processes, built package)', () => {
  it('closes the fd of a garbage-collected unclosed socket, with a ResourceWarning', () => {
    const out = JSON.parse(run(['--expose-gc', fixture('gc-unclosed.mjs')]).trim().split('\n').pop()!);
    expect(out.created).toBe(8);
    expect(out.stillOpen).toBe(0);
    expect(out.warnings.length).toBe(8);
    expect(out.warnings[0]).toMatch(/^ResourceWarning: unclosed <Socket fd=\d+, family=AF_FAKE, type=SOCK_STREAM, proto=0>$/);
  });

  it('survives worker threads that exit with open sockets and pending operations', () => {
    expect(run([fixture('worker-exit.mjs')]).trim()).toBe('survived');
  });

  it("an unref'd pending recv does not hold the process open; a ref'd one does until data comes", () => {
    const unref = spawnSync(process.execPath, [fixture('unref.mjs'), 'unref'], { encoding: 'utf8', timeout: 10_000 });
    expect(unref.status).toBe(0);
    expect(unref.stdout.trim()).toBe('exit');
    const refd = spawnSync(process.execPath, [fixture('unref.mjs'), 'ref-then-send'], { encoding: 'utf8', timeout: 10_000 });
    expect(refd.stdout.trim().split('\n')).toEqual(['received late', 'exit']);
  });
});
