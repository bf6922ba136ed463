/**
 * The Node side of data scenarios: each case names a function of Python's
 * socket module and its arguments (encoded as lib/data.mjs describes); this
 * calls the @sock function of the same name, camelCased (`inet_pton` ->
 * `inetPton`; all-capital names such as CMSG_LEN stay), or the one the case
 * names under `node`.
 */

/** Python name -> @sock name. */
export function nodeName(pyName) {
  if (/^[A-Z0-9_]+$/.test(pyName)) return pyName;
  return pyName.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** Every export of the packages, plus their `constants` maps and core's errno map for constant lookups. */
async function namespace(packages) {
  const fns = {};
  const consts = {};
  for (const name of packages) {
    const mod = await import(name);
    Object.assign(fns, mod);
    if (mod.constants) Object.assign(consts, mod.constants);
  }
  return { fns, consts };
}

function lookupConst(ns, name) {
  const v = ns.fns[name] ?? ns.consts[name];
  if (typeof v !== 'number') throw new Error(`no constant ${name} in the scenario's packages`);
  return v;
}

export function decodeArg(ns, a) {
  if (Array.isArray(a)) return a.map((x) => decodeArg(ns, x));
  if (a === null || typeof a !== 'object') return a;
  if ('const' in a) return lookupConst(ns, a.const);
  if ('bytes' in a) return Buffer.from(a.bytes, 'hex');
  if ('bytearray' in a) return new Uint8Array(Buffer.from(a.bytearray, 'hex'));
  if ('int' in a) {
    const n = BigInt(a.int);
    return n >= -(2n ** 53n - 1n) && n <= 2n ** 53n - 1n ? Number(n) : n;
  }
  if ('float' in a) return Number(a.float === 'inf' ? Infinity : a.float === '-inf' ? -Infinity : a.float);
  if ('list' in a) return a.list.map((x) => decodeArg(ns, x));
  if ('str' in a) return a.str;
  throw new Error(`unknown argument encoding ${JSON.stringify(a)}`);
}

export async function runData(h, { cases, packages }) {
  const ns = await namespace(packages);
  for (const c of cases) {
    const name = c.node ?? nodeName(c.call);
    const fn = ns.fns[name];
    if (typeof fn !== 'function') throw new Error(`no function ${name} in ${packages.join(', ')}`);
    const args = (c.args ?? []).map((a) => decodeArg(ns, a));
    if (c.kwargs && Object.keys(c.kwargs).length > 0) {
      const opts = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [nodeName(k), decodeArg(ns, v)]));
      args.push(opts);
    }
    if (c.sync) {
      const twin = ns.fns[c.sync];
      if (typeof twin !== 'function') throw new Error(`no function ${c.sync} in ${packages.join(', ')}`);
      await h.both(c.label, () => twin(...args), () => fn(...args));
    } else {
      await h.step(c.label, () => fn(...args));
    }
  }
}
