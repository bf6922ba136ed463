/**
 * @sock/core — Python's socket object for Node.js. Family packages
 * (@sock/inet, @sock/unix, @sock/can, ...) register their address families
 * here; this package holds the Socket, its timeout modes, the errors and the
 * functions of Python's socket module that belong to no family.
 */
export { Socket, socket, socketFromNewFd, validateSocket, type Address, type OpOptions, type RecvmsgResult, type RecvmsgIntoResult } from './socket.js';
export { SocketStream, type MakefileOptions } from './stream.js';
export type { SendfileSource } from './ops/sendfile.js';
export { RECVMMSG_MAX, type RecvmmsgOptions, type RecvmmsgResult } from './ops/batch.js';
export { SENDMMSG_MAX, type SendmmsgItem, type SendmmsgOptions } from './ops/batch-send.js';
export * from './constants.js';
export {
  OSError,
  OSError as error,
  BlockingIOError,
  ChildProcessError,
  ConnectionError,
  BrokenPipeError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  PermissionError,
  ProcessLookupError,
  TimeoutError,
  TimeoutError as timeout,
  gaierror,
  herror,
  fromErrno,
  osError,
  errnoName,
  errno,
  invalidArgType,
  invalidArgValue,
  outOfRange,
} from './errors.js';
export { getdefaulttimeout, setdefaulttimeout, parseTimeout } from './timeout.js';
export { CMSG_LEN, CMSG_SPACE, ancillaryItems, encodeAncillary, decodeAncillary, fdsOf, packFds, type AncillaryItem, type AncillaryInput } from './cmsg.js';
export { close, fromfd, ifNameindex, ifNametoindex, ifIndextoname } from './functions.js';
export {
  registerFamily,
  unregisterFamily,
  lookupFamily,
  requireFamily,
  registeredFamilies,
  decodeUnknown,
  familyName,
  type FamilyPlugin,
  type AddressContext,
} from './registry.js';
export { toBytes, boundedItems, isDetached, validateArray, validateObject, validateInteger, validateInt32, validateUint32, validateSignal, validateSize } from './validate.js';
export type { FamilyNumber } from './family-number.js';
export type { AddressTypes, AddressOf, AddressInputOf, KnownFamilyName } from './address-types.js';
export { AddressFamily, SocketKind, type AddressFamilyEnum, type SocketKindEnum } from './enums.js';
