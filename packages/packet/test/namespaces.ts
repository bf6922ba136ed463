import { randomBytes } from 'node:crypto';
import { ip } from './helpers.js';

/**
 * A network namespace of this test run: named after this process, so a
 * later run can remove what a killed one left behind (`sweep`).
 */
export function namespaceName(): string {
  return `sockpkt-${process.pid}-${randomBytes(4).toString('hex')}`;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes namespaces earlier runs left behind when they were killed before their cleanup ran. */
export function sweep(): void {
  for (const line of ip('netns', 'list').split('\n')) {
    const m = /^sockpkt-(\d+)-[0-9a-f]+/.exec(line);
    if (m && !alive(Number(m[1]))) ip('netns', 'del', m[0]);
  }
}

/** Deletes the namespace (and the interfaces in it) if it exists; never throws. */
export function removeNamespace(name: string): void {
  try {
    ip('netns', 'del', name);
  } catch {
    // never created, or already gone
  }
}

/** Creates a namespace with its lo up, removing it again if that fails. */
export function createNamespace(name: string): void {
  sweep();
  try {
    ip('netns', 'add', name);
    ip('-n', name, 'link', 'set', 'lo', 'up');
  } catch (err) {
    removeNamespace(name);
    throw err;
  }
}
