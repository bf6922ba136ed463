/** Options of level SOL_RFCOMM, sorted by C name: RFCOMM_CONNINFO and RFCOMM_LM (a u32 of RFCOMM_LM_* bits). */
import { validateInteger, type Socket } from '@sock/core';
import { RFCOMM_CONNINFO, RFCOMM_LM, SOL_RFCOMM } from '../constants.js';
import { connInfo, type ConnInfo } from './l2cap.js';
import { getStruct, readU32, setStruct, writeU32 } from './raw.js';

/** RFCOMM_CONNINFO of a connected RFCOMM socket. */
export function getRfcommConnInfo(sock: Socket): ConnInfo {
  return connInfo(sock, SOL_RFCOMM, RFCOMM_CONNINFO);
}

/** RFCOMM_LM: the link-mode bits (RFCOMM_LM_AUTH | RFCOMM_LM_ENCRYPT | ...). */
export function getRfcommLinkMode(sock: Socket): number {
  return readU32(getStruct(sock, SOL_RFCOMM, RFCOMM_LM, 4), 0);
}

export function setRfcommLinkMode(sock: Socket, mode: number): void {
  const b = Buffer.alloc(4);
  writeU32(b, validateInteger(mode, 'mode', 0, 0xffffffff), 0);
  setStruct(sock, SOL_RFCOMM, RFCOMM_LM, b);
}
