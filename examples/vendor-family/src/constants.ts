/** The constants: the generated named exports, and all of them as one record for the plugin. */
import { addon } from './native.js';

export * from './constants.generated.js';

/** Every constant of constants.def this platform defines, by name. */
export const constants: Readonly<Record<string, number>> = addon.constants;
