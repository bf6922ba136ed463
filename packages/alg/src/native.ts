/**
 * The typed surface of the addon (native/alg.cc): constants and struct
 * layouts only. All socket I/O goes through @sock/core.
 */
import { loadAddon, type FieldLayout, type StructLayout } from '@sock/core/family';

export interface AlgLayout {
  /** struct sockaddr_alg; absent where the platform has no <linux/if_alg.h>. */
  readonly sockaddrAlg?: StructLayout<'family' | 'type' | 'feat' | 'mask' | 'name'>;
  /** struct af_alg_iv: `ivlen`, and `iv` where the flexible array of IV bytes starts (size 0). */
  readonly afAlgIv?: Readonly<{ size: number; ivlen: FieldLayout; iv: FieldLayout }>;
}

export interface AlgBinding {
  /** The constants of constants.def this platform defines; a name it lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: AlgLayout;
}

export const addon: AlgBinding = loadAddon<AlgBinding>('@sock/alg', import.meta.url);
