/**
 * The architecture's one-way rule, checked on the source: a family package
 * (and the vendor example) imports from core only its public entries, never
 * another family, and never a path outside its own package. A test may use
 * another family as a peer (a Unix socket adopted as the family under test)
 * when that family is one of its package's devDependencies, never a
 * dependency: installing a family never pulls in another.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const PUBLIC = new Set(['@sock/core', '@sock/core/family', '@sock/core/testing']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(m|c)?ts$/.test(name) ? [p] : [];
  });
}

const packages = [
  ...readdirSync(join(root, 'packages')).filter((d) => d !== 'core').map((d) => join(root, 'packages', d)),
  ...readdirSync(join(root, 'examples')).map((d) => join(root, 'examples', d)),
].filter((d) => statSync(d).isDirectory() && readdirSync(d).includes('src'));

/** Every module specifier of an import/export ... from, dynamic import() or import type in a TS file. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

describe('family packages use only core public entries', () => {
  it('finds the family packages to check', () => {
    expect(packages.length).toBeGreaterThanOrEqual(6);
  });

  for (const pkg of packages) {
    it(relative(root, pkg), () => {
      const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as Manifest;
      const own = manifest.name;
      const families = (deps?: Record<string, string>): string[] => Object.keys(deps ?? {}).filter((d) => d.startsWith('@sock/') && d !== '@sock/core');
      const bad = [...families(manifest.dependencies), ...families(manifest.peerDependencies)].map((d) => `package.json: ${d} (a family never depends on another family)`);
      const testPeers = new Set(families(manifest.devDependencies));
      const testDir = join(pkg, 'test');
      const files = [...sources(join(pkg, 'src')), ...(readdirSync(pkg).includes('test') ? sources(testDir) : [])];
      for (const file of files) {
        const isTest = !relative(testDir, file).startsWith('..');
        for (const spec of specifiers(readFileSync(file, 'utf8'))) {
          const where = `${relative(root, file)}: ${spec}`;
          if (spec === own || spec.startsWith(`${own}/`)) continue;
          if (spec.startsWith('@sock/core')) {
            if (!PUBLIC.has(spec)) bad.push(where);
          } else if (spec.startsWith('@sock/')) {
            if (isTest && testPeers.has(spec)) continue;
            bad.push(`${where} (a family never imports another family)`);
          } else if (spec.startsWith('.')) {
            if (relative(pkg, resolve(file, '..', spec)).startsWith('..')) bad.push(`${where} (outside the package)`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('every family imports on every platform (it reports itself unavailable instead)', () => {
  for (const pkg of packages) {
    it(`${relative(root, pkg)}: no statement at module level throws`, () => {
      const bad: string[] = [];
      for (const file of sources(join(pkg, 'src'))) {
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (/^(?:if\s*\(.*\)\s*)?throw\b/.test(line)) bad.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
      }
      expect(bad).toEqual([]);
    });
  }
});
