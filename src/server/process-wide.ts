/**
 * One value per server process, whichever bundle asks. Next builds the API routes, the
 * pages, the proxy and instrumentation as separate bundles, and each gets its own copy
 * of a module's state: measured, the catalog was loaded twice, once for the API and once
 * for the pages (about 75 MB of heap each at 100k images).
 *
 * A class from another bundle's copy of a module is not the same class, so nothing asks
 * an error which class it is: errors carry a code (src/domain/errors.ts).
 */
export function processWide<T>(name: string, create: () => T): T {
  const slots = globalThis as typeof globalThis & { [key: symbol]: unknown };
  const key = Symbol.for(`mjpro.${name}`);
  if (!(key in slots)) slots[key] = create();
  return slots[key] as T;
}
