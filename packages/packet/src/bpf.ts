/**
 * Classic BPF socket filters: a typed instruction array in, struct
 * sock_fprog to the kernel. SO_ATTACH_FILTER is a SOL_SOCKET option, so
 * these helpers work on any socket (AF_PACKET, AF_INET, AF_UNIX...); on a
 * packet socket the program sees the frame from its link-layer header
 * (SOCK_RAW) or from its network header (SOCK_DGRAM). The program's return
 * value is how many bytes of the frame to keep: 0 drops it.
 */
import { endianness } from 'node:os';
import { constants as coreConstants, errno, fromErrno, invalidArgType, outOfRange, SOL_SOCKET, validateInteger, type Socket } from '@sock/core';
import { toBytes, validateArray, validateSocket } from '@sock/core';
import { getFilter as getFilterBytes, setsockoptFprog } from '@sock/core/family';
import { BPF_ABS, BPF_H, BPF_JEQ, BPF_JMP, BPF_K, BPF_LD, BPF_RET, SKF_AD_OFF, SKF_AD_PROTOCOL } from './constants.js';
import { addon } from './native.js';

const layout = addon.layout.sockFilter!;
const LE = endianness() === 'LE';

/** One struct sock_filter. */
export interface BpfInstruction {
  /** The opcode: class | size | mode, class | op | source, ... (constants-bpf). */
  readonly code: number;
  /** Jump offsets when the condition is true / false (conditional jumps only). */
  readonly jt: number;
  readonly jf: number;
  /** The operand; negative values (SKF_AD_OFF + ...) are stored as their 32-bit two's complement. */
  readonly k: number;
}

/** C's BPF_STMT(code, k). */
export function bpfStmt(code: number, k: number): BpfInstruction {
  return { code, jt: 0, jf: 0, k };
}

/** C's BPF_JUMP(code, k, jt, jf). */
export function bpfJump(code: number, k: number, jt: number, jf: number): BpfInstruction {
  return { code, jt, jf, k };
}

/** Packs instructions into the bytes of a struct sock_filter array. */
export function packFilter(program: readonly BpfInstruction[]): Buffer {
  validateArray(program, 'program', 'an array of { code, jt, jf, k } instructions');
  if (program.length > addon.layout.fprogMaxLen) {
    throw outOfRange('program.length', `<= ${addon.layout.fprogMaxLen} (sock_fprog.len is an unsigned short)`, program.length);
  }
  const out = Buffer.alloc(program.length * layout.size);
  program.forEach((insn: unknown, i) => {
    if (insn === null || typeof insn !== 'object') throw invalidArgType(`program[${i}]`, 'an object { code, jt, jf, k }', insn);
    const { code, jt, jf, k } = insn as Record<string, unknown>;
    const at = i * layout.size;
    const c = validateInteger(code, `program[${i}].code`, 0, 0xffff);
    out[at + layout.jt.offset] = validateInteger(jt, `program[${i}].jt`, 0, 0xff);
    out[at + layout.jf.offset] = validateInteger(jf, `program[${i}].jf`, 0, 0xff);
    const kk = validateInteger(k, `program[${i}].k`, -0x80000000, 0xffffffff) >>> 0;
    if (LE) {
      out.writeUInt16LE(c, at + layout.code.offset);
      out.writeUInt32LE(kk, at + layout.k.offset);
    } else {
      out.writeUInt16BE(c, at + layout.code.offset);
      out.writeUInt32BE(kk, at + layout.k.offset);
    }
  });
  return out;
}

/** The instructions of a packed struct sock_filter array (a trailing partial instruction is ignored). */
export function unpackFilter(bytes: Uint8Array): BpfInstruction[] {
  bytes = toBytes(bytes, 'bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: BpfInstruction[] = [];
  for (let at = 0; at + layout.size <= bytes.length; at += layout.size) {
    out.push({
      code: view.getUint16(at + layout.code.offset, LE),
      jt: bytes[at + layout.jt.offset]!,
      jf: bytes[at + layout.jf.offset]!,
      k: view.getUint32(at + layout.k.offset, LE),
    });
  }
  return out;
}

function option(name: string): number {
  const v = coreConstants[name];
  if (v === undefined) throw fromErrno(errno.ENOPROTOOPT!, 'setsockopt', `Protocol not available: this platform has no ${name}`);
  return v;
}

/** setsockopt with a struct sock_fprog over `program` at any level and option (core's addon builds the pointer). */
export function setsockoptProgram(sock: Socket, level: number, opt: number, program: readonly BpfInstruction[]): void {
  validateSocket(sock);
  setsockoptFprog(sock.fileno(), validateInteger(level, 'level'), validateInteger(opt, 'option'), packFilter(program));
}

/**
 * setsockopt(SOL_SOCKET, SO_ATTACH_FILTER): attaches (or replaces) the
 * socket's classic BPF filter. The kernel checks the program and refuses a
 * bad one (jumps out of range, no final return, more than BPF_MAXINSNS
 * instructions, none at all) with EINVAL; after lockFilter, with EPERM.
 */
export function attachFilter(sock: Socket, program: readonly BpfInstruction[]): void {
  validateSocket(sock);
  setsockoptProgram(sock, SOL_SOCKET, option('SO_ATTACH_FILTER'), program);
}

/** setsockopt(SOL_SOCKET, SO_DETACH_FILTER). ENOENT when no filter is attached. */
export function detachFilter(sock: Socket): void {
  validateSocket(sock);
  sock.setsockopt(SOL_SOCKET, option('SO_DETACH_FILTER'), 0);
}

/** setsockopt(SOL_SOCKET, SO_LOCK_FILTER, 1): the filter can no longer be replaced or detached, for the socket's life. */
export function lockFilter(sock: Socket): void {
  validateSocket(sock);
  sock.setsockopt(SOL_SOCKET, option('SO_LOCK_FILTER'), 1);
}

/** getsockopt(SOL_SOCKET, SO_GET_FILTER): the attached program (as the kernel keeps it), [] when none. */
export function getFilter(sock: Socket): BpfInstruction[] {
  validateSocket(sock);
  return unpackFilter(getFilterBytes(sock.fileno()));
}

/**
 * A program that keeps only frames whose protocol (skb->protocol, the
 * ethertype in host order) is `ethertype`, up to `snaplen` bytes of each.
 * It reads the protocol from packet metadata (SKF_AD_PROTOCOL) rather than
 * from frame bytes, so it works on SOCK_RAW and SOCK_DGRAM alike.
 */
export function ethertypeFilter(ethertype: number, snaplen = 0x40000): BpfInstruction[] {
  validateInteger(ethertype, 'ethertype', 0, 0xffff);
  validateInteger(snaplen, 'snaplen', 1, 0xffffffff);
  return [
    bpfStmt(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
    bpfJump(BPF_JMP | BPF_JEQ | BPF_K, ethertype, 0, 1),
    bpfStmt(BPF_RET | BPF_K, snaplen),
    bpfStmt(BPF_RET | BPF_K, 0),
  ];
}
