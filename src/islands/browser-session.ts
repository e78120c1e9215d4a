/**
 * The workshop pages' session in this browser: its localStorage and the build's content
 * JSON, the downloads, and the address bar of the room and the presenter: what the one
 * controller in workshop-session.svelte.ts is given by a page.
 */
import { setUpSession } from '../core/workshop/session.ts';
import type { KeyValueStore, Position } from '../core/workshop/storage.ts';
import { saveBlob } from './download.ts';
import type { SessionOptions } from './workshop-session.svelte.ts';

export function browserSession<T>(contentUrl: string): Promise<{ store: KeyValueStore | null; content: T | null }> {
  return setUpSession<T>(
    () => window.localStorage,
    contentUrl,
    (url) => fetch(url),
  );
}

export const download = (name: string, text: string, type: string) => saveBlob(new Blob([text], { type }), name);

/**
 * The address of the room and the presenter names the engagement (`e`), the assessment
 * (`f`) and, in the presenter, the question (`q`, from 1), so a link or a reload opens it.
 */
export function addressBar(withQuestion: boolean): NonNullable<SessionOptions['address']> {
  return {
    read() {
      const params = new URL(window.location.href).searchParams;
      const engagement = params.get('e');
      if (!engagement) return undefined;
      const q = Number(params.get('q') ?? '1');
      return {
        engagement,
        ...(params.get('f') ? { framework: params.get('f') ?? '' } : {}),
        ...(withQuestion && Number.isInteger(q) && q >= 1 ? { step: q - 1 } : {}),
      };
    },
    write(position: Position) {
      const url = new URL(window.location.href);
      for (const key of ['e', 'f', 'q']) url.searchParams.delete(key);
      if (position.engagement) {
        url.searchParams.set('e', position.engagement);
        if (position.framework) url.searchParams.set('f', position.framework);
        if (withQuestion) url.searchParams.set('q', String((position.step ?? 0) + 1));
      }
      history.replaceState(null, '', url);
    },
  };
}
