/** The exit codes of `sock` and the one error type its commands throw to end with one. */

/** Documented in the README; tests rely on them. */
export const EXIT = Object.freeze({
  /** Done. */
  OK: 0,
  /** A system call failed (connection refused, reset, no such device, permission denied). */
  OS_ERROR: 1,
  /** Bad command line: unknown command or option, bad address, bad input for the framing. */
  USAGE: 2,
  /** The family is not installed or this kernel does not have it (see `sock families`). */
  UNAVAILABLE: 3,
  /** --timeout passed with nothing happening. */
  TIMEOUT: 4,
});

/** An error that ends the command with `code` and prints `message` (no stack trace). */
export class CliError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }

  override get name(): string {
    return 'CliError';
  }
}

export function usage(message: string): CliError {
  return new CliError(EXIT.USAGE, message);
}

/**
 * The exit code and the one-line message for anything a command threw:
 * CliError as it is, OSError by errno (TimeoutError: exit 4), the coded
 * TypeError/RangeError the packages throw for bad addresses and values as
 * usage errors; anything else is a bug, reported by its message (the stack
 * with SOCK_DEBUG=1).
 */
export function describeError(err: unknown, context: string): { code: number; message: string } {
  const e = err as { name?: string; code?: unknown; message?: string; errno?: unknown; stack?: string } | null;
  const message = String(e?.message ?? err);
  const where = context === '' ? '' : `${context}: `;
  if (err instanceof CliError) return { code: err.code, message: `${where}${message}` };
  if (e?.name === 'TimeoutError') return { code: EXIT.TIMEOUT, message: `${where}timed out` };
  if (e?.name === 'AbortError') return { code: EXIT.TIMEOUT, message: `${where}timed out` };
  if (typeof e?.code === 'string' && /^ERR_(INVALID_ARG_TYPE|INVALID_ARG_VALUE|OUT_OF_RANGE)$/.test(e.code)) {
    return { code: EXIT.USAGE, message: `${where}${message}` };
  }
  if (e !== null && typeof e === 'object' && 'errno' in e) return { code: EXIT.OS_ERROR, message: `${where}${message}` };
  if (e?.name === 'gaierror' || e?.name === 'herror') return { code: EXIT.OS_ERROR, message: `${where}${message}` };
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) return { code: EXIT.OS_ERROR, message: `${where}${message}` };
  return { code: EXIT.OS_ERROR, message: `${where}${message}${process.env.SOCK_DEBUG ? `\n${e?.stack ?? ''}` : ''}` };
}
