/**
 * One value per server process, whichever bundle asks: the one way the server makes its
 * long-lived objects (settings, catalog, store, mail, payments, images, keys, log, the
 * outbox timer). Next builds the API routes, the pages, the proxy and instrumentation as
 * separate bundles, and each gets its own copy of a module's state, so a module-level
 * variable would make one per bundle (the catalog was once loaded twice).
 *
 * A class from another bundle's copy of a module is not the same class, so nothing asks
 * an error which class it is: errors carry a code (src/domain/errors.ts).
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`mjpro.${name}`);
  if (!(key in slots)) {
    slots[key] = create();
    made().add(key);
  }
  return slots[key] as T;
}

const slots = globalThis as typeof globalThis & { [key: symbol]: unknown };
const MADE = Symbol.for("mjpro.process-wide.made");

/** Every slot made, in the process (the list itself is process-wide). */
function made(): Set<symbol> {
  slots[MADE] ??= new Set<symbol>();
  return slots[MADE] as Set<symbol>;
}

/**
 * For tests that load the app again with other settings: the next ask makes these objects
 * (all of them when none is named) anew.
 */
export function forgetProcessWide(...names: string[]): void {
  const keys = names.length > 0 ? names.map((name) => Symbol.for(`mjpro.${name}`)) : [...made()];
  for (const key of keys) {
    delete slots[key];
    made().delete(key);
  }
}

/** For tests: puts their own object in a slot (a logger that records its lines). */
export function replaceProcessWide<T>(name: string, value: T): void {
  const key = Symbol.for(`mjpro.${name}`);
  slots[key] = value;
  made().add(key);
}
