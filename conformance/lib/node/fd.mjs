/**
 * Reads an fd's flags the way the Python scenarios do with fcntl/os, through
 * core's addon (a test's view of the fd, not part of the API being compared).
 */
import { loadAddon } from '@sock/core/family';

const native = loadAddon('@sock/core', import.meta.resolve('@sock/core'));

/** O_NONBLOCK of `fd` as a boolean (Python: fcntl(fd, F_GETFL) & O_NONBLOCK). */
export function isNonblocking(fd) {
  const r = native.getNonblocking(fd);
  if (r < 0) throw new Error(`fcntl(${fd}) failed: errno ${-r}`);
  return r === 1;
}

/** FD_CLOEXEC cleared (Python: os.get_inheritable(fd)). */
export function isInheritable(fd) {
  const r = native.getInheritable(fd);
  if (r < 0) throw new Error(`fcntl(${fd}) failed: errno ${-r}`);
  return r === 1;
}
