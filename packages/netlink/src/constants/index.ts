/** Every netlink constant, by C name (constants.def, through src/constants.generated.ts), and the table they come from. */
export * from '../constants.generated.js';
export { constants, constantGroups, constantName, flagNames, messageTypeName, type ConstantMap } from './table.js';
