/**
 * Classic BPF constants (<linux/bpf_common.h>, <linux/filter.h>): the parts
 * an instruction's opcode is or-ed from, and the SKF_* offsets that make a
 * load read packet metadata instead of packet bytes. An opcode is
 * class | size | mode for loads (`BPF_LD | BPF_H | BPF_ABS`), class | op |
 * source for ALU and jumps (`BPF_JMP | BPF_JEQ | BPF_K`), class | rval for
 * returns (`BPF_RET | BPF_K`).
 */
import { pick } from './headers.js';

// Instruction classes.
export const BPF_LD = pick('BPF_LD');
export const BPF_LDX = pick('BPF_LDX');
export const BPF_ST = pick('BPF_ST');
export const BPF_STX = pick('BPF_STX');
export const BPF_ALU = pick('BPF_ALU');
export const BPF_JMP = pick('BPF_JMP');
export const BPF_RET = pick('BPF_RET');
export const BPF_MISC = pick('BPF_MISC');
// Load sizes.
export const BPF_W = pick('BPF_W');
export const BPF_H = pick('BPF_H');
export const BPF_B = pick('BPF_B');
// Load modes.
export const BPF_IMM = pick('BPF_IMM');
export const BPF_ABS = pick('BPF_ABS');
export const BPF_IND = pick('BPF_IND');
export const BPF_MEM = pick('BPF_MEM');
export const BPF_LEN = pick('BPF_LEN');
export const BPF_MSH = pick('BPF_MSH');
// ALU operations.
export const BPF_ADD = pick('BPF_ADD');
export const BPF_SUB = pick('BPF_SUB');
export const BPF_MUL = pick('BPF_MUL');
export const BPF_DIV = pick('BPF_DIV');
export const BPF_OR = pick('BPF_OR');
export const BPF_AND = pick('BPF_AND');
export const BPF_LSH = pick('BPF_LSH');
export const BPF_RSH = pick('BPF_RSH');
export const BPF_NEG = pick('BPF_NEG');
export const BPF_MOD = pick('BPF_MOD');
export const BPF_XOR = pick('BPF_XOR');
// Jumps.
export const BPF_JA = pick('BPF_JA');
export const BPF_JEQ = pick('BPF_JEQ');
export const BPF_JGT = pick('BPF_JGT');
export const BPF_JGE = pick('BPF_JGE');
export const BPF_JSET = pick('BPF_JSET');
// Operand source, return value, misc.
export const BPF_K = pick('BPF_K');
export const BPF_X = pick('BPF_X');
export const BPF_A = pick('BPF_A');
export const BPF_TAX = pick('BPF_TAX');
export const BPF_TXA = pick('BPF_TXA');
/** Scratch memory words (M[0..15]). */
export const BPF_MEMWORDS = pick('BPF_MEMWORDS');
/** The most instructions the kernel accepts in one classic program (4096). */
export const BPF_MAXINSNS = pick('BPF_MAXINSNS');

// Metadata loads: k = SKF_AD_OFF + SKF_AD_*.
export const SKF_AD_OFF = pick('SKF_AD_OFF');
export const SKF_AD_PROTOCOL = pick('SKF_AD_PROTOCOL');
export const SKF_AD_PKTTYPE = pick('SKF_AD_PKTTYPE');
export const SKF_AD_IFINDEX = pick('SKF_AD_IFINDEX');
export const SKF_AD_MARK = pick('SKF_AD_MARK');
export const SKF_AD_QUEUE = pick('SKF_AD_QUEUE');
export const SKF_AD_HATYPE = pick('SKF_AD_HATYPE');
export const SKF_AD_RXHASH = pick('SKF_AD_RXHASH');
export const SKF_AD_CPU = pick('SKF_AD_CPU');
export const SKF_AD_VLAN_TAG = pick('SKF_AD_VLAN_TAG');
export const SKF_AD_VLAN_TAG_PRESENT = pick('SKF_AD_VLAN_TAG_PRESENT');
export const SKF_AD_PAY_OFFSET = pick('SKF_AD_PAY_OFFSET');
export const SKF_AD_RANDOM = pick('SKF_AD_RANDOM');
export const SKF_AD_VLAN_TPID = pick('SKF_AD_VLAN_TPID');
export const SKF_NET_OFF = pick('SKF_NET_OFF');
export const SKF_LL_OFF = pick('SKF_LL_OFF');
