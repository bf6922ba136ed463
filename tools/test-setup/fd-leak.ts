/**
 * Every test file must leave the process with the fds it found: this setup
 * file snapshots /proc/self/fd before a file's tests and fails the file if
 * any fd opened during it is still open afterwards.
 */
import { readdirSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const hasProc = (() => {
  try {
    readdirSync('/proc/self/fd');
    return true;
  } catch {
    return false;
  }
})();

function openFds(): Map<number, string> {
  const out = new Map<number, string>();
  for (const name of readdirSync('/proc/self/fd')) {
    try {
      out.set(Number(name), readlinkSync(`/proc/self/fd/${name}`));
    } catch {
      // closed between readdir and readlink (the readdir fd itself)
    }
  }
  return out;
}

/** Fds the runtime opens on its own while tests run (epoll, eventfd, inotify, timerfd, anon inodes). */
const runtimeOwned = (target: string): boolean => /^anon_inode:|^\/dev\/(null|urandom|tty)|node_modules|\.vite|vitest/.test(target);

let before: Map<number, string> = new Map();

beforeAll(() => {
  if (hasProc) before = openFds();
});

afterAll(async () => {
  if (!hasProc) return;
  // Give closes queued on the event loop (uv_close callbacks, stream destroys) a turn.
  await new Promise((r) => setTimeout(r, 20));
  const leaked = [...openFds()].filter(([fd, target]) => before.get(fd) !== target && !runtimeOwned(target));
  expect(leaked.map(([fd, t]) => `${fd} -> ${t}`), 'fds opened by this test file and never closed').toEqual([]);
});
