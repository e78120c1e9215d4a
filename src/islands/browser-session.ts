/** The workshop pages' session in this browser: its localStorage and the build's content JSON. */
import { setUpSession } from '../core/workshop/session.ts';
import type { KeyValueStore } from '../core/workshop/storage.ts';

export function browserSession<T>(contentUrl: string): Promise<{ store: KeyValueStore | null; content: T | null }> {
  return setUpSession<T>(
    () => window.localStorage,
    contentUrl,
    (url) => fetch(url),
  );
}
