/**
 * Constant tables and reverse maps for family packages. A family's
 * src/constants.generated.ts (written by sock-gen-constants from its
 * constants.def) reads every value through `constantTable`; its hand-written
 * helpers name values with `reverseMap` + `nameOf`.
 */
import { types } from 'node:util';
import { invalidArgType } from '../errors.js';
import type { FamilyNumber } from '../family-number.js';

/** name -> value, as an addon's `constants` object holds them. */
export type ConstantRecord = Readonly<Record<string, number>>;

/** Typed reads of an addon's constants; see constantTable. */
export interface ConstantTable {
  /** An AF_/PF_ constant every Linux has; typed with its family name. */
  family<Name extends string>(name: string): FamilyNumber<Name>;
  /** An AF_/PF_ constant a platform may lack. */
  optionalFamily<Name extends string>(name: string): FamilyNumber<Name> | undefined;
  /**
   * A constant every Linux defines (`linux` in constants.def): typed number.
   * Where the platform lacks it, the family is unavailable and the value is
   * undefined at run time.
   */
  linux(name: string): number;
  /** A constant a platform (or an older kernel's headers) may lack. */
  optional(name: string): number | undefined;
}

/** Typed reads of `record` (an addon's constants object); nothing throws at import. */
export function constantTable(record: ConstantRecord): ConstantTable {
  const get = (name: string): number | undefined => (Object.hasOwn(record, name) ? record[name] : undefined);
  return {
    family: <Name extends string>(name: string) => get(name) as FamilyNumber<Name>,
    optionalFamily: <Name extends string>(name: string) => get(name) as FamilyNumber<Name> | undefined,
    linux: (name) => get(name) as number,
    optional: get,
  };
}

/**
 * value -> name for readable output. `names` (for instance a group of the
 * generated `groups`) gives the candidates in order, and the first defined
 * name wins where several share a value; without it, every entry of
 * `record` in its own order. Names the record lacks are skipped.
 */
export function reverseMap(record: ConstantRecord, names?: readonly string[]): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const name of names ?? Object.keys(record)) {
    const value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value !== undefined && !out.has(value)) out.set(value, name);
  }
  return out;
}

/** The name `map` gives `value`, or the number as a string when it has none ('SOCK_STREAM', '99'). */
export function nameOf(map: ReadonlyMap<number, string>, value: number): string {
  if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
  if (map === null || typeof map !== 'object' || types.isProxy(map) || !(map instanceof Map)) throw invalidArgType('map', 'an instance of Map', map);
  return map.get(value) ?? String(value);
}
