import { describe, expect, it } from 'vitest';
import { familyName, lookupFamily, registerFamily, unregisterFamily, type FamilyPlugin } from '@sock/core';
import { native } from '../src/native.js';
import { AF_FAKE, fakeFamily, registerFakeFamily, runFamilyContract } from '@sock/core/testing';

registerFakeFamily();

runFamilyContract(fakeFamily, {
  sockaddrFamily: native.families.AF_UNIX!,
  valid: [{ address: Buffer.from('/tmp/x') }, { address: Buffer.alloc(0) }, { address: Buffer.from('\0abstract') }],
  invalid: [{ address: '/tmp/x' }, { address: 5 }, { address: null }, { address: Buffer.alloc(200) }],
});

describe('registry', () => {
  it('registers once; the same plugin again is a no-op; a second plugin is refused', () => {
    expect(lookupFamily(AF_FAKE)).toBe(fakeFamily);
    registerFamily(fakeFamily);
    const impostor: FamilyPlugin = { ...fakeFamily, packageName: 'impostor' };
    expect(() => registerFamily(impostor)).toThrow(/already registered by @sock\/core\/testing; is impostor installed twice/);
  });

  it('does not register a plugin whose platform lacks the family (family -1)', () => {
    const absent = { ...fakeFamily, family: -1, available: () => false, unavailableReason: () => 'absent here' };
    expect(registerFamily(absent)).toBe(false);
    expect(lookupFamily(-1)).toBeUndefined();
  });

  it('validates plugins', () => {
    expect(() => registerFamily({ ...fakeFamily, family: -2 })).toThrow(RangeError);
    expect(() => registerFamily({ ...fakeFamily, family: 0x10000 })).toThrow(RangeError);
    expect(() => registerFamily({ ...fakeFamily, family: 251, decode: 5 } as never)).toThrow(/plugin.decode/);
  });

  it('names families from the registry, then from the headers, else as numbers', () => {
    expect(familyName(AF_FAKE)).toBe('AF_FAKE');
    expect(familyName(native.families.AF_UNIX!)).toBe('AF_UNIX');
    expect(familyName(0xfff0)).toBe(String(0xfff0));
    const temp: FamilyPlugin = { ...fakeFamily, family: 0xfb, name: 'AF_TEMP' };
    registerFamily(temp);
    expect(familyName(0xfb)).toBe('AF_TEMP');
    expect(unregisterFamily(0xfb)).toBe(true);
    expect(lookupFamily(0xfb)).toBeUndefined();
  });
});
