import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '@sock/core';
import { constants, groups, reverseMap, sockTypeName } from '@sock/core';
import { needs } from '@sock/core/testing';
import { parseDef } from '../scripts/gen-constants.mjs';

const def = parseDef(readFileSync(new URL('../constants.def', import.meta.url), 'utf8'));
const exported = def.groups.filter((g) => !g.private).flatMap((g) => g.constants);
const names = exported.map((c) => c.name);
const oracle = spawnSync('python3', ['-c', `import socket, json; print(json.dumps({n: getattr(socket, n) for n in ${JSON.stringify(names)} if hasattr(socket, n)}))`], {
  encoding: 'utf8',
  timeout: 15_000,
});
const python = needs(oracle.status === 0 ? null : 'python3 on PATH');

describe('core constants (constants.def)', () => {
  it('are each a named export holding the addon\'s value (undefined where the headers lack it)', () => {
    const all = core as unknown as Record<string, unknown>;
    // MSG_NOSIGNAL and MSG_CMSG_CLOEXEC are 0 where a platform has none, so send() and recvmsg() can always OR them in.
    for (const name of names) expect(all[name], name).toBe(constants[name] ?? (name === 'MSG_NOSIGNAL' || name === 'MSG_CMSG_CLOEXEC' ? 0 : undefined));
    expect(Object.keys(constants).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('define on Linux every name constants.def marks `linux`', () => {
    expect(exported.filter((c) => c.linux && constants[c.name] === undefined).map((c) => c.name)).toEqual([]);
  });

  it('export the generic constants Python has by name (SO_BINDTODEVICE, MSG_ERRQUEUE, ...)', () => {
    const wanted = ['SOCK_RDM', 'SO_BINDTODEVICE', 'SO_BINDTOIFINDEX', 'SO_MARK', 'SO_PRIORITY', 'SO_RCVLOWAT', 'SO_SNDLOWAT', 'SO_OOBINLINE', 'SO_DEBUG', 'SO_DONTROUTE', 'SO_INCOMING_CPU', 'MSG_CONFIRM', 'MSG_DONTROUTE', 'MSG_ERRQUEUE', 'MSG_FASTOPEN'];
    const all = core as unknown as Record<string, unknown>;
    for (const n of wanted) expect(all[n], n).toBeTypeOf('number');
  });

  it('list the AF_* and errno tables as groups without exporting them by name', () => {
    expect(groups.AF).toContain('AF_INET');
    expect(groups.ERRNO).toContain('ESHUTDOWN');
    expect('EPERM' in core).toBe(false);
    expect('AF_INET' in core).toBe(false);
  });

  it.skipIf(python.skip)(`agree with CPython's socket module wherever it has the name${python.title}`, () => {
    const theirs = JSON.parse(oracle.stdout) as Record<string, number>;
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(50);
    for (const [name, value] of Object.entries(theirs)) expect(constants[name], name).toBe(value);
  });

  it('name socket types, first listed name winning; unknown types print as numbers', () => {
    expect(sockTypeName(core.SOCK_STREAM)).toBe('SOCK_STREAM');
    expect(sockTypeName(core.SOCK_SEQPACKET)).toBe('SOCK_SEQPACKET');
    expect(sockTypeName(0x7777)).toBe(String(0x7777));
    expect(reverseMap(constants, 'SHUT_').get(core.SHUT_RDWR)).toBe('SHUT_RDWR');
    expect(reverseMap(constants, 'SO_', ['SO_PEERCRED']).get(constants.SO_PEERCRED!)).toBe('SO_PEERCRED');
  });
});
