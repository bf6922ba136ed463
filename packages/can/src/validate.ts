/** Argument checks @sock/core does not export. */
import { invalidArgType, validateObject as coreObject } from '@sock/core';

export function validateBool(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
  return value;
}

/** A non-null object that is not a Proxy (core's check), typed as a record of its fields. */
export function validateObject(value: unknown, name: string, what = 'an object'): Record<string, unknown> {
  return coreObject<Record<string, unknown>>(value, name, what);
}
