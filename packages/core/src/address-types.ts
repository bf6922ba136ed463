/**
 * The address types of each family, for the type checker only.
 *
 * Core knows no family, so `AddressTypes` starts empty; each family package
 * adds its entry by declaration merging, keyed by its AF_ name:
 *
 * ```ts
 * declare module '@sock/core' {
 *   interface AddressTypes {
 *     AF_CAN: { address: CanAddress; input: CanAddressInput };
 *   }
 * }
 * ```
 *
 * `address` is what the kernel's sockaddr decodes to (getsockname,
 * getpeername, accept, recvfrom, recvmsg); `input` is what encode accepts
 * (bind, connect, connectEx, sendto, sendmsg). A `Socket<'AF_CAN'>` then uses
 * those types. A family without an entry, or a socket whose family is a
 * plain `number`, falls back to `unknown`.
 */
export interface AddressTypes {}

/** An AF_ name that some family has given an entry. */
export type KnownFamilyName = keyof AddressTypes & string;

/** The address a socket of family `F` decodes (`unknown` when `F` has no entry). */
export type AddressOf<F extends string> = F extends keyof AddressTypes
  ? AddressTypes[F] extends { address: infer A } ? A : unknown
  : unknown;

/** The address a socket of family `F` accepts (`unknown` when `F` has no entry). */
export type AddressInputOf<F extends string> = F extends keyof AddressTypes
  ? AddressTypes[F] extends { input: infer I } ? I : unknown
  : unknown;
