/**
 * @sock/core/family — what a family package needs beyond the public API:
 * the addon loader, defineFamily, constant tables, reverse maps, struct and
 * sockaddr codecs. See docs/writing-a-family.md.
 */
export type { FamilyNumber } from '../family-number.js';
export { constantTable, nameOf, reverseMap, type ConstantRecord, type ConstantTable } from './constants.js';
export { ifIndexToName, ifNameToIndex } from './ifreq.js';
export { getFilter, setsockoptFprog } from './filter.js';
export { packTimeval, timevalLayout, unpackTimeval } from './timeval.js';
