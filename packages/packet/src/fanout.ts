/**
 * PACKET_FANOUT: sockets bound to the same interface and protocol join one
 * group (a 16-bit id) and the kernel hands each frame to exactly one member,
 * chosen by the group's mode (flow hash, round robin, CPU, ...). The option
 * is one int: the group id in the low 16 bits, the mode and flags above.
 * A socket must be bound (so it has a protocol hook) before it can join,
 * and every member must use the same mode, flags, interface and protocol.
 */
import { invalidArgType, invalidArgValue, validateInteger, type Socket } from '@sock/core';
import { validateObject, validateSocket } from '@sock/core';
import { PACKET_FANOUT, PACKET_FANOUT_DATA, SOL_PACKET } from './constants.js';
import { setsockoptProgram, type BpfInstruction } from './bpf.js';

/** A fanout membership: the group, its mode (PACKET_FANOUT_*) and flags (PACKET_FANOUT_FLAG_*, or-ed). */
export interface Fanout {
  readonly group: number;
  readonly mode: number;
  readonly flags?: number;
}

/** The int PACKET_FANOUT takes: group | (mode | flags) << 16. */
export function fanoutValue(fanout: Fanout): number {
  validateObject(fanout, 'fanout', 'an object { group, mode, flags? }');
  const group = validateInteger(fanout.group, 'fanout.group', 0, 0xffff);
  const mode = validateInteger(fanout.mode, 'fanout.mode', 0, 0xff);
  const flags = validateInteger(fanout.flags ?? 0, 'fanout.flags', 0, 0xff00);
  if ((flags & 0xff) !== 0) throw invalidArgValue('fanout.flags', flags, 'must be PACKET_FANOUT_FLAG_* bits (0x100 to 0x8000)');
  return (group | ((mode | flags) << 16)) | 0;
}

/** Splits a PACKET_FANOUT value into group, mode and flags. */
export function decodeFanout(value: number): Required<Fanout> {
  const v = validateInteger(value, 'value', -0x80000000, 0xffffffff) >>> 0;
  const typeFlags = v >>> 16;
  return { group: v & 0xffff, mode: typeFlags & 0xff, flags: typeFlags & 0xff00 };
}

/**
 * setsockopt(SOL_PACKET, PACKET_FANOUT): joins (or creates) a fanout group.
 * With PACKET_FANOUT_FLAG_UNIQUEID the kernel picks an unused group id
 * (pass group 0) and getFanout tells which.
 */
export function setFanout(sock: Socket, fanout: Fanout): void {
  validateSocket(sock);
  sock.setsockopt(SOL_PACKET, PACKET_FANOUT, fanoutValue(fanout));
}

/**
 * getsockopt(SOL_PACKET, PACKET_FANOUT): the socket's group, mode and
 * flags. A socket in no group reads as all zeros, as group 0 in
 * PACKET_FANOUT_HASH mode does.
 */
export function getFanout(sock: Socket): Required<Fanout> {
  validateSocket(sock);
  return decodeFanout(sock.getsockopt(SOL_PACKET, PACKET_FANOUT) as number);
}

/**
 * setsockopt(SOL_PACKET, PACKET_FANOUT_DATA) with a classic BPF program, for
 * a PACKET_FANOUT_CBPF group: the program's return value is the index of
 * the member that gets the frame (modulo the group's size).
 */
export function setFanoutProgram(sock: Socket, program: readonly BpfInstruction[]): void {
  validateSocket(sock);
  setsockoptProgram(sock, SOL_PACKET, PACKET_FANOUT_DATA, program);
}
