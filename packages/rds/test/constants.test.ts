import { describe, expect, it } from 'vitest';
import { constants as coreConstants, familyName, lookupFamily } from '@sock/core';
import { python, pythonMissing, needs } from '@sock/core/testing';
import * as rds from '@sock/rds';
import {
  AF_RDS,
  constants,
  groups,
  PF_RDS,
  RDS_CANCEL_SENT_TO,
  RDS_CMSG_CONG_UPDATE,
  RDS_CONG_MONITOR_SIZE,
  RDS_TRANS_NONE,
  RDS_TRANS_TCP,
  rdsCmsgName,
  rdsFamily,
  rdsOptionName,
  rdsTransportName,
  SOL_RDS,
} from '@sock/rds';

const names: string[] = Object.values(groups).flat();
const oracle = needs(pythonMissing('socket.AF_RDS'));

// Every AF_RDS name CPython's socket module can export (socketmodule.c, under #ifdef).
const PYTHON_NAMES = [
  'AF_RDS', 'PF_RDS', 'SOL_RDS',
  'RDS_CANCEL_SENT_TO', 'RDS_GET_MR', 'RDS_FREE_MR', 'RDS_RECVERR', 'RDS_CONG_MONITOR', 'RDS_GET_MR_FOR_DEST',
  'RDS_CMSG_RDMA_ARGS', 'RDS_CMSG_RDMA_DEST', 'RDS_CMSG_RDMA_MAP', 'RDS_CMSG_RDMA_STATUS',
  'RDS_RDMA_READWRITE', 'RDS_RDMA_FENCE', 'RDS_RDMA_INVALIDATE', 'RDS_RDMA_USE_ONCE', 'RDS_RDMA_DONTWAIT', 'RDS_RDMA_NOTIFY_ME', 'RDS_RDMA_SILENT',
];

describe('AF_RDS constants', () => {
  it('come from the headers as numbers, with the family plugin carrying them', () => {
    expect(AF_RDS).toBe(rdsFamily.family);
    expect(rdsFamily.constants).toBe(constants);
    for (const [name, value] of Object.entries(constants)) {
      if (name === 'RDS_TRANS_NONE') continue;
      expect(Number.isInteger(value) && value >= 0, name).toBe(true);
    }
    expect(RDS_TRANS_NONE).toBe(-1); // (~0) as the int SO_RDS_TRANSPORT holds
    expect(PF_RDS).toBe(AF_RDS);
    expect(RDS_CONG_MONITOR_SIZE).toBe(64);
  });

  it("are each a named export holding the addon's value (undefined where the headers lack it)", () => {
    const exported = rds as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("define every name Python's module has, on any Linux headers", () => {
    expect(PYTHON_NAMES.filter((n) => constants[n] === undefined)).toEqual([]);
  });

  it.skipIf(oracle.skip)(`agree with CPython's socket module wherever it has the name${oracle.title}`, () => {
    const theirs = python<Record<string, number>>(`import socket, json, sys\nnames = json.load(sys.stdin)\nprint(json.dumps({n: getattr(socket, n) for n in names if hasattr(socket, n)}))`, names);
    expect(Object.keys(theirs)).toEqual(expect.arrayContaining(['AF_RDS', 'PF_RDS', 'SOL_RDS']));
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it('agree with the generic constants core exports under the same names', () => {
    for (const [name, value] of Object.entries(constants)) {
      if (coreConstants[name] !== undefined) expect(coreConstants[name], name).toBe(value);
    }
  });

  it('have readable names; unknown values print as numbers', () => {
    expect(rdsOptionName(RDS_CANCEL_SENT_TO)).toBe('RDS_CANCEL_SENT_TO');
    expect(rdsOptionName(0x7777)).toBe('30583');
    expect(rdsCmsgName(RDS_CMSG_CONG_UPDATE)).toBe('RDS_CMSG_CONG_UPDATE');
    expect(rdsCmsgName(99)).toBe('99');
    expect(rdsTransportName(RDS_TRANS_TCP!)).toBe('RDS_TRANS_TCP');
    expect(rdsTransportName(RDS_TRANS_NONE!)).toBe('RDS_TRANS_NONE');
    expect(rdsTransportName(1)).toBe('RDS_TRANS_GAP');
    expect(SOL_RDS).toBeGreaterThan(0);
  });

  it('register AF_RDS with core under its C name, adding no MSG_NOSIGNAL to sends', () => {
    expect(lookupFamily(AF_RDS)).toBe(rdsFamily);
    expect(familyName(AF_RDS)).toBe('AF_RDS');
    expect(rdsFamily.sendNoSignal).toBe(false);
  });
});
