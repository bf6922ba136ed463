/** Every netlink constant, by C name, and the table they come from. */
export * from './netlink.js';
export * from './rtnetlink.js';
export * from './link.js';
export { constants, constantGroups, constantName, flagNames, messageTypeName, type ConstantMap } from './table.js';
