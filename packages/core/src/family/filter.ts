/**
 * Classic BPF programs on a socket, as packed struct sock_filter bytes.
 * struct sock_fprog points at the instructions, so core's addon builds it
 * (SO_ATTACH_FILTER and SO_ATTACH_REUSEPORT_CBPF at SOL_SOCKET,
 * PACKET_FANOUT_DATA at SOL_PACKET); SO_GET_FILTER's length in instructions
 * rather than bytes is handled there too.
 */
import { fromErrno } from '../errors.js';
import { native } from '../native.js';
import { toBytes, validateInteger } from '../validate.js';

/** setsockopt(fd, level, name, &fprog) with fprog over `program` (a whole number of struct sock_filter). */
export function setsockoptFprog(fd: number, level: number, name: number, program: ArrayBufferView): void {
  const r = native.setsockoptFprog(validateInteger(fd, 'fd', -1), validateInteger(level, 'level'), validateInteger(name, 'name'), toBytes(program, 'program'));
  if (r < 0) throw fromErrno(r, 'setsockopt');
}

/** getsockopt(fd, SOL_SOCKET, SO_GET_FILTER): the attached program as the kernel keeps it (empty when none). */
export function getFilter(fd: number): Buffer {
  const r = native.getFilter(validateInteger(fd, 'fd', -1));
  if (typeof r === 'number') throw fromErrno(r, 'getsockopt');
  return r;
}
