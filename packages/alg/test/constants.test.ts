import { describe, expect, it } from 'vitest';
import { constants as coreConstants, familyName, lookupFamily } from '@sock/core';
import { python, pythonMissing, needs } from '@sock/core/testing';
import * as alg from '@sock/alg';
import { AF_ALG, ALG_OP_DECRYPT, ALG_OP_ENCRYPT, ALG_SET_IV, ALG_SET_KEY, algFamily, algOpName, algOptionName, constants, groups, SOL_ALG } from '@sock/alg';

const names: string[] = Object.values(groups).flat();
const oracle = needs(pythonMissing('socket.AF_ALG'));

describe('AF_ALG constants', () => {
  it('come from the headers as numbers, with the family plugin carrying them', () => {
    expect(AF_ALG).toBe(algFamily.family);
    expect(algFamily.constants).toBe(constants);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value) && value >= 0, name).toBe(true);
    expect(constants.PF_ALG).toBe(AF_ALG);
  });

  it("are each a named export holding the addon's value (undefined where the headers lack it)", () => {
    const exported = alg as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("define every name Python's module has, on any Linux headers", () => {
    const python = ['AF_ALG', 'SOL_ALG', 'ALG_SET_KEY', 'ALG_SET_IV', 'ALG_SET_OP', 'ALG_SET_AEAD_ASSOCLEN', 'ALG_SET_AEAD_AUTHSIZE', 'ALG_SET_PUBKEY', 'ALG_OP_DECRYPT', 'ALG_OP_ENCRYPT', 'ALG_OP_SIGN', 'ALG_OP_VERIFY'];
    expect(python.filter((n) => constants[n] === undefined)).toEqual([]);
  });

  it.skipIf(oracle.skip)(`agree with CPython's socket module wherever it has the name${oracle.title}`, () => {
    const theirs = python<Record<string, number>>(`import socket, json, sys\nnames = json.load(sys.stdin)\nprint(json.dumps({n: getattr(socket, n) for n in names if hasattr(socket, n)}))`, names);
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(12);
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it('agree with the generic constants core exports under the same names', () => {
    for (const [name, value] of Object.entries(constants)) {
      if (coreConstants[name] !== undefined) expect(coreConstants[name], name).toBe(value);
    }
  });

  it('have readable names; unknown values print as numbers', () => {
    expect(algOptionName(ALG_SET_KEY)).toBe('ALG_SET_KEY');
    expect(algOptionName(ALG_SET_IV)).toBe('ALG_SET_IV');
    expect(algOptionName(0x7777)).toBe(String(0x7777));
    expect(algOpName(ALG_OP_ENCRYPT)).toBe('ALG_OP_ENCRYPT');
    expect(algOpName(ALG_OP_DECRYPT)).toBe('ALG_OP_DECRYPT');
    expect(algOpName(99)).toBe('99');
    expect(SOL_ALG).toBeGreaterThan(0);
  });

  it('register AF_ALG with core under its C name, with accept giving no address', () => {
    expect(lookupFamily(AF_ALG)).toBe(algFamily);
    expect(familyName(AF_ALG)).toBe('AF_ALG');
    expect(algFamily.acceptReturnsAddress).toBe(false);
  });
});
