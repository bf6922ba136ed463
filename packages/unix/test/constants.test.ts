import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { constants as coreConstants } from '@sock/core';
import { needs } from '@sock/core/testing';
import * as unix from '@sock/unix';
import { AF_UNIX, constants, groups, scmName, SCM_RIGHTS, SO_PEERCRED, UNIX_PATH_MAX, unixFamily, unixOptionName } from '@sock/unix';

/** Every name of constants.def, as the generator listed them. */
const names: string[] = Object.values(groups).flat();
const oracle = spawnSync('python3', ['-c', `import socket, json; print(json.dumps({n: getattr(socket, n) for n in ${JSON.stringify(names)} if hasattr(socket, n)}))`], { encoding: 'utf8' });
const python = needs(oracle.status === 0 ? null : 'python3 on PATH');

describe('AF_UNIX constants', () => {
  it('come from the headers as numbers, with the family plugin carrying them', () => {
    expect(AF_UNIX).toBe(unixFamily.family);
    expect(unixFamily.constants).toBe(constants);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value), name).toBe(true);
    expect(constants.AF_LOCAL).toBe(AF_UNIX);
    expect(constants.PF_UNIX).toBe(AF_UNIX);
    expect(UNIX_PATH_MAX).toBe(108);
  });

  it('are each a named export holding the addon\'s value (undefined where the headers lack it)', () => {
    const exported = unix as unknown as Record<string, unknown>;
    for (const name of names) expect(exported[name], name).toBe(constants[name]);
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it.skipIf(python.skip)(`agree with CPython's socket module wherever it has the name${python.title}`, () => {
    const theirs = JSON.parse(oracle.stdout) as Record<string, number>;
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(6);
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it('agree with the generic constants core exports under the same names', () => {
    for (const [name, value] of Object.entries(constants)) {
      if (coreConstants[name] !== undefined) expect(coreConstants[name], name).toBe(value);
    }
  });

  it('have readable names for messages and options; unknown values print as numbers', () => {
    expect(scmName(SCM_RIGHTS)).toBe('SCM_RIGHTS');
    expect(unixOptionName(SO_PEERCRED!)).toBe('SO_PEERCRED');
    expect(scmName(0x7777)).toBe(String(0x7777));
  });
});
