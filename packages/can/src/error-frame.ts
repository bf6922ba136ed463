/**
 * Error frames: what a CAN_RAW socket receives, once CAN_RAW_ERR_FILTER
 * asks for them, when a controller reports a problem. The can_id carries
 * CAN_ERR_FLAG and the CAN_ERR_* class bits; the 8 data bytes carry the
 * details (<linux/can/error.h>): data[0] the bit where arbitration was
 * lost, data[1] the controller state, data[2..3] the protocol violation's
 * type and location, data[4] the transceiver state, data[5] controller
 * specific information, data[6..7] the TX and RX error counters.
 */
import { invalidArgType, toBytes, validateInteger, validateObject } from '@sock/core';
import { groups } from './constants.generated.js';
import { addon } from './native.js';
import type { CanFrame } from './frame.js';

const c = addon.constants;

function namesIn(match: RegExp): Array<[string, number]> {
  return groups.CAN_ERR.filter((n) => match.test(n) && c[n] !== undefined && c[n] !== 0).map((n) => [n, c[n]!]);
}

const classBits = namesIn(/^CAN_ERR_(TX_TIMEOUT|LOSTARB|CRTL|PROT|TRX|ACK|BUSOFF|BUSERROR|RESTARTED|CNT)$/);
const controllerBits = namesIn(/^CAN_ERR_CRTL_/);
const protocolBits = namesIn(/^CAN_ERR_PROT_(?!LOC_)/);
const locations = new Map(Object.entries(c).filter(([n]) => n.startsWith('CAN_ERR_PROT_LOC_')).map(([n, v]) => [v, n]));
const transceiver = new Map(Object.entries(c).filter(([n]) => n.startsWith('CAN_ERR_TRX_') && n !== 'CAN_ERR_TRX').map(([n, v]) => [v, n]));

const has = (id: number, name: string): boolean => c[name] !== undefined && (id & c[name]!) !== 0;

/** An error frame, decoded. Names are the CAN_ERR_* constants'. */
export interface CanErrorFrame {
  /** The CAN_ERR_* class bits of the id, by name ('CAN_ERR_BUSOFF', ...). */
  classes: string[];
  txTimeout: boolean;
  /** CAN_ERR_LOSTARB: the bit in the frame where arbitration was lost (0: unspecified). */
  lostArbitrationBit: number | null;
  /** CAN_ERR_CRTL: the controller states set in data[1] ('CAN_ERR_CRTL_RX_PASSIVE', ...). */
  controller: string[] | null;
  /** CAN_ERR_PROT: the violation types of data[2] and the location name of data[3]. */
  protocol: { types: string[]; location: string } | null;
  /** CAN_ERR_TRX: the transceiver state of data[4] by name, or its number. */
  transceiver: string | null;
  noAck: boolean;
  busOff: boolean;
  busError: boolean;
  restarted: boolean;
  /** data[5]: controller-specific detail. */
  controllerSpecific: number;
  /** data[6..7], meaningful with CAN_ERR_CNT (always filled by drivers that report counters). */
  counters: { tx: number; rx: number } | null;
}

function bits(value: number, table: Array<[string, number]>): string[] {
  return table.filter(([, v]) => (value & v) !== 0).map(([n]) => n);
}

/**
 * Decodes an error frame (one with `error` set) into its classes and
 * details. Data shorter than 8 bytes reads as zeros past its end.
 */
export function decodeErrorFrame(frame: Pick<CanFrame, 'id' | 'error' | 'data'>): CanErrorFrame {
  if (validateObject(frame, 'frame', 'an error frame (error: true)').error !== true) throw invalidArgType('frame', 'an error frame (error: true)', frame);
  const id = validateInteger(frame.id, 'frame.id', 0, 0xffffffff);
  const data = toBytes(frame.data, 'frame.data');
  const d = (i: number): number => (i < data.length ? data[i]! : 0);
  return {
    classes: bits(id, classBits),
    txTimeout: has(id, 'CAN_ERR_TX_TIMEOUT'),
    lostArbitrationBit: has(id, 'CAN_ERR_LOSTARB') ? d(0) : null,
    controller: has(id, 'CAN_ERR_CRTL') ? bits(d(1), controllerBits) : null,
    protocol: has(id, 'CAN_ERR_PROT') ? { types: bits(d(2), protocolBits), location: locations.get(d(3)) ?? String(d(3)) } : null,
    transceiver: has(id, 'CAN_ERR_TRX') ? (transceiver.get(d(4)) ?? String(d(4))) : null,
    noAck: has(id, 'CAN_ERR_ACK'),
    busOff: has(id, 'CAN_ERR_BUSOFF'),
    busError: has(id, 'CAN_ERR_BUSERROR'),
    restarted: has(id, 'CAN_ERR_RESTARTED'),
    controllerSpecific: d(5),
    counters: has(id, 'CAN_ERR_CNT') ? { tx: d(6), rx: d(7) } : null,
  };
}
