/**
 * Hints for the errors AF_ALG gives, added to the OSError's text without
 * changing its class or errno: the kernel's answers are terse (ENOENT for an
 * algorithm it does not know) and the fixes are not obvious.
 */
import { types } from 'node:util';
import { errnoName, fromErrno, OSError, validateInteger, validateObject } from '@sock/core';

/** The step of the transform-socket dance an error came from, and what it was about. */
export interface AlgErrorContext {
  readonly syscall: 'socket' | 'bind' | 'setsockopt' | 'accept' | 'sendmsg' | 'recv';
  readonly type?: string;
  readonly name?: string;
}

/** The hint for `errno` (positive) at this step, or null when there is nothing to add. */
export function algErrorHint(errno: number, ctx: AlgErrorContext): string | null {
  validateInteger(errno, 'errno', 0);
  validateObject(ctx, 'ctx', 'an AlgErrorContext');
  const type = typeof ctx.type === 'string' ? ctx.type : undefined;
  const what = typeof ctx.name !== 'string' ? 'the algorithm' : `${type ?? 'an'} algorithm '${ctx.name}'`;
  switch (errnoName(errno)) {
    case 'EAFNOSUPPORT':
      return 'the kernel lacks AF_ALG: modprobe af_alg (CONFIG_CRYPTO_USER_API), or the family is disabled here (a seccomp or LSM policy can refuse it)';
    case 'ENOENT':
      return ctx.syscall === 'bind'
        ? `this kernel knows no ${what}: see /proc/crypto for the names it has; the module that provides it, or algif_${type ?? '<type>'} for the type, may need loading`
        : null;
    case 'EBUSY':
      return ctx.syscall === 'setsockopt'
        ? 'the key must be set before accept(): this transform socket already has an operation socket with the old key; open a new transform socket for a new key'
        : null;
    case 'ENOPROTOOPT':
      return ctx.syscall === 'setsockopt' ? 'SOL_ALG options go on the bound transform socket, not on the operation socket accept() returned' : null;
    case 'ENOKEY':
      return `${what} needs a key: set ALG_SET_KEY on the transform socket before accept()`;
    case 'EBADMSG':
      return ctx.syscall === 'recv' ? 'authentication failed: the tag, key, IV or associated data do not match' : null;
    case 'EINVAL':
      if (ctx.syscall === 'setsockopt') return `the kernel refused the key or setting for ${what} (a key length it does not take?)`;
      if (ctx.syscall === 'recv') return 'the kernel refused the operation (input not a whole number of blocks, a missing IV, or an AEAD input shorter than assoclen + tag?)';
      return null;
    default:
      return null;
  }
}

/** `err` again with the hint for its errno appended to its text; anything else unchanged. */
export function withAlgHint(err: unknown, ctx: AlgErrorContext): unknown {
  validateObject(ctx, 'ctx', 'an AlgErrorContext');
  if (types.isProxy(err) || !(err instanceof OSError) || err.errno === null) return err;
  const hint = algErrorHint(err.errno, ctx);
  if (hint === null) return err;
  const hinted = fromErrno(err.errno, err.syscall ?? ctx.syscall, `${err.strerror ?? ''} (${hint})`);
  return Object.assign(hinted, { cause: err });
}
