import { describe, expect, it } from 'vitest';
import { needs, python, pythonMissing } from '@sock/core/testing';
import * as can from '@sock/can';
import { bcmOpcodeName, canFamily, canProtocolName, constants } from '@sock/can';

const PY_PREFIXES = ['AF_CAN', 'PF_CAN', 'CAN', 'SOL_CAN', 'J1939', 'SO_J1939', 'SCM_J1939'];
const py = needs(pythonMissing('socket.AF_CAN', { timeout: 120_000 }));

describe('AF_CAN constants', () => {
  it('come from the headers as integers, carried by the family plugin', () => {
    expect(canFamily.constants).toBe(constants);
    expect(Object.keys(constants).length).toBeGreaterThan(150);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value) && value >= 0, name).toBe(true);
    expect(can.PF_CAN).toBe(can.AF_CAN);
    expect(can.SOL_CAN_RAW).toBe(can.SOL_CAN_BASE + can.CAN_RAW);
  });

  it(`match CPython for every CAN and J1939 name Python's socket module has${py.title}`, { timeout: 150_000 }, () => {
    if (py.skip) return;
    const theirs = python<Record<string, number>>(
      `import socket, json, sys\nprefixes = tuple(json.load(sys.stdin))\nprint(json.dumps({k: getattr(socket, k) for k in dir(socket) if k.startswith(prefixes) and isinstance(getattr(socket, k), int)}))`,
      PY_PREFIXES,
      { timeout: 120_000 },
    );
    const names = Object.keys(theirs).filter((n) => !/^CANXL|^CANFD/.test(n) || n in constants);
    expect(names.length).toBeGreaterThanOrEqual(60);
    for (const name of names) {
      expect(constants[name], name).toBe(theirs[name]);
      expect((can as Record<string, unknown>)[name], `export ${name}`).toBe(theirs[name]);
    }
  });

  it('give the BCM opcodes and flags under the headers\' names and Python\'s', () => {
    expect(can.CAN_BCM_TX_SETUP).toBe(can.TX_SETUP);
    expect(can.CAN_BCM_RX_CHANGED).toBe(can.RX_CHANGED);
    expect(can.CAN_BCM_SETTIMER).toBe(can.SETTIMER);
    expect(can.CAN_BCM_CAN_FD_FRAME).toBe(can.CAN_FD_FRAME);
    expect(constants.CAN_BCM_RX_TIMEOUT).toBe(can.RX_TIMEOUT);
    expect([can.TX_SETUP, can.RX_CHANGED]).toEqual([1, 12]);
  });

  it('include the header names the issue lists beyond Python\'s', () => {
    for (const n of ['CAN_RAW_XL_FRAMES', 'CANXL_XLF', 'CANXL_SEC', 'CANFD_BRS', 'CANFD_ESI', 'CANFD_FDF', 'CAN_ISOTP_OPTS', 'CAN_ISOTP_LL_OPTS',
      'CAN_ISOTP_TX_PADDING', 'CAN_ERR_BUSOFF', 'CAN_ERR_CRTL_RX_PASSIVE', 'CAN_ERR_PROT_LOC_ACK', 'CAN_RAW_FILTER_MAX', 'CANXL_MTU']) {
      expect(constants[n], n).toBeTypeOf('number');
    }
    expect(constants.CAN_RAW_FILTER_MAX).toBe(512);
  });

  it('name values back: BCM opcodes with Python\'s names, unknown values as numbers', () => {
    expect(bcmOpcodeName(can.TX_EXPIRED)).toBe('CAN_BCM_TX_EXPIRED');
    expect(bcmOpcodeName(999)).toBe('999');
    expect(canProtocolName(can.CAN_J1939!)).toBe('CAN_J1939');
  });
});
