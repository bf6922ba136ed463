/** The commands of `sock`, in the order `sock --help` lists them. */
import type { Io } from '../io.js';
import { families } from './families.js';
import { hash } from './hash.js';
import { connect, listen, recv, relay, send } from './transfers.js';

export interface Command {
  readonly name: string;
  readonly summary: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}

export const COMMANDS: readonly Command[] = [
  { name: 'families', summary: 'what this machine supports, per family and socket type', run: families },
  { name: 'connect', summary: 'connect to an address and join it with stdin/stdout', run: connect },
  { name: 'listen', summary: 'listen on an address and join a connection with stdin/stdout (--fork: every one)', run: listen },
  { name: 'send', summary: 'send stdin to an address, message by message', run: send },
  { name: 'recv', summary: 'receive on an address and write what arrives to stdout', run: recv },
  { name: 'relay', summary: 'join two addresses both ways (socat-style)', run: relay },
  { name: 'hash', summary: "hash files with the kernel's crypto API (AF_ALG)", run: hash },
];
