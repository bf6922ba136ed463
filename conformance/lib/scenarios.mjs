/**
 * Finds the scenarios: one directory per family under scenarios/, holding
 *   family.json           the packages the family needs and its constants spec
 *   <name>.py + .mjs      a pair of programs exporting run(h)
 *   <name>.interop.py/.mjs   a server(h) and a client(h) in each language; the
 *                         runner pairs them every way and compares with CPython-CPython
 *   <name>.data.json      a table of module-function calls (see expandData)
 * A family whose packages are not installed is reported, not run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Where a package resolves from the conformance package, or null when not installed or built. */
function resolvable(pkg) {
  try {
    return existsSync(require.resolve(pkg));
  } catch {
    return false;
  }
}

export function loadFamilies(root) {
  const families = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const base = path.join(root, dir.name);
    const specFile = path.join(base, 'family.json');
    if (!existsSync(specFile)) continue;
    const spec = JSON.parse(readFileSync(specFile, 'utf8'));
    const missing = spec.packages.filter((p) => !resolvable(p));
    families.push({
      ...spec,
      name: dir.name,
      dir: base,
      unavailable: missing.length ? `${missing.join(', ')} not installed or not built` : null,
    });
  }
  return families.sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
}

function order(name) {
  return { core: 0, inet: 1, unix: 2 }[name] ?? (name === 'interop' ? 99 : 10);
}

export function findScenarios(family) {
  const files = readdirSync(family.dir).sort();
  const out = [];
  for (const f of files) {
    const full = path.join(family.dir, f);
    if (f.endsWith('.data.json')) {
      out.push({ id: `${family.name}/${f.slice(0, -'.data.json'.length)}`, kind: 'data', family, data: full });
    } else if (f.endsWith('.interop.mjs')) {
      const py = full.replace(/\.mjs$/, '.py');
      out.push({ id: `${family.name}/${f.slice(0, -'.mjs'.length)}`, kind: 'interop', family, node: full, py });
    } else if (f.endsWith('.mjs')) {
      const py = full.replace(/\.mjs$/, '.py');
      out.push({ id: `${family.name}/${f.slice(0, -'.mjs'.length)}`, kind: 'pair', family, node: full, py });
    }
  }
  for (const s of out) {
    if (s.kind !== 'data' && !existsSync(s.py)) throw new Error(`${s.id}: ${path.basename(s.node)} has no Python twin ${path.basename(s.py)}`);
  }
  return out;
}

/** How an argument appears in a generated label: constants by name, bytes as hex. */
function argLabel(a) {
  if (Array.isArray(a)) return `(${a.map(argLabel).join(', ')}${a.length === 1 ? ',' : ''})`;
  if (a === null) return 'None';
  if (typeof a === 'string') return JSON.stringify(a);
  if (typeof a !== 'object') return String(a);
  if ('const' in a) return a.const;
  if ('bytes' in a) return `b'${a.bytes}'`;
  if ('bytearray' in a) return `bytearray(${a.bytearray})`;
  if ('int' in a) return a.int;
  if ('float' in a) return `float(${a.float})`;
  if ('list' in a) return `[${a.list.map(argLabel).join(', ')}]`;
  if ('str' in a) return JSON.stringify(a.str);
  return JSON.stringify(a);
}

/**
 * A data scenario: `{ packages?, cases: [...], intended?, knownBugs? }`.
 * A case is `{ call, args?, kwargs?, label?, node?, sync? }` (label: a prefix
 * of the generated `call(args)` label; sync: the name of a blocking twin to
 * run too, compared under ' ~async' for the async one); one argument may be
 * `{ each: [v...] }`, which makes one case per value. Arguments are JSON
 * with tags: {const: 'AF_INET'}, {bytes: hex}, {bytearray: hex},
 * {int: '18446744073709551616'}, {float: 'nan'}, {list: [...]}, {str: s};
 * a plain array is a Python tuple (a JS array).
 */
export function expandData(file) {
  const spec = JSON.parse(readFileSync(file, 'utf8'));
  const cases = [];
  for (const c of spec.cases) {
    const args = c.args ?? [];
    const at = args.findIndex((a) => a && typeof a === 'object' && !Array.isArray(a) && 'each' in a);
    const variants = at < 0 ? [args] : args[at].each.map((v) => args.map((a, i) => (i === at ? v : a)));
    for (const v of variants) {
      const kw = Object.entries(c.kwargs ?? {}).map(([k, x]) => `${k}=${argLabel(x)}`);
      const label = `${c.label ? `${c.label}: ` : ''}${c.call}(${[...v.map(argLabel), ...kw].join(', ')})`;
      if (cases.some((x) => x.label === label)) throw new Error(`${file}: two cases make the label ${label}`);
      cases.push({ label, call: c.call, args: v, kwargs: c.kwargs ?? {}, ...(c.node ? { node: c.node } : {}), ...(c.sync ? { sync: c.sync } : {}) });
    }
  }
  return { spec, cases };
}
