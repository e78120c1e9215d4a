/**
 * The live room's clients on the sync engine's own provider (@hocuspocus/provider), the same
 * in a browser and in Node 22 (both have a WebSocket): the Node tests and the load bench use
 * them now, the facilitator's and participants' pages next.
 *
 * - A participant opens the room's view read-only, says hello (with a name, or none), and
 *   sends votes through the outbox: after each (re)connection the latest votes go again
 *   with their ids, so each counts once.
 * - The facilitator opens the room document with the key and holds the whole room; after
 *   the server restarts, the provider syncs it back into the fresh server.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { helloMessage, voteMessage, voteOutbox, type VoteOutbox } from '../core/live/outbox.ts';
import { parseServerMessage, type Refusal, type ServerMessage } from '../core/live/messages.ts';
import { readView } from '../core/live/room-doc.ts';
import type { LiveValue, LiveVote, Round } from '../core/live/state.ts';
import type { ParticipantView } from '../core/live/tally.ts';

/** Reconnect quickly on a room's own network: from 100 ms, at most 2 s apart. */
const RECONNECT = { delay: 100, minDelay: 100, maxDelay: 2000, factor: 1.5 } as const;
/** How long a sent vote waits for its answer before it goes again. */
const RESEND_MS = 1000;

/** A random id of 128 bits, URL-safe: for participant secrets and vote ids. */
export function randomId(bytes = 16): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...buf))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

export interface ParticipantClient {
  provider: HocuspocusProvider;
  outbox: VoteOutbox;
  /** Resolves when the server has welcomed this participant (rejects when refused at the door). */
  joined: Promise<string>;
  vote(question: string, round: Round, value: LiveValue): LiveVote;
  /** Gives a name, or none (anonymous): said now, and again after every reconnection. */
  rename(name: string | undefined): void;
  /** Whether a vote is still waiting for the server's answer. */
  isPending(id: string): boolean;
  /** Sends any raw text as a stateless message (for the tests' hostile messages). */
  sendRaw(payload: string): void;
  view(): ParticipantView | undefined;
  /** Every server message, in order. */
  messages: ServerMessage[];
  refusals: { vote?: LiveVote; reason: Refusal | string }[];
  onMessage(listener: (message: ServerMessage) => void): void;
  destroy(): void;
}

export interface ParticipantOptions {
  endpoint: string;
  token: string;
  /** The phone's own secret (kept across reloads); a new one makes a new participant. */
  secret: string;
  name?: string;
}

export function joinRoom(options: ParticipantOptions): ParticipantClient {
  let name = options.name;
  const outbox = voteOutbox(() => randomId(12));
  const messages: ServerMessage[] = [];
  const refusals: ParticipantClient['refusals'] = [];
  const listeners: ((message: ServerMessage) => void)[] = [];
  const sentAt = new Map<string, number>();
  let welcomed = false;
  let settle: { resolve: (id: string) => void; reject: (e: Error) => void } | undefined;
  const joined = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  joined.catch(() => undefined);

  const send = (vote: LiveVote) => {
    sentAt.set(vote.id, Date.now());
    provider.sendStateless(voteMessage(vote));
  };
  const flush = (all: boolean) => {
    if (!welcomed || !provider.isAuthenticated) return;
    const now = Date.now();
    for (const vote of outbox.pending()) {
      if (all || now - (sentAt.get(vote.id) ?? 0) >= RESEND_MS) send(vote);
    }
  };

  const provider = new HocuspocusProvider({
    url: options.endpoint,
    name: options.token,
    token: options.secret,
    document: new Y.Doc(),
    ...RECONNECT,
    onAuthenticated() {
      welcomed = false;
      provider.sendStateless(helloMessage(name));
    },
    onAuthenticationFailed({ reason }) {
      refusals.push({ reason });
      settle?.reject(new Error(reason));
    },
    onDisconnect() {
      welcomed = false;
    },
    onStateless({ payload }) {
      const message = parseServerMessage(payload);
      if (!message) return;
      messages.push(message);
      const settled = outbox.receive(message);
      if (message.t === 'welcome') {
        welcomed = true;
        outbox.reconnected();
        flush(true);
        settle?.resolve(message.participant);
      } else if (message.t === 'refused' && (settled?.refused || message.id === undefined)) {
        refusals.push({ ...(settled ? { vote: settled.vote } : {}), reason: message.reason });
      }
      if (settled) sentAt.delete(settled.vote.id);
      for (const listener of listeners) listener(message);
    },
  });
  const timer = setInterval(() => flush(false), RESEND_MS / 2);
  // The view changing is the sign a restored server is ready: retry what it could not take.
  provider.document.on('update', () => flush(false));

  return {
    provider,
    outbox,
    joined,
    vote(question, round, value) {
      const vote = outbox.vote(question, round, value);
      if (welcomed && provider.isAuthenticated) send(vote);
      return vote;
    },
    rename(next) {
      name = next;
      if (provider.isAuthenticated) provider.sendStateless(helloMessage(name));
    },
    isPending: (id) => outbox.pending().some((v) => v.id === id),
    sendRaw: (payload) => provider.sendStateless(payload),
    view: () => readView(provider.document),
    messages,
    refusals,
    onMessage: (listener) => listeners.push(listener),
    destroy() {
      clearInterval(timer);
      provider.destroy();
    },
  };
}

export interface FacilitatorOptions {
  endpoint: string;
  /** The room document's name: `<token>/facilitator`. */
  document: string;
  key: string;
  /** The room as this browser holds it (kept across a server restart). */
  doc?: Y.Doc;
}

export interface FacilitatorClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  destroy(): void;
}

export function facilitate(options: FacilitatorOptions): FacilitatorClient {
  const doc = options.doc ?? new Y.Doc();
  let done: (() => void) | undefined;
  let fail: ((e: Error) => void) | undefined;
  const synced = new Promise<void>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  synced.catch(() => undefined);
  const provider = new HocuspocusProvider({
    url: options.endpoint,
    name: options.document,
    token: options.key,
    document: doc,
    ...RECONNECT,
    onSynced: () => done?.(),
    onAuthenticationFailed: ({ reason }) => fail?.(new Error(reason)),
  });
  return { provider, doc, synced, destroy: () => provider.destroy() };
}
