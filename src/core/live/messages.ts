/**
 * The live room's messages between a participant and the server (stateless messages of the
 * sync engine, JSON text), and the check of every message a participant sends: its size,
 * its shape and types, that a vote is the sender's own, for a question the room has, on
 * that question's scale, in the round that is open. Each refusal has a reason code; the
 * pages put it into words. Pure.
 */
import { applyDecision, type ApplyResult, type LiveQuestion, type LiveVote, type Round } from './state.ts';

export const MESSAGE_LIMITS = {
  /** Longest message a participant may send, in UTF-8 bytes. */
  bytes: 1024,
  /** A vote id or question id, in characters. */
  id: 64,
  /** A participant's name, in characters (code points), after trimming. */
  name: 80,
  /** The participant's counter. */
  seq: 2 ** 31 - 1,
};

export type Refusal =
  | 'too-large'
  | 'not-json'
  | 'bad-shape'
  | 'unknown-type'
  | 'bad-name'
  | 'other-participant'
  | 'not-ready'
  | 'unknown-question'
  | 'not-open'
  | 'wrong-round'
  | 'off-scale'
  | 'rate-limited';

/** Refusals that may pass later unchanged (the room is being restored; the sender went too fast): keep and resend. */
export const RETRYABLE: readonly Refusal[] = ['not-ready', 'rate-limited'];

export type ParticipantMessage = { t: 'hello'; name?: string } | { t: 'vote'; vote: LiveVote };

export type ServerMessage =
  | { t: 'welcome'; participant: string; name?: string; votes: LiveVote[] }
  | { t: 'ack'; id: string; result: ApplyResult }
  | { t: 'refused'; reason: Refusal; id?: string };

const ID = /^[A-Za-z0-9_-]+$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= MESSAGE_LIMITS.id;
const isVoteId = (v: unknown): v is string => isId(v) && v.length >= 8 && ID.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));
// Control and format characters (bidi overrides, zero-width) have no place in a name on screen.
const HIDDEN = /[\p{Cc}\p{Cf}]/u;

/** A participant's name as kept, or undefined when it cannot be one. Empty means "stay anonymous". */
export function cleanName(raw: string): string | undefined {
  const name = raw.normalize('NFC').trim();
  if (HIDDEN.test(name) || [...name].length > MESSAGE_LIMITS.name) return undefined;
  return name;
}

type Parsed = { ok: true; message: ParticipantMessage } | { ok: false; reason: Refusal; id?: string };

/**
 * A participant's message, read and checked for shape. `participant` is the id the server
 * gave this connection: a vote for anyone else is refused here, whatever else it says.
 */
export function parseParticipantMessage(payload: string, participant: string): Parsed {
  if (payload.length > MESSAGE_LIMITS.bytes || new TextEncoder().encode(payload).length > MESSAGE_LIMITS.bytes) {
    return { ok: false, reason: 'too-large' };
  }
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(data)) return { ok: false, reason: 'bad-shape' };
  if (data['t'] === 'hello') {
    if (!onlyKeys(data, ['t', 'name'])) return { ok: false, reason: 'bad-shape' };
    const raw = data['name'];
    if (raw === undefined) return { ok: true, message: { t: 'hello' } };
    if (typeof raw !== 'string') return { ok: false, reason: 'bad-shape' };
    const name = cleanName(raw);
    if (name === undefined) return { ok: false, reason: 'bad-name' };
    return { ok: true, message: name === '' ? { t: 'hello' } : { t: 'hello', name } };
  }
  if (data['t'] !== 'vote') return { ok: false, reason: 'unknown-type' };
  const id = isVoteId(data['id']) ? data['id'] : undefined;
  const refuse = (reason: Refusal): Parsed => ({ ok: false, reason, ...(id === undefined ? {} : { id }) });
  const { question, round, value, seq } = data;
  if (
    id === undefined ||
    !onlyKeys(data, ['t', 'id', 'participant', 'question', 'round', 'value', 'seq']) ||
    typeof data['participant'] !== 'string' ||
    !isId(question) ||
    (round !== 1 && round !== 2) ||
    !(value === 'na' || Number.isInteger(value)) ||
    !Number.isInteger(seq) ||
    (seq as number) < 0 ||
    (seq as number) > MESSAGE_LIMITS.seq
  ) {
    return refuse('bad-shape');
  }
  if (data['participant'] !== participant) return refuse('other-participant');
  return {
    ok: true,
    message: {
      t: 'vote',
      vote: { participant, question, round: round as Round, value: value as number | 'na', id, seq: seq as number },
    },
  };
}

/**
 * Whether a well-formed vote may be counted now: the room is set up (`ready`; while the
 * server is being restored from the facilitator it is not), the question exists, is open,
 * in this round, and the value is on its scale, or "not applicable" where the scale offers it.
 */
export function checkVote(vote: LiveVote, question: LiveQuestion | undefined, ready: boolean): Refusal | undefined {
  if (!question) return ready ? 'unknown-question' : 'not-ready';
  if (question.phase !== 'open') return 'not-open';
  if (vote.round !== question.round) return 'wrong-round';
  if (vote.value === 'na' ? question.words?.na === false : !question.scale.includes(vote.value)) return 'off-scale';
  return undefined;
}

/** What the server does with a parsed vote: refuse it, or apply it (or not) and say so. */
export function judgeVote(
  vote: LiveVote,
  question: LiveQuestion | undefined,
  existing: LiveVote | undefined,
  ready: boolean,
): { refused: Refusal } | { result: ApplyResult } {
  const refused = checkVote(vote, question, ready);
  return refused ? { refused } : { result: applyDecision(existing, vote) };
}

/** A server message as a participant's client reads it; anything else is undefined. */
export function parseServerMessage(payload: string): ServerMessage | undefined {
  try {
    const data: unknown = JSON.parse(payload);
    if (!isRecord(data) || typeof data['t'] !== 'string') return undefined;
    if (data['t'] === 'ack' && typeof data['id'] === 'string') return data as ServerMessage;
    if (data['t'] === 'refused' && typeof data['reason'] === 'string') return data as ServerMessage;
    if (data['t'] === 'welcome' && typeof data['participant'] === 'string' && Array.isArray(data['votes'])) {
      return data as ServerMessage;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
