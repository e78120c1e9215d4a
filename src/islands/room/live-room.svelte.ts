/**
 * The facilitator's connection to a live room, for the page's whole life: the room's Yjs
 * document (which holds the whole room, so a stopped server loses nothing this page has and
 * gets it back on reconnection), the provider, and the state the panel shows. It outlives
 * the panel, which comes and goes as engagements are opened and closed. A copy of the room
 * is kept in this browser's localStorage, so a reload (or a crash) while the server is down
 * loses nothing either.
 */
import * as Y from 'yjs';
import { endpointFor, facilitatorDocument, type FacilitatorLink } from '../../core/live/address.ts';
import { isReady, readRoom, restoreSnapshot, roomSnapshot } from '../../core/live/room-doc.ts';
import type { LiveRoom } from '../../core/live/state.ts';
import { facilitate, type FacilitatorClient } from '../../live-client/room-client.ts';

export type LiveStatus = 'connecting' | 'connected' | 'lost' | 'refused';

export class LiveConnection {
  readonly link: FacilitatorLink;
  readonly doc = new Y.Doc();
  status = $state<LiveStatus>('connecting');
  #version = $state(0);
  #client: FacilitatorClient;

  constructor(link: FacilitatorLink, location: { protocol: string; host: string }, store: Storage | null) {
    this.link = link;
    const key = `crmkit:live:facilitator:${link.token}`;
    const kept = store?.getItem(key);
    // A room brought back from the copy had a server: until it answers, it is lost, not new.
    let everConnected = kept ? restoreSnapshot(this.doc, kept) : false;
    let saving: ReturnType<typeof setTimeout> | undefined;
    this.doc.on('update', () => {
      this.#version += 1;
      saving ??= setTimeout(() => {
        saving = undefined;
        try {
          store?.setItem(key, roomSnapshot(this.doc));
        } catch {
          // A full store: the page still holds the room; only a reload without the server would lose it.
        }
      }, 300);
    });
    this.#client = facilitate({
      endpoint: endpointFor(location),
      document: facilitatorDocument(link.token),
      key: link.key,
      doc: this.doc,
    });
    this.#client.provider.on('status', ({ status }: { status: string }) => {
      if (this.status === 'refused') return;
      if (status === 'connected') everConnected = true;
      this.status = status === 'connected' ? 'connected' : everConnected ? 'lost' : 'connecting';
    });
    this.#client.provider.on('authenticationFailed', () => (this.status = 'refused'));
  }

  /** The room as plain data, read again after every change. */
  get room(): LiveRoom {
    void this.#version;
    return readRoom(this.doc);
  }

  get ready(): boolean {
    void this.#version;
    return isReady(this.doc);
  }

  destroy(): void {
    this.#client.destroy();
  }
}
