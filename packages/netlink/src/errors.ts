/**
 * The one error the netlink decoders throw: bytes that are not a well-formed
 * netlink message, attribute or struct. It is a RangeError with code
 * ERR_NETLINK_MALFORMED and the byte offset where decoding stopped; kernel
 * errors are never this, they are core's OSErrors (see extack.ts).
 */
import { types } from 'node:util';
export interface MalformedError extends RangeError {
  readonly code: 'ERR_NETLINK_MALFORMED';
  /** The offset, in the bytes given to the decoder, of the part that is wrong. */
  readonly offset: number;
}

export function malformed(what: string, offset: number): MalformedError {
  const err = new RangeError(`malformed netlink data: ${what}`) as RangeError & { code: string; offset: number };
  Object.defineProperty(err, 'code', { value: 'ERR_NETLINK_MALFORMED', enumerable: true });
  Object.defineProperty(err, 'offset', { value: offset, enumerable: true });
  return err as MalformedError;
}

/** True for the error the decoders throw on malformed bytes. */
export function isMalformed(err: unknown): err is MalformedError {
  return !types.isProxy(err) && err instanceof RangeError && (err as { code?: unknown }).code === 'ERR_NETLINK_MALFORMED';
}
