/**
 * CPython as the test oracle: a snippet runs in python3 with JSON on stdin
 * and prints JSON, so a family's results can be compared with what Python's
 * socket module gives for the same input.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';

/** Options of `python` and `pythonMissing`. */
export interface PythonOptions {
  /**
   * AF_ names the snippet needs. A Python on PATH may be built without some
   * families (a venv or conda build without the Bluetooth headers); for
   * AF_BLUETOOTH the system's /usr/bin/python3 is used where it exists.
   */
  readonly families?: readonly string[];
  /** Milliseconds before the run is killed (default 15000). */
  readonly timeout?: number;
}

/** The python3 to run for `families`: /usr/bin/python3 when AF_BLUETOOTH is needed and present, else `python3` from PATH. */
export function pythonBinary(families: readonly string[] = []): string {
  if (families.includes('AF_BLUETOOTH')) {
    try {
      accessSync('/usr/bin/python3', fsConstants.X_OK);
      return '/usr/bin/python3';
    } catch {
      // No system python3: PATH's is the only one there is.
    }
  }
  return 'python3';
}

/**
 * Runs `code` in python3 with `input` as JSON on stdin (null when omitted)
 * and returns the JSON it printed. Throws when python3 is missing, exits
 * non-zero (the error carries its stderr) or prints no JSON.
 */
export function python<T = unknown>(code: string, input?: unknown, options: PythonOptions = {}): T {
  let out: string;
  try {
    out = execFileSync(pythonBinary(options.families), ['-c', code], {
      encoding: 'utf8',
      input: JSON.stringify(input ?? null),
      timeout: options.timeout ?? 15_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`python3 failed: ${stderr || (err as Error).message}`, { cause: err });
  }
  return JSON.parse(out) as T;
}

/**
 * Null when python3 runs `check` (Python statements, after `import socket`),
 * else what is missing, for `needs()`: "python3 on PATH with socket.AF_NETLINK".
 */
export function pythonMissing(check = 'pass', options: PythonOptions = {}): string | null {
  const bin = pythonBinary(options.families);
  try {
    execFileSync(bin, ['-c', `import socket\n${check}`], { timeout: options.timeout ?? 10_000, stdio: 'ignore' });
    return null;
  } catch {
    return check === 'pass' ? `${bin} on PATH` : `${bin} where \`${check.replace(/\n/g, '; ')}\` runs`;
  }
}
