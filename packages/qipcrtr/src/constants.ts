/**
 * AF_QIPCRTR's constants, read from <linux/qrtr.h> by the native shim; each
 * is listed once, in constants.def (constants.generated.ts holds the typed
 * exports). QRTR_TYPE_EXIT, _PING, _NEW_LOOKUP and _DEL_LOOKUP are
 * undefined where the headers predate them.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

/** Every AF_QIPCRTR constant this platform's headers define, by name. */
export const constants: Readonly<Record<string, number>> = Object.freeze({ ...addon.constants });

const typeNames = reverseMap(constants, groups.QRTR_TYPE);

/** 'QRTR_TYPE_NEW_SERVER' for the cmd of a control packet; the number as a string when unknown. */
export function qrtrTypeName(type: number): string {
  return nameOf(typeNames, type);
}
