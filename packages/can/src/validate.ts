/** Argument checks @sock/core does not export. */
import { invalidArgType } from '@sock/core';

export function validateBool(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
  return value;
}

export function validateObject(value: unknown, name: string, what = 'an object'): Record<string, unknown> {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, what, value);
  return value as Record<string, unknown>;
}
