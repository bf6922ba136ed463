// §7.8 ResourceWarning for an unclosed socket (t:1809) and §7.9 the context manager (t:6407).
import { Socket, SOCK_DGRAM, SOCK_STREAM } from '@sock/core';
import { AF_INET } from '@sock/inet';

export const intended = {
  'an exception leaves the with block': 'the thrown value is a JavaScript Error standing for the KeyError the Python side raises',
};

/** Python's `with`: Symbol.dispose on the way out, normal or not (what `using` compiles to). */
function withSocket(s, body) {
  try {
    return body(s);
  } finally {
    s[Symbol.dispose]();
  }
}

export async function run(h) {
  let s;
  withSocket(new Socket(AF_INET, SOCK_STREAM), (x) => {
    s = x;
    h.check('inside with: open', x.fileno() >= 0);
  });
  h.check('after with: closed', s.fileno());
  let s2;
  withSocket(new Socket(AF_INET, SOCK_STREAM), (x) => {
    s2 = x;
    x.close();
  });
  h.check('explicit close inside with, then exit', s2.fileno());
  await h.step('an exception leaves the with block', () =>
    withSocket(new Socket(AF_INET, SOCK_STREAM), (x) => {
      h.check('before the exception: open', x.fileno() >= 0);
      throw new Error('boom');
    }),
  );

  const warnings = [];
  process.on('warning', (w) => warnings.push(w));
  let fd;
  let target;
  (() => {
    const s4 = new Socket(AF_INET, SOCK_DGRAM);
    fd = s4.fileno();
    target = h.fdTarget(fd);
  })();
  for (let i = 0; i < 20 && !warnings.some((w) => w.name === 'ResourceWarning'); i++) {
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 10));
  }
  const resource = warnings.filter((w) => w.name === 'ResourceWarning');
  h.check('ResourceWarning for an unclosed socket', resource.length === 1 && resource[0].message.includes('unclosed'));
  h.check("the collected socket's fd was closed", h.fdTarget(fd) !== target);
}
