/**
 * The services and protocols databases (/etc/services, /etc/protocols or
 * NSS): getservbyname, getservbyport, getprotobyname. Synchronous, as in
 * Python; they read local files, not the network.
 */
import { invalidArgType, osError, validateInteger } from '@sock/core';
import { overflowError, valueError } from './errors.js';
import { native } from './native.js';

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
  if (value.includes('\0')) throw valueError(name, value, 'embedded null character');
  return value;
}

function optionalText(value: unknown, name: string): string | null {
  return value === undefined || value === null ? null : text(value, name);
}

/** Wraps `getservbyname(3)`: the port of a service ('http' -> 80). Unknown: OSError('service/proto not found'). */
export function getservbyname(servicename: string, protocolname?: string | null): number {
  const port = native.getservbyname(text(servicename, 'servicename'), optionalText(protocolname, 'protocolname'));
  if (port < 0) throw osError('service/proto not found');
  return port;
}

/** Wraps `getservbyport(3)`: the name of the service on `port`. Unknown: OSError('port/proto not found'). */
export function getservbyport(port: number, protocolname?: string | null): string {
  const p = validateInteger(port, 'port', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (p < 0 || p > 0xffff) throw overflowError('port', '>= 0 && <= 65535', p, 'getservbyport: port must be 0-65535.');
  const name = native.getservbyport(p, optionalText(protocolname, 'protocolname'));
  if (name === null) throw osError('port/proto not found');
  return name;
}

/** Wraps `getprotobyname(3)`: the protocol number ('udp' -> 17). Unknown: OSError('protocol not found'). */
export function getprotobyname(protocolname: string): number {
  const proto = native.getprotobyname(text(protocolname, 'protocolname'));
  if (proto < 0) throw osError('protocol not found');
  return proto;
}
