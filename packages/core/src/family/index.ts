/**
 * @sock/core/family — what a family package needs beyond the public API:
 * the addon loader, defineFamily, constant tables, reverse maps, struct and
 * sockaddr codecs. See docs/writing-a-family.md.
 */
export type { FamilyNumber } from '../family-number.js';
