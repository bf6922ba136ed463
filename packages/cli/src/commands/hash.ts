/** `sock hash ALGO [FILE...]`: digests computed by the kernel (AF_ALG, algif_hash), sha256sum-style. */
import { createReadStream } from 'node:fs';
import { helpText, parseArgs, type FlagSpec } from '../args.js';
import { usage } from '../errors.js';
import { requireFamily } from '../families.js';
import type { Io } from '../io.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'key', short: 'k', value: true, arg: 'HEX', help: "a key, in hex, for keyed hashes ('hmac(sha256)', 'cmac(aes)')" },
  { name: 'json', help: 'print one JSON object per file' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const HELP = helpText(
  'sock hash [options] ALGORITHM [FILE...]',
  "Hashes each FILE (stdin when none, or for -) with the kernel's ALGORITHM over AF_ALG\n('sha256', 'sha3-512', 'crc32c', 'hmac(sha256)' with --key) and prints\n\"DIGEST  FILE\" lines, as sha256sum does.",
  FLAGS,
  'exit status: 0 done, 1 a file or the kernel failed (unknown algorithm: ENOENT), 2 bad command line,\n3 AF_ALG not available (see sock families)',
);

type HashFn = (algorithm: string, data: AsyncIterable<Buffer> | Buffer, options: { key?: Buffer }) => Promise<Buffer>;

export async function hash(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, FLAGS, 'hash');
  if (parsed.flags.has('help')) return io.out(HELP), 0;
  const [algorithm, ...files] = parsed.positional;
  if (algorithm === undefined) throw usage('hash needs an ALGORITHM (sha256, hmac(sha256), ...)');
  const keyText = parsed.flags.get('key');
  let key: Buffer | undefined;
  if (typeof keyText === 'string') {
    if (!/^([0-9a-f]{2})+$/i.test(keyText)) throw usage('--key takes the key as an even number of hex digits');
    key = Buffer.from(keyText, 'hex');
  }
  const { module } = await requireFamily('AF_ALG');
  const digest = module.hash as HashFn;
  for (const file of files.length === 0 ? ['-'] : files) {
    const input = file === '-' ? io.stdin : createReadStream(file);
    const out = await digest(algorithm, input as AsyncIterable<Buffer>, key === undefined ? {} : { key });
    const hex = out.toString('hex');
    io.out(parsed.flags.has('json') ? `${JSON.stringify({ algorithm, file, digest: hex })}\n` : `${hex}  ${file}\n`);
  }
  return 0;
}
