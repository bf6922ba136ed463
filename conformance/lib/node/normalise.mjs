/**
 * Turns Node values and errors into the JSON shapes both drivers emit (the
 * twin of lib/py/normalise.py, which documents them). An @sock OSError is
 * recognised by its errno/strerror/args fields and class chain, so the
 * normaliser needs no import of @sock itself.
 */

function isOSError(e) {
  for (let p = e; p && p !== Error.prototype; p = Object.getPrototypeOf(p)) {
    if (p.constructor?.name === 'OSError') return true;
  }
  return false;
}

export function error(e) {
  if (!(e instanceof Error)) return { cls: typeof e, os: false, msg: String(e) };
  const os = isOSError(e);
  const out = { cls: os ? e.constructor.name : e.name, os };
  if (os) {
    out.errno = e.errno ?? null;
    out.strerror = e.strerror ?? null;
    if (out.errno === null) out.msg = e.message;
  } else {
    out.msg = e.message;
  }
  if (typeof e.code === 'string' && !os) out.code = e.code;
  if (e instanceof AggregateError) out.errors = e.errors.map(error);
  return out;
}

function isSocket(v) {
  return typeof v.fileno === 'function' && typeof v.getsockname === 'function' && 'family' in v;
}

export function value(v) {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      if (!Number.isFinite(v)) return { $float: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
      return Number.isSafeInteger(v) || !Number.isInteger(v) ? v : { $int: BigInt(v).toString() };
    case 'bigint':
      return v >= -(2n ** 53n - 1n) && v <= 2n ** 53n - 1n ? Number(v) : { $int: v.toString() };
    case 'object':
      break;
    default:
      return { $repr: typeof v };
  }
  if (v instanceof Error) return { $error: error(v) };
  if (ArrayBuffer.isView(v)) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') };
  if (Array.isArray(v)) return v.map(value);
  if (isSocket(v)) return { $socket: [v.family, v.type, v.proto] };
  if (Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, value(v[k])]));
  }
  return { $repr: v.constructor?.name ?? 'object' };
}
