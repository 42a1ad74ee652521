// Caches of what rules derive from one analysed program (its dependency graph, literal texts, schema
// lookups). They are needed only while the rules run; holding them for as long as the model lives
// kept tens of megabytes per large program alive after its report was made (in `review`, two
// programs at once). `forgetDerived` drops them all once an input's checks are done.

export class DerivedCache<K extends object, V> {
  private map = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }

  clear(): void {
    this.map = new WeakMap();
  }
}

const all: DerivedCache<object, unknown>[] = [];

/** A cache that `forgetDerived` empties. */
export function derivedCache<K extends object, V>(): DerivedCache<K, V> {
  const cache = new DerivedCache<K, V>();
  all.push(cache as DerivedCache<object, unknown>);
  return cache;
}

/** Empties every cache made by `derivedCache`. */
export function forgetDerived(): void {
  for (const cache of all) cache.clear();
}

/** `f`, computed once per key until `forgetDerived` (shared between callers: do not change what it returns). */
export function derivedOnce<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const cache = derivedCache<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = f(key);
    cache.set(key, value);
    return value;
  };
}
