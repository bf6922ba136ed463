/** @sock/cli as a library: run `sock` in-process, and the pieces its commands are made of. */
export { main, HELP } from './main.js';
export { EXIT, CliError } from './errors.js';
export { FAMILIES, requireFamily, type FamilyInfo } from './families.js';
export { familyStatus, type FamilyStatus, type TypeStatus } from './commands/families.js';
export type { Io } from './io.js';
