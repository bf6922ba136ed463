/**
 * Facts of the platform that only the oracle can tell a Node scenario:
 * errno names Node's os.constants lacks (libuv lists no ESHUTDOWN, for one).
 */
import { execFileSync } from 'node:child_process';

let table;

/** errno name -> value as CPython's errno module has them on this machine. */
export function pythonErrno() {
  table ??= JSON.parse(
    execFileSync(process.env.SOCKCONF_PYTHON || 'python3', ['-c', 'import errno, json; print(json.dumps({v: k for k, v in errno.errorcode.items()} | {n: getattr(errno, n) for n in dir(errno) if n.startswith("E")}))'], {
      encoding: 'utf8',
      timeout: 10_000,
    }),
  );
  return table;
}
