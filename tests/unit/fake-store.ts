/** An in-memory Web Storage for the storage tests, able to refuse writes as a full quota does. */
import type { KeyValueStore } from '../../src/core/workshop/storage.ts';

/**
 * In-memory Web Storage. `limit` caps the characters of keys plus values like a quota;
 * `refuse` makes chosen writes throw as a full quota does, whatever the size.
 */
export function fakeStore(limit = Infinity) {
  const data = new Map<string, string>();
  const state: { refuse: (key: string) => boolean } = { refuse: () => false };
  const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  const store: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (state.refuse(k)) throw quota();
      const used = [...data].reduce((sum, [key, value]) => sum + (key === k ? 0 : key.length + value.length), 0);
      if (used + k.length + v.length > limit) throw quota();
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return { store, data, state };
}
