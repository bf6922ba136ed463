/**
 * Gating kernel tests. A test that needs something this kernel may lack
 * skips with what it needs in its title; inside the kernel lab
 * (SOCK_KERNEL_LAB=1), where everything must be there, the same gap is an
 * error, so a family that silently stopped being tested is caught.
 *
 *   const can = needsFamily(canPlugin);
 *   it.skipIf(can.skip)(`sends a frame${can.title}`, () => { ... });
 */
import type { FamilyPlugin } from '../registry.js';

export interface Need {
  /** True when the test must skip here. */
  readonly skip: boolean;
  /** '' when nothing is missing, else ' (needs ...)' to append to the test title. */
  readonly title: string;
}

export const inKernelLab = (): boolean => process.env.SOCK_KERNEL_LAB === '1';

/**
 * `missing` is null when the requirement is met, else what is missing in a
 * form a user can act on ('AF_CAN: modprobe vcan'). Throws in the kernel lab.
 */
export function needs(missing: string | null): Need {
  if (missing === null) return { skip: false, title: '' };
  if (inKernelLab()) throw new Error(`the kernel lab must provide everything, but this test needs ${missing}`);
  return { skip: true, title: ` (needs ${missing})` };
}

/** needs() for a whole family: its plugin's available() and unavailableReason(). */
export function needsFamily(plugin: FamilyPlugin): Need {
  return needs(plugin.available() ? null : `${plugin.name}: ${plugin.unavailableReason() ?? 'unavailable'}`);
}

/** needs() for root-only operations (raw sockets, namespaces, sethostname). */
export function needsRoot(what = 'root (CAP_NET_ADMIN/CAP_NET_RAW)'): Need {
  return needs(process.getuid?.() === 0 ? null : what);
}
