/**
 * A participant's phone: what it keeps in the browser (one secret per phone, and per room
 * the name given or "anonymous"), and what it shows from the room's view and its own votes
 * (the current question, the answer it gave in each round). Pure: the store and the ids come
 * from the page.
 */
import type { KeyValueStore } from '../workshop/storage.ts';
import { isSecret } from './address.ts';
import type { LiveValue, LiveVote, Round } from './state.ts';
import type { ParticipantView, QuestionView } from './tally.ts';

const SECRET_KEY = 'crmkit:live:secret';
const roomKey = (token: string) => `crmkit:live:room:${token}`;

type Store = Pick<KeyValueStore, 'getItem' | 'setItem'>;

/**
 * The phone's secret: the one kept, or a new one kept from now on. The server knows the
 * participant by a hash of room and secret, so a reload (same secret) is the same
 * participant and gets their votes back, and two rooms cannot link a phone.
 */
export function phoneSecret(store: Store | null, fresh: () => string): string {
  const kept = store?.getItem(SECRET_KEY) ?? null;
  if (kept !== null && isSecret(kept)) return kept;
  const secret = fresh();
  try {
    store?.setItem(SECRET_KEY, secret);
  } catch {
    // A full or refused store: this page still works, a reload makes a new participant.
  }
  return secret;
}

/** The name this phone gave the room ('' when it chose to stay anonymous); undefined before it chose. */
export function keptName(store: Store | null, token: string): string | undefined {
  const raw = store?.getItem(roomKey(token)) ?? null;
  if (raw === null) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    const name = typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : undefined;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

export function keepName(store: Store | null, token: string, name: string): void {
  try {
    store?.setItem(roomKey(token), JSON.stringify({ name }));
  } catch {
    // As above: only a reload forgets it.
  }
}

export type PhoneScreen =
  | { kind: 'connecting' }
  | { kind: 'waiting'; joined: number }
  | {
      kind: 'question';
      question: QuestionView;
      /** This phone's answer in the question's current round. */
      mine?: LiveValue;
      /** In a second round, this phone's first-round answer. */
      first?: LiveValue;
      /** Whether this phone's current answer still waits for the server. */
      pending: boolean;
    };

function latest(votes: readonly LiveVote[], question: string, round: Round): LiveVote | undefined {
  return votes
    .filter((v) => v.question === question && v.round === round)
    .reduce<LiveVote | undefined>((best, v) => (best === undefined || v.seq > best.seq ? v : best), undefined);
}

/** What the phone shows: the facilitator's current question, or a wait. */
export function phoneScreen(
  view: ParticipantView | undefined,
  mine: readonly LiveVote[],
  isPending: (id: string) => boolean,
): PhoneScreen {
  if (!view) return { kind: 'connecting' };
  const question = view.questions.find((q) => q.id === view.current);
  if (!question || question.phase === 'waiting') return { kind: 'waiting', joined: view.joined };
  const now = latest(mine, question.id, question.round);
  const first = question.round === 2 ? latest(mine, question.id, 1) : undefined;
  return {
    kind: 'question',
    question,
    ...(now ? { mine: now.value } : {}),
    ...(first ? { first: first.value } : {}),
    pending: now ? isPending(now.id) : false,
  };
}
