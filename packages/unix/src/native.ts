/**
 * The typed surface of @sock/unix's native addon (native/unix.cc). It holds
 * no syscalls: only the AF_UNIX constants and struct layouts as this
 * platform's headers define them. All I/O goes through @sock/core.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Where a field sits in a C struct. */
export interface FieldLayout {
  readonly offset: number;
  readonly size: number;
}

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

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function load(): UnixBinding {
  const require = createRequire(import.meta.url);
  const nodeGypBuild = require('node-gyp-build') as (dir: string) => unknown;
  try {
    return nodeGypBuild(packageRoot) as UnixBinding;
  } catch (cause) {
    throw new Error(
      `@sock/unix: could not load its native addon from ${packageRoot} (looked in prebuilds/ and build/). ` +
        `Build it with \`npm rebuild @sock/unix\` (needs python3, make and a C++ compiler), ` +
        `or set npm_config_build_from_source=true to force a local build.`,
      { cause },
    );
  }
}

export const unixNative: UnixBinding = load();
export const addon = unixNative;
