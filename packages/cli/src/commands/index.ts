/** The commands of `sock`, in the order `sock --help` lists them. */
import type { Io } from '../io.js';
import { families } from './families.js';

export interface Command {
  readonly name: string;
  readonly summary: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}

export const COMMANDS: readonly Command[] = [
  { name: 'families', summary: 'what this machine supports, per family and socket type', run: families },
];
