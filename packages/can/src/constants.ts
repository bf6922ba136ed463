/**
 * AF_CAN constants, read from <linux/can*.h> by the native shim (named once
 * in constants.def). A constant the headers lack is absent (undefined), as
 * in Python's module. The BCM opcodes and flags have the headers' names
 * (TX_SETUP, SETTIMER, ...) and Python's (CAN_BCM_TX_SETUP,
 * CAN_BCM_SETTIMER, ...), with the same values.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import * as g from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

export type ConstantMap = Readonly<Record<string, number>>;

export const CAN_BCM_TX_SETUP: number = g.TX_SETUP;
export const CAN_BCM_TX_DELETE: number = g.TX_DELETE;
export const CAN_BCM_TX_READ: number = g.TX_READ;
export const CAN_BCM_TX_SEND: number = g.TX_SEND;
export const CAN_BCM_RX_SETUP: number = g.RX_SETUP;
export const CAN_BCM_RX_DELETE: number = g.RX_DELETE;
export const CAN_BCM_RX_READ: number = g.RX_READ;
export const CAN_BCM_TX_STATUS: number = g.TX_STATUS;
export const CAN_BCM_TX_EXPIRED: number = g.TX_EXPIRED;
export const CAN_BCM_RX_STATUS: number = g.RX_STATUS;
export const CAN_BCM_RX_TIMEOUT: number = g.RX_TIMEOUT;
export const CAN_BCM_RX_CHANGED: number = g.RX_CHANGED;
export const CAN_BCM_SETTIMER: number = g.SETTIMER;
export const CAN_BCM_STARTTIMER: number = g.STARTTIMER;
export const CAN_BCM_TX_COUNTEVT: number = g.TX_COUNTEVT;
export const CAN_BCM_TX_ANNOUNCE: number = g.TX_ANNOUNCE;
export const CAN_BCM_TX_CP_CAN_ID: number = g.TX_CP_CAN_ID;
export const CAN_BCM_RX_FILTER_ID: number = g.RX_FILTER_ID;
export const CAN_BCM_RX_CHECK_DLC: number = g.RX_CHECK_DLC;
export const CAN_BCM_RX_NO_AUTOTIMER: number = g.RX_NO_AUTOTIMER;
export const CAN_BCM_RX_ANNOUNCE_RESUME: number = g.RX_ANNOUNCE_RESUME;
export const CAN_BCM_TX_RESET_MULTI_IDX: number = g.TX_RESET_MULTI_IDX;
export const CAN_BCM_RX_RTR_FRAME: number = g.RX_RTR_FRAME;
export const CAN_BCM_CAN_FD_FRAME: number | undefined = g.CAN_FD_FRAME;

const pythonNames: Record<string, number | undefined> = {};
for (const name of [...g.groups.BCM_OP, ...g.groups.BCM_FLAG]) {
  pythonNames[name === 'CAN_FD_FRAME' ? 'CAN_BCM_CAN_FD_FRAME' : `CAN_BCM_${name}`] = addon.constants[name];
}

/** Every AF_CAN constant this platform's headers define, under the headers' names and Python's. */
export const constants: ConstantMap = Object.freeze(
  Object.fromEntries(Object.entries({ ...addon.constants, ...pythonNames }).filter(([, v]) => v !== undefined)) as Record<string, number>,
);

const bcmOps = reverseMap(constants, g.groups.BCM_OP.map((n) => `CAN_BCM_${n}`));
const protos = reverseMap(constants, g.groups.CAN_PROTO);

/** 'CAN_BCM_RX_CHANGED' for a BCM opcode; the number as a string when unknown. */
export function bcmOpcodeName(opcode: number): string {
  return nameOf(bcmOps, opcode);
}

/** 'CAN_ISOTP' for a protocol number; the number as a string when unknown. */
export function canProtocolName(proto: number): string {
  return nameOf(protos, proto);
}
