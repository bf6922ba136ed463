#!/usr/bin/env node
import { processIo } from './io.js';
import { main } from './main.js';

const code = await main(process.argv.slice(2), processIo());
// stdin may still be open (a command that ended before its input did): exit
// once stdout has taken everything written to it.
process.stdout.write('', () => process.exit(code));
