/**
 * The typed surface of @sock/unix's native addon (native/unix.cc). It holds
 * no syscalls: only the AF_UNIX constants and struct layouts as this
 * platform's headers define them. All I/O goes through @sock/core.
 */
import { loadAddon, type FieldLayout } from '@sock/core/family';

export type { FieldLayout };

export interface UnixBinding {
  /** AF_UNIX constants from the headers; a name the platform lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: Readonly<{
    /** struct sockaddr_un: its size, sun_family, sun_path, and sun_len where addresses carry a length byte (BSD). */
    sockaddrUn: Readonly<{ size: number; family: FieldLayout; path: FieldLayout; len: FieldLayout | null }>;
    /** True where a sun_path starting with NUL names Linux's abstract namespace. */
    abstractNamespace: boolean;
    /** struct ucred (SCM_CREDENTIALS, SO_PEERCRED), or null where the platform has none. */
    ucred: Readonly<{ size: number; pid: FieldLayout; uid: FieldLayout; gid: FieldLayout }> | null;
    sizeofGid: number;
    sizeofPid: number;
  }>;
}

/** The addon, loaded once at import (see loadAddon in @sock/core/family). */
export const addon: UnixBinding = loadAddon<UnixBinding>('@sock/unix', import.meta.url);
