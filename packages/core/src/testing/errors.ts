/**
 * What a call threw: for tests that look at the error itself (its class,
 * `code`, `errno`, message) rather than only matching it.
 */

/**
 * Runs `fn` and returns what it threw. Fails (throws an Error) when `fn`
 * returned normally, so a test built on it cannot pass by accident.
 */
export function thrown<E = any>(fn: () => unknown): E {
  try {
    fn();
  } catch (err) {
    return err as E;
  }
  throw new Error('expected a throw, but the call returned');
}

/**
 * Awaits `promise` and returns its rejection reason. Fails (rejects) when
 * it fulfilled.
 */
export async function rejected<E = any>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (err) {
    return err as E;
  }
  throw new Error('expected a rejection, but the promise fulfilled');
}
