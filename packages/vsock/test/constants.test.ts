import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AddressFamily, constants as coreConstants, familyName, lookupFamily } from '@sock/core';
import * as vsock from '@sock/vsock';
import {
  AF_VSOCK,
  cidName,
  constants,
  groups,
  SO_VM_SOCKETS_BUFFER_SIZE,
  SO_VM_SOCKETS_CONNECT_TIMEOUT,
  VMADDR_CID_ANY,
  VMADDR_CID_HOST,
  VMADDR_CID_HYPERVISOR,
  VMADDR_CID_LOCAL,
  VMADDR_PORT_ANY,
  vsockFamily,
  vsockOptionName,
} from '@sock/vsock';
import { PYTHON_TIMEOUT, pythonNeed } from './helpers.js';

/** Every name of constants.def, as the generator listed them. */
const names: string[] = Object.values(groups).flat();
const python = pythonNeed();

describe('AF_VSOCK constants', () => {
  it('come from the headers as numbers, with the family plugin carrying them', () => {
    expect(AF_VSOCK).toBe(vsockFamily.family);
    expect(vsockFamily.constants).toBe(constants);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value) && value >= 0, name).toBe(true);
    expect(constants.PF_VSOCK).toBe(AF_VSOCK);
  });

  it('are each a named export holding the addon\'s value (undefined where the headers lack it)', () => {
    const exported = vsock as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('keep the -1U wildcards unsigned, as Python shows them', () => {
    expect(VMADDR_CID_ANY).toBe(2 ** 32 - 1);
    expect(VMADDR_PORT_ANY).toBe(2 ** 32 - 1);
    expect(constants.VM_SOCKETS_INVALID_VERSION).toBe(2 ** 32 - 1);
    expect([VMADDR_CID_HYPERVISOR, VMADDR_CID_LOCAL, VMADDR_CID_HOST]).toEqual([0, 1, 2]);
  });

  it('define every name of constants.def that these (Linux 5.11+) headers have', () => {
    const lacking = names.filter((n) => constants[n] === undefined);
    // SOL_VSOCK and VSOCK_RECVERR came with Linux 6.4, VMADDR_CID_RESERVED left in 5.6.
    expect(lacking.filter((n) => !['SOL_VSOCK', 'VSOCK_RECVERR', 'VMADDR_CID_RESERVED'].includes(n))).toEqual([]);
  });

  it.skipIf(python.skip)(`agree with CPython's socket module wherever it has the name${python.title}`, () => {
    const script = `import socket, json; print(json.dumps({n: getattr(socket, n) for n in ${JSON.stringify(names)} if hasattr(socket, n)}))`;
    const oracle = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: PYTHON_TIMEOUT });
    expect(oracle.status, oracle.stderr).toBe(0);
    const theirs = JSON.parse(oracle.stdout) as Record<string, number>;
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(9);
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  }, PYTHON_TIMEOUT + 10_000);

  it("name no constant core already exports (each constant is named once), and agree with core's AddressFamily", () => {
    const shared = Object.keys(constants).filter((name) => coreConstants[name] !== undefined);
    expect(shared).toEqual([]);
    expect(AddressFamily.AF_VSOCK).toBe(AF_VSOCK);
    expect(AddressFamily[AF_VSOCK]).toBe('AF_VSOCK');
  });

  it('have readable names; unknown values print as numbers', () => {
    expect(cidName(VMADDR_CID_HOST)).toBe('VMADDR_CID_HOST');
    expect(cidName(VMADDR_CID_LOCAL!)).toBe('VMADDR_CID_LOCAL');
    expect(cidName(VMADDR_CID_ANY)).toBe('VMADDR_CID_ANY');
    expect(cidName(42)).toBe('42');
    expect(vsockOptionName(SO_VM_SOCKETS_BUFFER_SIZE)).toBe('SO_VM_SOCKETS_BUFFER_SIZE');
    expect(vsockOptionName(SO_VM_SOCKETS_CONNECT_TIMEOUT!)).toBe('SO_VM_SOCKETS_CONNECT_TIMEOUT');
    expect(vsockOptionName(0x7777)).toBe(String(0x7777));
  });

  it('register AF_VSOCK with core under its C name', () => {
    expect(lookupFamily(AF_VSOCK)).toBe(vsockFamily);
    expect(familyName(AF_VSOCK)).toBe('AF_VSOCK');
    expect(vsockFamily.int64Options).toBe(true);
  });
});
