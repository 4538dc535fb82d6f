/**
 * Caches that keep selector results referentially stable. zustand (through
 * useSyncExternalStore) needs a selector to return the same object for the same state,
 * and a cache keyed by object identity also makes re-renders cheap: a hover does not
 * re-decode, and two inspectors showing the same value share one decode.
 */

/** Memoise a one-argument function on the identity of its argument. */
export function weakMemo<K extends object, R>(fn: (k: K) => R): (k: K) => R {
  const cache = new WeakMap<K, R>();
  return (k) => {
    if (cache.has(k)) return cache.get(k) as R;
    const r = fn(k);
    cache.set(k, r);
    return r;
  };
}

/**
 * Memoise on an object plus an argument reduced to a string key, keeping at most
 * `limit` keys per object (oldest dropped first).
 */
export function keyedMemo<K extends object, A, R>(
  fn: (k: K, arg: A) => R,
  keyOf: (arg: A) => string,
  limit: number,
): (k: K, arg: A) => R {
  const cache = new WeakMap<K, Map<string, R>>();
  return (k, arg) => {
    let perObject = cache.get(k);
    if (!perObject) cache.set(k, (perObject = new Map()));
    const key = keyOf(arg);
    if (perObject.has(key)) return perObject.get(key) as R;
    const r = fn(k, arg);
    if (perObject.size >= limit) perObject.delete(perObject.keys().next().value as string);
    perObject.set(key, r);
    return r;
  };
}
