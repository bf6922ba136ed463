import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAddon } from '@sock/core/family';
import { thrown } from '@sock/core/testing';

/** A package named @sock/<name> with the given prebuilds/<dir>/<file> entries (contents: not an ELF). */
function fakePackage(base: string, name: string, prebuilds: Record<string, string[]>): string {
  const dir = path.join(base, name);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `@sock/${name}` }));
  for (const [tuple, files] of Object.entries(prebuilds)) {
    mkdirSync(path.join(dir, 'prebuilds', tuple), { recursive: true });
    for (const f of files) writeFileSync(path.join(dir, 'prebuilds', tuple, f), 'not a shared object');
  }
  return dir;
}

const load = (dir: string, name: string) =>
  thrown<Error>(() => loadAddon(`@sock/${name}`, pathToFileURL(path.join(dir, 'dist', 'native.js')).href));

const here = `${process.platform}-${process.arch}`;
const otherLibc = process.env.LIBC === 'musl' ? 'glibc' : 'musl';

describe('loadAddon, when no prebuilt binary fits', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'sock-prebuilds-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('says the package ships no prebuilds/ when it has none', () => {
    const dir = fakePackage(base, 'none', {});
    const err = load(dir, 'none');
    expect(err.message).toContain(`${path.join(dir, 'prebuilds', here)}/*.node (no prebuilds/ directory`);
    expect(err.message).toContain('npm rebuild @sock/none --build-from-source');
  });

  it('lists the platforms it has when none is this one', () => {
    const dir = fakePackage(base, 'elsewhere', { 'linux-riscv64': ['sock_x.napi.glibc.node'], 'win32-x64': ['sock_x.napi.node'] });
    const err = load(dir, 'elsewhere');
    expect(err.message).toMatch(new RegExp(`no binary for ${here}; prebuilds/ has (linux-riscv64, win32-x64|win32-x64, linux-riscv64)\\)`));
  });

  it("names each file for this platform and why it does not fit: another libc", () => {
    const dir = fakePackage(base, 'libc', { [here]: [`sock_x.napi.${otherLibc}.node`] });
    const err = load(dir, 'libc');
    expect(err.message).toContain(`${path.join(dir, 'prebuilds', here, `sock_x.napi.${otherLibc}.node`)} (built for ${otherLibc}, this system has`);
    expect(err.message).toMatch(/\((glibc [\d.]+|musl|libc), Node\.js v/);
  });

  it('another ABI, for a binary that is not N-API', () => {
    const dir = fakePackage(base, 'abi', { [here]: ['sock_x.abi1.node'] });
    expect(load(dir, 'abi').message).toContain(`(built for Node.js ABI 1, this is ABI ${process.versions.modules})`);
  });

  it('a file whose tags fit but which does not load is reported with the loader error', () => {
    const dir = fakePackage(base, 'broken', { [here]: ['sock_x.napi.node'] });
    const err = load(dir, 'broken');
    expect(err.message).toContain(`${path.join(dir, 'prebuilds', here, 'sock_x.napi.node')} (fits, but failed to load: `);
    expect(err.cause).toBeInstanceOf(Error);
  });
});
