#!/usr/bin/env node
/**
 * sock-gen-constants: turns a package's constants.def into the native
 * emitter (native/constants.generated.h) and the typed TS view
 * (src/constants.generated.ts). See docs/writing-a-family.md for the format.
 *
 *   sock-gen-constants [--check] [package-dir ...]
 *
 * With no directory it takes the current one when it has a constants.def,
 * else every packages/* and examples/* below it that has one (the monorepo's
 * `pnpm gen:constants`). --check writes nothing and exits 1 naming every
 * generated file that differs from what its constants.def gives.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const NOTICE = 'generated from constants.def by sock-gen-constants — do not edit';
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HEADER = /^[A-Za-z0-9_./+-]+$/;
const FLAGS = new Set(['linux', 'enum']);
const GROUP_FLAGS = new Set(['private']);

/**
 * Parses constants.def: `include <header>`, `[GROUP] [private]` and
 * `NAME [linux] [enum]` lines; '#' starts a comment. Throws with file:line.
 */
export function parseDef(text, file = 'constants.def') {
  const includes = [];
  const groups = [];
  const seen = new Map();
  text.split('\n').forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const words = line.split(/\s+/);
    if (words[0] === 'include') {
      if (words.length !== 2 || !HEADER.test(words[1])) throw new Error(`${where}: expected "include <header path>"`);
      includes.push(words[1]);
      return;
    }
    const group = /^\[([A-Za-z_][A-Za-z0-9_]*)\]$/.exec(words[0]);
    if (group) {
      const flags = words.slice(1);
      for (const f of flags) if (!GROUP_FLAGS.has(f)) throw new Error(`${where}: unknown group flag "${f}"`);
      if (groups.some((g) => g.name === group[1])) throw new Error(`${where}: group [${group[1]}] appears twice`);
      groups.push({ name: group[1], private: flags.includes('private'), constants: [] });
      return;
    }
    const [name, ...flags] = words;
    if (!IDENT.test(name)) throw new Error(`${where}: "${name}" is not a C identifier`);
    for (const f of flags) if (!FLAGS.has(f)) throw new Error(`${where}: unknown flag "${f}" (linux, enum)`);
    const current = groups.at(-1);
    if (!current) throw new Error(`${where}: ${name} comes before any [GROUP] line`);
    // A name is exported once; a private group (an object of its own, no named exports) may repeat one.
    const key = current.private ? `${current.name}:${name}` : name;
    if (seen.has(key)) throw new Error(`${where}: ${name} is already listed at line ${seen.get(key)}`);
    seen.set(key, i + 1);
    current.constants.push({ name, linux: flags.includes('linux'), enumerator: flags.includes('enum') });
  });
  return { includes, groups };
}

function cString(s) {
  return JSON.stringify(s);
}

/** The text of native/constants.generated.h. */
export function renderHeader(def) {
  const out = [`// ${NOTICE}`, '#ifndef SOCK_CONSTANTS_GENERATED_H_', '#define SOCK_CONSTANTS_GENERATED_H_', ''];
  out.push('#include <sock/constants.h>', '');
  for (const h of def.includes) out.push(`#if __has_include(<${h}>)`, `#include <${h}>`, '#endif');
  out.push('');
  const macros = ['/** The constants of constants.def that are macros (read behind #ifdef). */', 'inline void AddGeneratedMacros(sock::ConstantSink& s) {'];
  const enums = [];
  for (const g of def.groups) {
    const plain = g.constants.filter((c) => !c.enumerator);
    const probed = g.constants.filter((c) => c.enumerator);
    if (plain.length) {
      macros.push(`  s.Group(${cString(g.name)});`);
      for (const c of plain) macros.push(`#ifdef ${c.name}`, `  s.Add(${cString(c.name)}, ${c.name});`, '#endif');
    }
    if (probed.length) {
      enums.push(`  s.Group(${cString(g.name)});`);
      for (const c of probed) {
        enums.push(`#ifdef ${c.name}`, `  s.Add(${cString(c.name)}, ${c.name});`, '#else');
        enums.push(`  s.AddProbed(${cString(c.name)}, static_cast<long long>(::${c.name}));`, '#endif');
      }
    }
  }
  out.push(...macros, '}', '');
  const probedNames = def.groups.flatMap((g) => g.constants.filter((c) => c.enumerator).map((c) => c.name));
  if (probedNames.length) {
    out.push('// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).');
    out.push('namespace sock_generated_absent {');
    for (const n of [...new Set(probedNames)]) out.push(`#ifndef ${n}`, `constexpr long long ${n} = ::sock::kAbsent;`, '#endif');
    out.push('}  // namespace sock_generated_absent', 'using namespace sock_generated_absent;', '');
  }
  out.push('/** The bare enumerators of constants.def, probed by qualified lookup. */');
  out.push('inline void AddGeneratedEnumerators(sock::ConstantSink& s) {');
  if (enums.length) out.push(...enums);
  else out.push('  (void)s;');
  out.push('}', '');
  out.push('/** Every constant of constants.def this platform\'s headers define. */');
  out.push('inline void AddGeneratedConstants(sock::ConstantSink& s) {', '  AddGeneratedMacros(s);', '  AddGeneratedEnumerators(s);', '}', '');
  out.push('#endif  // SOCK_CONSTANTS_GENERATED_H_', '');
  return out.join('\n');
}

function familyBrand(name) {
  return name.replace(/^PF_/, 'AF_');
}

/** The text of src/constants.generated.ts; `kit` says where constantTable, FamilyNumber and the addon come from. */
export function renderTs(def, kit) {
  const exported = def.groups.filter((g) => !g.private).flatMap((g) => g.constants);
  const families = exported.some((c) => /^(AF|PF)_/.test(c.name));
  const out = [`// ${NOTICE}`];
  out.push(`import { constantTable } from '${kit.table}';`);
  if (families) out.push(`import type { FamilyNumber } from '${kit.familyNumber}';`);
  out.push(`import { ${kit.addon} } from './native.js';`, '');
  if (exported.length) out.push('const c = constantTable(addon.constants);', '');
  for (const c of exported) {
    const q = `'${c.name}'`;
    if (/^(AF|PF)_/.test(c.name)) {
      const brand = `'${familyBrand(c.name)}'`;
      if (c.linux) out.push(`export const ${c.name}: FamilyNumber<${brand}> = c.family<${brand}>(${q});`);
      else out.push(`export const ${c.name}: FamilyNumber<${brand}> | undefined = c.optionalFamily<${brand}>(${q});`);
    } else if (c.linux) {
      out.push(`export const ${c.name}: number = c.linux(${q});`);
    } else {
      out.push(`export const ${c.name}: number | undefined = c.optional(${q});`);
    }
  }
  out.push('', '/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */', 'export const groups = {');
  for (const g of def.groups) {
    const names = g.constants.map((c) => `'${c.name}'`);
    const one = `  ${g.name}: [${names.join(', ')}],`;
    if (one.length <= 120) {
      out.push(one);
    } else {
      out.push(`  ${g.name}: [`);
      let line = '   ';
      for (const n of names) {
        if (line.length + n.length + 2 > 120) {
          out.push(line);
          line = '   ';
        }
        line += ` ${n},`;
      }
      out.push(line, '  ],');
    }
  }
  out.push('} as const;', '');
  if (!exported.length) out.splice(2, 0, '');
  return out.join('\n');
}

function kitFor(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // Core's own view cannot import core by name; its native.ts calls the addon `native`.
  if (pkg.name === '@sock/core') return { table: './family/constants.js', familyNumber: './family-number.js', addon: 'native as addon' };
  return { table: '@sock/core/family', familyNumber: '@sock/core/family', addon: 'addon' };
}

/** Generates (or with check, compares) one package's files; returns the stale paths. */
export function generate(dir, { check = false } = {}) {
  const defPath = join(dir, 'constants.def');
  const def = parseDef(readFileSync(defPath, 'utf8'), relative(process.cwd(), defPath) || defPath);
  const files = [
    [join(dir, 'native', 'constants.generated.h'), renderHeader(def)],
    [join(dir, 'src', 'constants.generated.ts'), renderTs(def, kitFor(dir))],
  ];
  const stale = [];
  for (const [path, text] of files) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === text) continue;
    stale.push(path);
    if (!check) writeFileSync(path, text);
  }
  return stale;
}

function defaultDirs(root) {
  if (existsSync(join(root, 'constants.def'))) return [root];
  const dirs = [];
  for (const parent of ['packages', 'examples']) {
    const p = join(root, parent);
    if (!existsSync(p)) continue;
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.isDirectory() && existsSync(join(p, e.name, 'constants.def'))) dirs.push(join(p, e.name));
    }
  }
  if (!dirs.length) throw new Error(`sock-gen-constants: no constants.def in ${root}, its packages/* or examples/*`);
  return dirs.sort();
}

function main(argv) {
  const check = argv.includes('--check');
  const dirs = argv.filter((a) => a !== '--check');
  for (const a of dirs) if (a.startsWith('-')) throw new Error(`sock-gen-constants: unknown option ${a}`);
  let stale = [];
  for (const d of dirs.length ? dirs : defaultDirs(process.cwd())) stale = stale.concat(generate(resolve(d), { check }));
  const shown = stale.map((p) => relative(process.cwd(), p));
  if (check && shown.length) {
    console.error(`sock-gen-constants: stale (run pnpm gen:constants): ${shown.join(', ')}`);
    return 1;
  }
  if (!check) for (const p of shown) console.log(`wrote ${p}`);
  return 0;
}

function isMain() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  }
}
