import { describe, expect, it } from 'vitest';
import { getdefaulttimeout, SOCK_STREAM } from '@sock/core';
import { AF_INET, createConnection, createConnectionSync, createServerSync, getaddrinfoSync } from '@sock/inet';
import { closedPort, rejected, socketTracker, thrown } from './helpers.js';

const track = socketTracker();

function listening(): number {
  const srv = track(createServerSync(['127.0.0.1', 0]));
  return (srv.getsockname() as [string, number])[1];
}

describe("createConnection(address, timeout, sourceAddress): Python's positional form", () => {
  it('takes the timeout second: a number, null (blocking) or undefined (the default timeout)', async () => {
    const port = listening();
    const a = track(await createConnection(['127.0.0.1', port], 2.5));
    expect(a.gettimeout()).toBe(2.5);
    const b = track(createConnectionSync(['127.0.0.1', port], null));
    expect(b.gettimeout()).toBeNull();
    const c = track(await createConnection(['127.0.0.1', port], undefined));
    expect(c.gettimeout()).toBe(getdefaulttimeout());
    const d = track(createConnectionSync(['127.0.0.1', port], 0.75));
    expect(d.gettimeout()).toBe(0.75);
  });

  it('binds the third argument before connecting', async () => {
    const port = listening();
    const a = track(await createConnection(['127.0.0.1', port], undefined, ['127.0.0.2', 0]));
    const [host] = a.getsockname();
    expect(host).toBe('127.0.0.2');
    expect(a.gettimeout()).toBe(getdefaulttimeout());
    const b = track(createConnectionSync(['127.0.0.1', port], 3, ['127.0.0.3', 0]));
    expect(b.getsockname()[0]).toBe('127.0.0.3');
    expect(b.gettimeout()).toBe(3);
    const c = track(createConnectionSync(['127.0.0.1', port], 3, null));
    expect(c.getsockname()[0]).toBe('127.0.0.1');
  });

  it('takes allErrors (Python keyword-only all_errors) in a fourth options argument', async () => {
    const port = closedPort(AF_INET, '127.0.0.1');
    const attempts = getaddrinfoSync(null, port, 0, SOCK_STREAM).length;
    const err = await rejected(createConnection([null, port], 5, null, { allErrors: true }));
    expect(err).toBeInstanceOf(AggregateError);
    expect(err.errors).toHaveLength(attempts);
    const sync = thrown(() => createConnectionSync([null, port], 5, undefined, { allErrors: true }));
    expect(sync).toBeInstanceOf(AggregateError);
    expect(sync.errors).toHaveLength(attempts);
  });

  it('refuses a timeout of the wrong type or range, and options after positional arguments that are not an object', async () => {
    const addr = ['127.0.0.1', 1] as const;
    expect(await rejected(createConnection(addr, '5' as never))).toHaveProperty('code', 'ERR_INVALID_ARG_TYPE');
    expect(thrown(() => createConnectionSync(addr, { timeout: 1 } as never, null))).toHaveProperty('code', 'ERR_INVALID_ARG_TYPE');
    expect(await rejected(createConnection(addr, -1))).toBeInstanceOf(RangeError);
    expect(thrown(() => createConnectionSync(addr, 1, null, 'all' as never))).toHaveProperty('code', 'ERR_INVALID_ARG_TYPE');
  });
});
