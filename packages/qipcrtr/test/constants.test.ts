import { describe, expect, it } from 'vitest';
import { constants as coreConstants, familyName, lookupFamily } from '@sock/core';
import { python, pythonMissing, needs } from '@sock/core/testing';
import * as qrtr from '@sock/qipcrtr';
import { AF_QIPCRTR, constants, groups, PF_QIPCRTR, QRTR_NODE_BCAST, QRTR_PORT_CTRL, QRTR_TYPE_NEW_SERVER, qrtrFamily, qrtrTypeName } from '@sock/qipcrtr';

const names: string[] = Object.values(groups).flat();
const oracle = needs(pythonMissing('socket.AF_QIPCRTR'));

describe('AF_QIPCRTR constants', () => {
  it('come from the headers as numbers, with the family plugin carrying them', () => {
    expect(AF_QIPCRTR).toBe(qrtrFamily.family);
    expect(qrtrFamily.constants).toBe(constants);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value) && value >= 0, name).toBe(true);
    expect(PF_QIPCRTR).toBe(AF_QIPCRTR);
    expect(QRTR_NODE_BCAST).toBe(0xffffffff);
    expect(QRTR_PORT_CTRL).toBe(0xfffffffe);
  });

  it("are each a named export holding the addon's value (undefined where the headers lack it)", () => {
    const exported = qrtr as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it.skipIf(oracle.skip)(`agree with CPython's socket module wherever it has the name${oracle.title}`, () => {
    const theirs = python<Record<string, number>>(`import socket, json, sys\nnames = json.load(sys.stdin)\nprint(json.dumps({n: getattr(socket, n) for n in names if hasattr(socket, n)}))`, names);
    expect(Object.keys(theirs)).toContain('AF_QIPCRTR');
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it('agree with the generic constants core exports under the same names', () => {
    for (const [name, value] of Object.entries(constants)) {
      if (coreConstants[name] !== undefined) expect(coreConstants[name], name).toBe(value);
    }
  });

  it('have readable names; unknown values print as numbers', () => {
    expect(qrtrTypeName(QRTR_TYPE_NEW_SERVER)).toBe('QRTR_TYPE_NEW_SERVER');
    expect(qrtrTypeName(99)).toBe('99');
  });

  it('register AF_QIPCRTR with core under its C name, adding no MSG_NOSIGNAL to sends', () => {
    expect(lookupFamily(AF_QIPCRTR)).toBe(qrtrFamily);
    expect(familyName(AF_QIPCRTR)).toBe('AF_QIPCRTR');
    expect(qrtrFamily.sendNoSignal).toBe(false);
  });
});
