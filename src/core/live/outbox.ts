/**
 * A participant's votes on the way to the server. A vote stays pending until the server
 * answers for it (applied, duplicate or stale: counted once in every case; or refused for
 * good). After every reconnection the participant's latest vote per question and round is
 * sent again with its own id, the ones already answered too: a vote sent just before the
 * connection dropped then arrives once, never twice, and a vote the old server answered but
 * never passed on before it stopped still reaches the restarted one. A newer vote on the
 * same question and round replaces a pending older one. Pure: the ids come from the caller.
 */
import { RETRYABLE, type Refusal, type ServerMessage } from './messages.ts';
import { voteSlot, type LiveValue, type LiveVote, type Round } from './state.ts';

export interface VoteOutbox {
  /** A new vote: returns it, to send now (when connected). */
  vote(question: string, round: Round, value: LiveValue): LiveVote;
  /** What to send after a (re)connection, oldest first. */
  pending(): LiveVote[];
  /** Reads a server message; returns the vote it settled, if any. */
  receive(message: ServerMessage): { vote: LiveVote; refused?: Refusal } | undefined;
  /** The connection is back: every latest vote is pending again (the server counts each once). */
  reconnected(): void;
  /** The latest vote per question and round, sent or pending: what the page shows as "your answer". */
  mine(): LiveVote[];
  /** The participant's id, once the server said it (welcome). */
  participant(): string | undefined;
}

export function voteOutbox(newId: () => string, participant?: string): VoteOutbox {
  let me = participant;
  let seq = 0;
  const waiting = new Map<string, LiveVote>(); // by vote id, in sending order
  const latest = new Map<string, LiveVote>(); // by slot
  const counted = new Set<string>(); // ids the server has answered for (a later refusal of a resend keeps them)
  const slotOf = (v: LiveVote) => voteSlot(v.participant, v.question, v.round);
  return {
    vote(question, round, value) {
      if (me === undefined) throw new Error('not joined yet: wait for the welcome');
      seq += 1;
      const vote: LiveVote = { participant: me, question, round, value, id: newId(), seq };
      for (const [id, old] of waiting) if (slotOf(old) === slotOf(vote)) waiting.delete(id);
      waiting.set(vote.id, vote);
      latest.set(slotOf(vote), vote);
      return vote;
    },
    pending: () => [...waiting.values()],
    receive(message) {
      if (message.t === 'welcome') {
        me = message.participant;
        // Carry on after the highest counter the room has from us (a reload starts from there).
        for (const v of message.votes) {
          seq = Math.max(seq, v.seq);
          const known = latest.get(slotOf(v));
          counted.add(v.id);
          if (!known || known.seq < v.seq) latest.set(slotOf(v), v);
        }
        return undefined;
      }
      const vote = message.id === undefined ? undefined : waiting.get(message.id);
      if (!vote) return undefined;
      if (message.t === 'refused') {
        if (RETRYABLE.includes(message.reason)) return undefined;
        waiting.delete(vote.id);
        // A resend of a vote already counted, refused now (the question closed meanwhile), still stands.
        if (!counted.has(vote.id) && latest.get(slotOf(vote))?.id === vote.id) latest.delete(slotOf(vote));
        return { vote, refused: message.reason };
      }
      waiting.delete(vote.id);
      counted.add(vote.id);
      return { vote };
    },
    reconnected() {
      for (const vote of latest.values()) waiting.set(vote.id, vote);
    },
    mine: () => [...latest.values()],
    participant: () => me,
  };
}

/** A vote as the message a participant sends. */
export function voteMessage(vote: LiveVote): string {
  return JSON.stringify({ t: 'vote', ...vote });
}

export function helloMessage(name?: string): string {
  return JSON.stringify(name === undefined ? { t: 'hello' } : { t: 'hello', name });
}
