import { describe, expect, it } from 'vitest';
import { constants as coreConstants, familyName, lookupFamily } from '@sock/core';
import { python, pythonMissing, needs } from '@sock/core/testing';
import * as tipc from '@sock/tipc';
import {
  AF_TIPC,
  constants,
  groups,
  SOL_TIPC,
  TIPC_ADDR_ID,
  TIPC_ADDR_NAME,
  TIPC_ADDR_NAMESEQ,
  TIPC_CLUSTER_SCOPE,
  TIPC_ERR_NO_PORT,
  TIPC_IMPORTANCE,
  TIPC_NODE_SCOPE,
  TIPC_PUBLISHED,
  TIPC_WAIT_FOREVER,
  tipcAddrTypeName,
  tipcErrorName,
  tipcEventName,
  tipcFamily,
  tipcOptionName,
  tipcScopeName,
} from '@sock/tipc';

const names: string[] = Object.values(groups).flat();
const oracle = needs(pythonMissing('socket.AF_TIPC'));

/** The TIPC names of Python's socket module (Modules/socketmodule.c, Linux). */
const PYTHON_NAMES = [
  'AF_TIPC', 'SOL_TIPC', 'TIPC_ADDR_NAMESEQ', 'TIPC_ADDR_NAME', 'TIPC_ADDR_ID', 'TIPC_ZONE_SCOPE', 'TIPC_CLUSTER_SCOPE',
  'TIPC_NODE_SCOPE', 'TIPC_IMPORTANCE', 'TIPC_SRC_DROPPABLE', 'TIPC_DEST_DROPPABLE', 'TIPC_CONN_TIMEOUT',
  'TIPC_LOW_IMPORTANCE', 'TIPC_MEDIUM_IMPORTANCE', 'TIPC_HIGH_IMPORTANCE', 'TIPC_CRITICAL_IMPORTANCE', 'TIPC_SUB_PORTS',
  'TIPC_SUB_SERVICE', 'TIPC_SUB_CANCEL', 'TIPC_WAIT_FOREVER', 'TIPC_PUBLISHED', 'TIPC_WITHDRAWN', 'TIPC_SUBSCR_TIMEOUT',
  'TIPC_CFG_SRV', 'TIPC_TOP_SRV',
];

describe('AF_TIPC constants', () => {
  it('come from the headers as integers, with the family plugin carrying them', () => {
    expect(AF_TIPC).toBe(tipcFamily.family);
    expect(tipcFamily.constants).toBe(constants);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value), name).toBe(true);
    expect(constants.PF_TIPC).toBe(AF_TIPC);
    expect(SOL_TIPC).toBeGreaterThan(0);
  });

  it("are each a named export holding the addon's value (undefined where the headers lack it)", () => {
    const exported = tipc as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("define every name Python's module has, on any Linux headers", () => {
    expect(PYTHON_NAMES.filter((n) => constants[n] === undefined)).toEqual([]);
  });

  it('give TIPC_WAIT_FOREVER as -1, the int the header\'s ~0 is', () => {
    expect(TIPC_WAIT_FOREVER).toBe(-1);
  });

  it.skipIf(oracle.skip)(`agree with CPython's socket module wherever it has the name${oracle.title}`, () => {
    const theirs = python<Record<string, number>>(
      `import socket, json, sys\nnames = json.load(sys.stdin)\nprint(json.dumps({n: int(getattr(socket, n)) for n in names if hasattr(socket, n)}))`,
      [...new Set([...names, ...PYTHON_NAMES])],
    );
    expect(PYTHON_NAMES.filter((n) => !(n in theirs))).toEqual([]);
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it.skipIf(oracle.skip)(`leave out no TIPC name CPython has${oracle.title}`, () => {
    const theirs = python<string[]>(`import socket, json\nprint(json.dumps([n for n in dir(socket) if 'TIPC' in n]))`);
    expect(theirs.filter((n) => constants[n] === undefined)).toEqual([]);
  });

  it('agree with the generic constants core exports under the same names', () => {
    for (const [name, value] of Object.entries(constants)) {
      if (coreConstants[name] !== undefined) expect(coreConstants[name], name).toBe(value);
    }
  });

  it('have readable names; unknown values print as numbers', () => {
    expect(tipcAddrTypeName(TIPC_ADDR_NAMESEQ)).toBe('TIPC_ADDR_NAMESEQ');
    expect(tipcAddrTypeName(TIPC_ADDR_NAME)).toBe('TIPC_ADDR_NAME');
    expect(tipcAddrTypeName(TIPC_ADDR_ID)).toBe('TIPC_ADDR_ID');
    expect(tipcAddrTypeName(99)).toBe('99');
    expect(tipcOptionName(TIPC_IMPORTANCE)).toBe('TIPC_IMPORTANCE');
    expect(tipcOptionName(7)).toBe('7');
    expect(tipcEventName(TIPC_PUBLISHED)).toBe('TIPC_PUBLISHED');
    expect(tipcErrorName(TIPC_ERR_NO_PORT!)).toBe('TIPC_ERR_NO_PORT');
    expect(tipcScopeName(TIPC_CLUSTER_SCOPE)).toBe('TIPC_CLUSTER_SCOPE');
    expect(tipcScopeName(TIPC_NODE_SCOPE)).toBe('TIPC_NODE_SCOPE');
  });

  it('register AF_TIPC with core under its C name', () => {
    expect(lookupFamily(AF_TIPC)).toBe(tipcFamily);
    expect(familyName(AF_TIPC)).toBe('AF_TIPC');
  });
});
