/**
 * Tests a run leaves out, each with the reason it was measured to fail
 * there: prints every one, and returns the vitest arguments that skip them
 * (a `-t` pattern no left-out test name matches; none when the list is empty).
 * Shared by the runs on other Node releases and under qemu-user.
 *
 * @param {ReadonlyArray<readonly [name: string, why: string, ...rest: unknown[]]>} left
 * @returns {string[]}
 */
export function leftOutFilter(left) {
  for (const [name, why] of left) console.log(`   left out: "${name}": ${why}`);
  if (left.length === 0) return [];
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ['-t', `^(?!.*(${left.map(([name]) => escape(name)).join('|')}))`];
}
