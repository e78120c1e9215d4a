/**
 * The live room in the sync engine's documents (Yjs). Two documents per room:
 *
 * - the **room document**, which only the facilitator's client and the server hold: the
 *   questions and their pacing (written by the facilitator), the participants and every
 *   vote (written by the server alone, after checking each one);
 * - the **participants' view**, written by the server alone from the room document and
 *   synced read-only to the phones: no names, no one's vote, a distribution only once
 *   revealed (so "see the result only when the facilitator reveals it" holds even for a
 *   participant who reads the raw document).
 *
 * The readers are tolerant: an entry of the wrong shape reads as absent. Pure (Yjs is
 * plain JavaScript): no network, no storage.
 */
import * as Y from 'yjs';
import type { ParticipantView, QuestionView } from './tally.ts';
import {
  voteSlot,
  type LiveParticipant,
  type LiveQuestion,
  type LiveRoom,
  type LiveVote,
  type Phase,
  type QuestionWords,
  type Round,
} from './state.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const PHASES: readonly Phase[] = ['waiting', 'open', 'closed'];

const roomMap = (doc: Y.Doc) => doc.getMap<unknown>('room');
const questionsMap = (doc: Y.Doc) => doc.getMap<unknown>('questions');
const participantsMap = (doc: Y.Doc) => doc.getMap<unknown>('participants');
const votesMap = (doc: Y.Doc) => doc.getMap<unknown>('votes');

const isText = (v: unknown): v is { en: string; zh: string } =>
  isRecord(v) && typeof v['en'] === 'string' && typeof v['zh'] === 'string';

/** A question's words as written by the facilitator; anything of another shape reads as none. */
export function asWords(raw: unknown): QuestionWords | undefined {
  if (!isRecord(raw) || !isText(raw['element']) || !isText(raw['text']) || !Array.isArray(raw['points'])) {
    return undefined;
  }
  const points = raw['points'].flatMap((p: unknown) =>
    isRecord(p) && Number.isInteger(p['value']) && isText(p['label'])
      ? [
          {
            value: p['value'] as number,
            label: { en: p['label'].en, zh: p['label'].zh },
            ...(typeof p['number'] === 'string' ? { number: p['number'] } : {}),
          },
        ]
      : [],
  );
  return {
    element: { en: raw['element'].en, zh: raw['element'].zh },
    text: { en: raw['text'].en, zh: raw['text'].zh },
    points,
    na: raw['na'] !== false,
  };
}

function asQuestion(id: string, raw: unknown): LiveQuestion | undefined {
  if (!isRecord(raw)) return undefined;
  const { element, scale, phase, round, revealed } = raw;
  if (typeof element !== 'string' || !Array.isArray(scale) || !scale.every((v) => Number.isInteger(v)))
    return undefined;
  if (!PHASES.includes(phase as Phase) || (round !== 1 && round !== 2) || typeof revealed !== 'boolean')
    return undefined;
  const words = asWords(raw['words']);
  const pair = raw['pair'];
  return {
    id,
    element,
    scale: scale as number[],
    phase: phase as Phase,
    round,
    revealed,
    ...(words ? { words } : {}),
    ...(isRecord(pair) && typeof pair['a'] === 'string' && typeof pair['b'] === 'string'
      ? { pair: { a: pair['a'], b: pair['b'] } }
      : {}),
  };
}

function asVote(raw: unknown): LiveVote | undefined {
  if (!isRecord(raw)) return undefined;
  const { participant, question, round, value, id, seq } = raw;
  if (typeof participant !== 'string' || typeof question !== 'string' || typeof id !== 'string') return undefined;
  if ((round !== 1 && round !== 2) || !(value === 'na' || Number.isInteger(value)) || !Number.isInteger(seq)) {
    return undefined;
  }
  return { participant, question, round, value: value as number | 'na', id, seq: seq as number };
}

/** Whether the facilitator has set the room up (a restarted server is not, until the facilitator re-syncs). */
export function isReady(doc: Y.Doc): boolean {
  return typeof roomMap(doc).get('framework') === 'string';
}

export function readQuestion(doc: Y.Doc, id: string): LiveQuestion | undefined {
  return asQuestion(id, questionsMap(doc).get(id));
}

export function readVote(doc: Y.Doc, participant: string, question: string, round: Round): LiveVote | undefined {
  return asVote(votesMap(doc).get(voteSlot(participant, question, round)));
}

export function hasParticipant(doc: Y.Doc, id: string): boolean {
  return participantsMap(doc).has(id);
}

export function participantCount(doc: Y.Doc): number {
  return participantsMap(doc).size;
}

/** The whole room document as plain data. */
export function readRoom(doc: Y.Doc): LiveRoom {
  const room = roomMap(doc);
  const framework = room.get('framework');
  const current = room.get('current');
  const order = room.get('order');
  const questions = (Array.isArray(order) ? order : []).flatMap((id) => {
    const q = typeof id === 'string' ? readQuestion(doc, id) : undefined;
    return q ? [q] : [];
  });
  const participants: LiveParticipant[] = [];
  participantsMap(doc).forEach((raw, id) => {
    const name = isRecord(raw) && typeof raw['name'] === 'string' ? raw['name'] : undefined;
    participants.push(name === undefined ? { id } : { id, name });
  });
  const votes: LiveVote[] = [];
  votesMap(doc).forEach((raw) => {
    const vote = asVote(raw);
    if (vote) votes.push(vote);
  });
  return {
    framework: typeof framework === 'string' ? framework : '',
    anonymous: room.get('anonymous') === true,
    ...(typeof current === 'string' && questions.some((q) => q.id === current) ? { current } : {}),
    questions,
    participants,
    votes,
  };
}

// ——— written by the server ———

export function writeVote(doc: Y.Doc, vote: LiveVote): void {
  votesMap(doc).set(voteSlot(vote.participant, vote.question, vote.round), { ...vote });
}

/** A participant joins (or gives a name); in an anonymous room no name is kept. */
export function writeParticipant(doc: Y.Doc, participant: LiveParticipant): void {
  const anonymous = roomMap(doc).get('anonymous') === true;
  const name = anonymous ? undefined : participant.name;
  const before = participantsMap(doc).get(participant.id);
  const next = name === undefined ? {} : { name };
  if (before !== undefined && JSON.stringify(before) === JSON.stringify(next)) return;
  participantsMap(doc).set(participant.id, next);
}

// ——— written by the facilitator's client ———

export interface RoomSetup {
  framework: string;
  anonymous: boolean;
  questions: Pick<LiveQuestion, 'id' | 'element' | 'scale' | 'words' | 'pair'>[];
}

/** A new room: every question waiting, in the order given. */
export function setUpRoom(doc: Y.Doc, setup: RoomSetup): void {
  doc.transact(() => {
    const room = roomMap(doc);
    room.set('framework', setup.framework);
    room.set('anonymous', setup.anonymous);
    room.set(
      'order',
      setup.questions.map((q) => q.id),
    );
    for (const q of setup.questions) {
      questionsMap(doc).set(q.id, {
        element: q.element,
        scale: [...q.scale],
        phase: 'waiting',
        round: 1,
        revealed: false,
        ...(q.words ? { words: structuredClone(q.words) } : {}),
        ...(q.pair ? { pair: { a: q.pair.a, b: q.pair.b } } : {}),
      });
    }
  });
}

function updateQuestion(doc: Y.Doc, id: string, change: Partial<LiveQuestion>): boolean {
  const q = readQuestion(doc, id);
  if (!q) return false;
  const { element, scale, phase, round, revealed, words, pair } = { ...q, ...change };
  questionsMap(doc).set(id, {
    element,
    scale,
    phase,
    round,
    revealed,
    ...(words ? { words } : {}),
    ...(pair ? { pair } : {}),
  });
  return true;
}

/** Pacing: this question opens and becomes the current one; any other open question closes. */
export function openQuestion(doc: Y.Doc, id: string): boolean {
  if (!readQuestion(doc, id)) return false;
  doc.transact(() => {
    for (const other of readRoom(doc).questions) {
      if (other.id !== id && other.phase === 'open') updateQuestion(doc, other.id, { phase: 'closed' });
    }
    updateQuestion(doc, id, { phase: 'open' });
    roomMap(doc).set('current', id);
  });
  return true;
}

export function closeQuestion(doc: Y.Doc, id: string): boolean {
  return doc.transact(() => updateQuestion(doc, id, { phase: 'closed' }));
}

export function revealQuestion(doc: Y.Doc, id: string, revealed: boolean): boolean {
  return doc.transact(() => updateQuestion(doc, id, { revealed }));
}

/**
 * A second round (Delphi): the question opens again with its first round's distribution
 * shown to the participants, the new round's hidden until revealed; the first round's votes
 * stay as they were.
 */
export function startSecondRound(doc: Y.Doc, id: string): boolean {
  const q = readQuestion(doc, id);
  if (!q || q.round !== 1 || q.phase !== 'closed') return false;
  doc.transact(() => {
    updateQuestion(doc, id, { round: 2, revealed: false });
    openQuestion(doc, id);
  });
  return true;
}

export function setAnonymous(doc: Y.Doc, anonymous: boolean): void {
  roomMap(doc).set('anonymous', anonymous);
}

// ——— the participants' view ———

/**
 * The view lives under the id of the server run that wrote it (its epoch). A restarted
 * server starts a new epoch instead of overwriting the old one: a phone that still holds
 * the previous run's entries (which the new run never had) reads the newest epoch, so a
 * stale value can never win a merge.
 */
export interface ViewWriter {
  write(view: ParticipantView): void;
}

export function viewWriter(doc: Y.Doc, epoch: string, started: number): ViewWriter {
  const written = new Map<string, string>();
  return {
    write(view) {
      const views = doc.getMap<Y.Map<unknown>>('views');
      doc.transact(() => {
        let mine = views.get(epoch);
        if (!(mine instanceof Y.Map)) {
          mine = new Y.Map<unknown>();
          views.set(epoch, mine);
        }
        const entries: [string, unknown][] = [
          ['meta', { started, anonymous: view.anonymous, joined: view.joined, current: view.current ?? null }],
          ['order', view.questions.map((q) => q.id)],
          ...view.questions.map((q): [string, unknown] => [`q:${q.id}`, q]),
        ];
        for (const [key, value] of entries) {
          const text = JSON.stringify(value);
          if (written.get(key) === text) continue;
          written.set(key, text);
          mine.set(key, JSON.parse(text) as unknown);
        }
      });
    },
  };
}

/** The newest epoch's view, as a participant's page reads it; undefined before the first. */
export function readView(doc: Y.Doc): ParticipantView | undefined {
  let best: { started: number; epoch: string; view: Y.Map<unknown> } | undefined;
  doc.getMap<unknown>('views').forEach((view, epoch) => {
    if (!(view instanceof Y.Map)) return;
    const meta = view.get('meta');
    const started = isRecord(meta) && typeof meta['started'] === 'number' ? meta['started'] : -1;
    if (!best || started > best.started || (started === best.started && epoch > best.epoch)) {
      best = { started, epoch, view };
    }
  });
  if (!best) return undefined;
  const { view } = best;
  const meta = view.get('meta');
  const order = view.get('order');
  if (!isRecord(meta)) return undefined;
  return {
    anonymous: meta['anonymous'] === true,
    ...(typeof meta['current'] === 'string' ? { current: meta['current'] } : {}),
    joined: typeof meta['joined'] === 'number' ? meta['joined'] : 0,
    questions: (Array.isArray(order) ? order : []).flatMap((id) => {
      const q = view.get(`q:${String(id)}`);
      return isRecord(q) ? [q as unknown as QuestionView] : [];
    }),
  };
}

// ——— the facilitator's copy ———

/** The whole room document as text (base64 of its Yjs state), for the facilitator's browser to keep. */
export function roomSnapshot(doc: Y.Doc): string {
  const bytes = Y.encodeStateAsUpdate(doc);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Merges a kept snapshot into the room document; false (and nothing changed) when it is not one. */
export function restoreSnapshot(doc: Y.Doc, snapshot: string): boolean {
  try {
    const bytes = Uint8Array.from(atob(snapshot), (c) => c.charCodeAt(0));
    const probe = new Y.Doc();
    Y.applyUpdate(probe, bytes);
    if (!isReady(probe)) return false;
    Y.applyUpdate(doc, bytes);
    return true;
  } catch {
    return false;
  }
}
