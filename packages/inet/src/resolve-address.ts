/**
 * An inet address with its host resolved off the event loop, so that the
 * sync Socket methods (bind) can take it without blocking: the canonical
 * numeric tuple of what encodeAsync produced. Other families' addresses are
 * returned unchanged (their codecs never block).
 */
import type { Address } from '@sock/core';
import { decodeInet, encodeInetAsync } from './address.js';
import { AF_INET, AF_INET6 } from './constants.js';

export async function resolveAddress(address: Address, family: number, caller: string): Promise<Address> {
  if (family !== AF_INET && family !== AF_INET6) return address;
  return decodeInet(await encodeInetAsync(address, family, { caller }), family);
}
