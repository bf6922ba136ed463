/** The constants the native shim read from the headers, and the lookup the typed exports use. */
import { packetNative } from './native.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every constant this package read from the headers, by name. */
export const constants: ConstantMap = Object.freeze({ ...packetNative.constants });

/** A constant every Linux with AF_PACKET defines; its absence means the platform has no AF_PACKET at all. */
export function pick(name: string): number {
  const v = constants[name];
  if (v === undefined) throw new Error(`@sock/packet: this platform's headers define no ${name} (AF_PACKET is Linux-only)`);
  return v;
}
