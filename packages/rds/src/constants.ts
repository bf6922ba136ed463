/**
 * AF_RDS's constants, read from <linux/rds.h> by the native shim; each is
 * listed once, in constants.def (constants.generated.ts holds the typed
 * exports). Names newer than the platform's headers are undefined.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { groups } from './constants.generated.js';
import { addon } from './native.js';

export * from './constants.generated.js';

/** Every AF_RDS constant this platform's headers define, by name. */
export const constants: Readonly<Record<string, number>> = Object.freeze({ ...addon.constants });

const optionNames = reverseMap(constants, groups.RDS_OPT);
const cmsgNames = reverseMap(constants, groups.RDS_CMSG);
const transportNames = reverseMap(constants, groups.RDS_TRANS.filter((n) => n !== 'RDS_TRANS_IWARP' && n !== 'RDS_TRANS_COUNT'));

/** 'RDS_CANCEL_SENT_TO' for an option of level SOL_RDS; the number as a string when unknown. */
export function rdsOptionName(option: number): string {
  return nameOf(optionNames, option);
}

/** 'RDS_CMSG_CONG_UPDATE' for a control message type of level SOL_RDS; the number as a string when unknown. */
export function rdsCmsgName(type: number): string {
  return nameOf(cmsgNames, type);
}

/** 'RDS_TRANS_TCP' for a value of SO_RDS_TRANSPORT; the number as a string when unknown. */
export function rdsTransportName(transport: number): string {
  return nameOf(transportNames, transport);
}
