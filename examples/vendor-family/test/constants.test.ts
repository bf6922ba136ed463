import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as generated from '../src/constants.generated.js';
import { constants } from '../src/index.js';

const names = Object.values(generated.groups).flat();

/** The constants as a C program built against this machine's headers prints them: an oracle outside the generator. */
function fromHeaders(): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'sock-xdp-'));
  try {
    const lines = names.map((n) => `  printf("%s %llu\\n", "${n}", (unsigned long long)(${n}));`);
    writeFileSync(
      join(dir, 'c.c'),
      `#include <stdio.h>\n#include <sys/socket.h>\n#include <linux/if_xdp.h>\nint main(void) {\n${lines.join('\n')}\n  return 0;\n}\n`,
    );
    execFileSync('cc', ['-o', join(dir, 'c'), join(dir, 'c.c')], { stdio: 'pipe' });
    const out = execFileSync(join(dir, 'c'), { encoding: 'utf8' });
    return Object.fromEntries(out.trim().split('\n').map((l) => l.split(' ')).map(([n, v]) => [n!, Number(v)]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('AF_XDP constants', () => {
  it('lists each name of constants.def once, and exports it by name', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(Object.keys(generated)).toContain(n);
  });

  it('has the values the system headers give, as a separately compiled C program prints them', () => {
    const c = fromHeaders();
    expect(Object.keys(c).length).toBe(names.length);
    for (const n of names) {
      expect(constants[n], n).toBe(c[n]);
      expect((generated as Record<string, unknown>)[n], n).toBe(c[n]);
    }
  });
});
