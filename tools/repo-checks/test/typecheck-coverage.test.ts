/**
 * `pnpm test:types` type-checks each package through its `typecheck` script
 * (turbo runs them). A package without the script, or whose tsconfig leaves
 * out its tests, would silently drop out of that check: this test finds it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packages = readdirSync(join(root, 'packages')).filter((d) => statSync(join(root, 'packages', d)).isDirectory());

describe('every package is type-checked by pnpm test:types', () => {
  it('the root test:types script runs the packages\' typecheck scripts', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:types']).toMatch(/turbo run typecheck/);
  });

  for (const name of packages) {
    it(`packages/${name}`, () => {
      const dir = join(root, 'packages', name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
      expect(manifest.scripts?.typecheck, 'a typecheck script').toMatch(/\btsc\b.*-p tsconfig\.json.*--noEmit|\btsc\b.*--noEmit.*-p tsconfig\.json/);
      const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')) as { include?: string[] };
      const include = tsconfig.include ?? [];
      expect(include, 'tsconfig.json includes src').toContain('src');
      if (existsSync(join(dir, 'test'))) expect(include, 'tsconfig.json includes test').toContain('test');
    });
  }
});
