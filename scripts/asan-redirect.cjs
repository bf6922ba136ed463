// Preloaded by scripts/test-asan.mjs (NODE_OPTIONS=--require, so also in
// worker threads and child processes): loads each addon of the tree from its
// AddressSanitizer build instead of <package>/build/Release, and counts loads
// so the run can prove the ASan builds were used.
'use strict';
const { appendFileSync, existsSync } = require('node:fs');
const path = require('node:path');

const asanDir = process.env.SOCK_ASAN_DIR;
const root = process.env.SOCK_ASAN_ROOT;
if (asanDir && root) {
  const dlopen = process.dlopen;
  process.dlopen = function dlopenAsan(module, filename, ...rest) {
    const rel = path.relative(root, filename);
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && rel.includes(`${path.sep}build${path.sep}`)) {
      const swapped = path.join(asanDir, rel);
      if (existsSync(swapped)) {
        const r = dlopen.call(this, module, swapped, ...rest);
        appendFileSync(path.join(asanDir, 'loads.log'), `${rel}\n`);
        return r;
      }
      throw new Error(`test:asan: no ASan build of ${rel} in ${asanDir}`);
    }
    return dlopen.call(this, module, filename, ...rest);
  };
}
