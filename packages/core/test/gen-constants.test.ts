import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { needs } from '@sock/core/testing';
import { generate, parseDef, renderHeader, renderTs } from '../scripts/gen-constants.mjs';

const script = fileURLToPath(new URL('../scripts/gen-constants.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sock-gen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function errorOf(text: string): string {
  try {
    parseDef(text, 'x.def');
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected parseDef to throw');
}

const sample = `# a comment
include linux/x.h   # trailing comment
[AF]
AF_X  linux
PF_X
[X_OPT]
X_ONE linux
X_TWO enum
X_THREE linux enum
[ERRNO] private
EX_ONE
`;

describe('parseDef', () => {
  it('reads includes, groups and flags', () => {
    const def = parseDef(sample);
    expect(def.includes).toEqual(['linux/x.h']);
    expect(def.groups.map((g) => [g.name, g.private, g.constants.length])).toEqual([
      ['AF', false, 2],
      ['X_OPT', false, 3],
      ['ERRNO', true, 1],
    ]);
    expect(def.groups[1]!.constants[2]).toEqual({ name: 'X_THREE', linux: true, enumerator: true });
  });

  it('refuses mistakes with the file and line', () => {
    expect(errorOf('X_ONE\n')).toBe('x.def:1: X_ONE comes before any [GROUP] line');
    expect(errorOf('[A]\nX_ONE linx\n')).toMatch(/^x\.def:2: unknown flag "linx"/);
    expect(errorOf('[A]\nX_ONE\n[B]\nX_ONE\n')).toBe('x.def:4: X_ONE is already listed at line 2');
    expect(errorOf('[A]\n1X\n')).toBe('x.def:2: "1X" is not a C identifier');
    expect(errorOf('[A]\n[A]\n')).toBe('x.def:2: group [A] appears twice');
    expect(errorOf('[A] secret\n')).toBe('x.def:1: unknown group flag "secret"');
    expect(errorOf('include <a.h>\n')).toBe('x.def:1: expected "include <header path>"');
  });

  it('lets a private group repeat a name another group exports', () => {
    expect(parseDef('[MISC]\nAF_UNSPEC\n[AF] private\nAF_UNSPEC\n').groups[1]!.constants[0]!.name).toBe('AF_UNSPEC');
  });
});

describe('renderTs', () => {
  const ts = renderTs(parseDef(sample), { table: '@sock/core/family', familyNumber: '@sock/core/family', addon: 'addon' });
  it('types linux names number, the others number | undefined, AF_/PF_ names by family', () => {
    expect(ts).toContain(`export const AF_X: FamilyNumber<'AF_X'> = c.family<'AF_X'>('AF_X');`);
    expect(ts).toContain(`export const PF_X: FamilyNumber<'AF_X'> | undefined = c.optionalFamily<'AF_X'>('PF_X');`);
    expect(ts).toContain(`export const X_ONE: number = c.linux('X_ONE');`);
    expect(ts).toContain(`export const X_TWO: number | undefined = c.optional('X_TWO');`);
    expect(ts).toContain(`import { addon } from './native.js';`);
    expect(ts.split('\n')[0]).toBe('// generated from constants.def by sock-gen-constants — do not edit');
  });
  it('lists private groups only in `groups`', () => {
    expect(ts).not.toContain('export const EX_ONE');
    expect(ts).toContain(`  ERRNO: ['EX_ONE'],`);
  });
});

describe('generate and --check', () => {
  const pkg = join(work, 'fam');
  mkdirSync(join(pkg, 'src'), { recursive: true });
  mkdirSync(join(pkg, 'native'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), '{"name":"@vendor/fam"}');
  writeFileSync(join(pkg, 'constants.def'), sample);

  it('writes both files, then finds them current', () => {
    expect(generate(pkg).map((p) => p.slice(pkg.length + 1)).sort()).toEqual(['native/constants.generated.h', 'src/constants.generated.ts']);
    expect(generate(pkg, { check: true })).toEqual([]);
  });

  it('exits 1 naming the stale files without touching them', () => {
    writeFileSync(join(pkg, 'constants.def'), `${sample}X_FOUR\n`);
    const before = readFileSync(join(pkg, 'src', 'constants.generated.ts'), 'utf8');
    const r = spawnSync(process.execPath, [script, '--check', pkg], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('native/constants.generated.h');
    expect(r.stderr).toContain('src/constants.generated.ts');
    expect(readFileSync(join(pkg, 'src', 'constants.generated.ts'), 'utf8')).toBe(before);
    expect(spawnSync(process.execPath, [script, pkg], { timeout: 10_000 }).status).toBe(0);
    expect(spawnSync(process.execPath, [script, '--check', pkg], { timeout: 10_000 }).status).toBe(0);
  });
});

const compiler = spawnSync('c++', ['--version'], { timeout: 10_000 }).status === 0;
const cxx = needs(compiler ? null : 'a C++ compiler (c++) on PATH');

describe('the generated header, compiled', () => {
  it.skipIf(cxx.skip)(`emits macros, present enumerators and unsigned values, and skips what the headers lack${cxx.title}`, () => {
    const dir = join(work, 'cc');
    mkdirSync(join(dir, 'sock'), { recursive: true });
    // A stand-in for <sock/constants.h> that prints what it is fed; the probing is all in the generated header.
    writeFileSync(
      join(dir, 'sock', 'constants.h'),
      `#include <climits>
#include <cstdio>
namespace sock {
constexpr long long kAbsent = LLONG_MIN;
struct ConstantSink {
  void Group(const char* name) { std::printf("[%s]\\n", name); }
  template <typename T> void Add(const char* name, T value) { std::printf("%s=%.0f\\n", name, static_cast<double>(value)); }
  void AddProbed(const char* name, long long value) { if (value != kAbsent) Add(name, value); }
};
}  // namespace sock
`,
    );
    writeFileSync(
      join(dir, 'probe_test.h'),
      `enum { PRESENT_ENUM = 7, BASE_ENUM = 16 };
#define MACRO_ONE 1
#define UNSIGNED_MAX (-1U)
#define FROM_ENUM (BASE_ENUM + 1)
#define MACRO_ENUM 5
`,
    );
    const def = parseDef(`include probe_test.h
include no/such/header.h
[M]
MACRO_ONE
UNSIGNED_MAX
MISSING_MACRO
FROM_ENUM
[E]
PRESENT_ENUM enum
ABSENT_ENUM enum
BASE_ENUM enum
MACRO_ENUM enum
`);
    writeFileSync(join(dir, 'constants.generated.h'), renderHeader(def));
    writeFileSync(join(dir, 'main.cc'), '#include "constants.generated.h"\nint main() { sock::ConstantSink s; AddGeneratedConstants(s); }\n');
    const exe = join(dir, 'probe');
    const built = spawnSync('c++', ['-std=c++17', '-Wall', '-Werror', `-I${dir}`, '-o', exe, join(dir, 'main.cc')], { encoding: 'utf8', timeout: 60_000 });
    expect(built.status, built.stderr).toBe(0);
    const out = spawnSync(exe, [], { encoding: 'utf8', timeout: 10_000 });
    expect(out.stdout.trim().split('\n')).toEqual(['[M]', 'MACRO_ONE=1', 'UNSIGNED_MAX=4294967295', 'FROM_ENUM=17', '[E]', 'PRESENT_ENUM=7', 'BASE_ENUM=16', 'MACRO_ENUM=5']);
  }, 90_000);
});
