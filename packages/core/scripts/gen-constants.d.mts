/** Types of gen-constants.mjs (sock-gen-constants), for tests and tools that import it. */
export interface DefConstant {
  readonly name: string;
  /** `linux` in constants.def: every Linux defines it (typed number). */
  readonly linux: boolean;
  /** `enum` in constants.def: a bare enumerator, probed by qualified lookup. */
  readonly enumerator: boolean;
}
export interface DefGroup {
  readonly name: string;
  /** `private`: no named exports, only the `groups` list. */
  readonly private: boolean;
  readonly constants: readonly DefConstant[];
}
export interface Def {
  readonly includes: readonly string[];
  readonly groups: readonly DefGroup[];
}
export interface Kit {
  readonly table: string;
  readonly familyNumber: string;
  readonly addon: string;
}
export function parseDef(text: string, file?: string): Def;
export function renderHeader(def: Def): string;
export function renderTs(def: Def, kit: Kit): string;
/** Writes (or with check, only compares) a package's generated files; returns the stale paths. */
export function generate(dir: string, options?: { check?: boolean }): string[];
