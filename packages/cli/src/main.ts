/** `sock COMMAND ...`: dispatch, top-level help, and turning any error into one line and an exit code. */
import { describeError, EXIT } from './errors.js';
import type { Io } from './io.js';
import { COMMANDS } from './commands/index.js';

export const VERSION = '0.0.0';

export const HELP = `usage: sock COMMAND [options] [ADDRESS...]

A socat for every address family of Python's socket module.

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "sock COMMAND --help" for a command's options, and see the README for
the address forms (tcp:HOST:PORT, unix:PATH, can:vcan0, vsock:CID:PORT, ...).

exit status: 0 done, 1 a system call failed, 2 bad command line or address,
3 family not installed or not available (see "sock families"), 4 timed out.
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === '--version' || name === '-V') return io.out(`${VERSION}\n`), EXIT.OK;
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`sock: unknown command ${JSON.stringify(name)} (see sock --help)`);
    return EXIT.USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const { code, message } = describeError(err, '');
    io.err(`sock ${name}: ${message}`);
    return code;
  }
}
