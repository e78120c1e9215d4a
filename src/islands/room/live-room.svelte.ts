/**
 * The facilitator's connection to a live room, for the page's whole life: the room's Yjs
 * document (which holds the whole room, so a stopped server loses nothing this page has and
 * gets it back on reconnection), the provider, and the state the panel shows. It outlives
 * the panel, which comes and goes as engagements are opened and closed.
 */
import * as Y from 'yjs';
import { endpointFor, facilitatorDocument, type FacilitatorLink } from '../../core/live/address.ts';
import { isReady, readRoom } from '../../core/live/room-doc.ts';
import type { LiveRoom } from '../../core/live/state.ts';
import { facilitate, type FacilitatorClient } from '../../live-client/room-client.ts';

export type LiveStatus = 'connecting' | 'connected' | 'lost' | 'refused';

export class LiveConnection {
  readonly link: FacilitatorLink;
  readonly doc = new Y.Doc();
  status = $state<LiveStatus>('connecting');
  #version = $state(0);
  #client: FacilitatorClient;

  constructor(link: FacilitatorLink, location: { protocol: string; host: string }) {
    this.link = link;
    this.doc.on('update', () => (this.#version += 1));
    let everConnected = false;
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
