/**
 * The live room's model, without a network: the documents, every check on a participant's
 * message, the outbox that makes a resend count once, the tally per question and round, the
 * participants' view, and a closed question recorded as the engagement's `room` evidence
 * that `crmkit validate` accepts.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { run } from '../../src/cli/main.ts';
import { checkVote, judgeVote, MESSAGE_LIMITS, parseParticipantMessage } from '../../src/core/live/messages.ts';
import { voteOutbox } from '../../src/core/live/outbox.ts';
import {
  closeQuestion,
  openQuestion,
  readRoom,
  readView,
  restoreSnapshot,
  revealQuestion,
  roomSnapshot,
  setUpRoom,
  startSecondRound,
  viewWriter,
  writeParticipant,
  writeVote,
} from '../../src/core/live/room-doc.ts';
import { applyDecision, type LiveQuestion, type LiveVote } from '../../src/core/live/state.ts';
import {
  byDisagreement,
  convergence,
  frameworkQuestions,
  participantView,
  recordLive,
  tally,
} from '../../src/core/live/tally.ts';
import { engagementToYaml } from '../../src/core/workshop/import-export.ts';
import { sample, shippedFramework } from './assess-helpers.ts';

const open: LiveQuestion = { id: 'q', element: 'e', scale: [1, 2, 3, 4, 5], phase: 'open', round: 1, revealed: false };
const vote = (over: Partial<LiveVote> = {}): LiveVote => ({
  participant: 'me',
  question: 'q',
  round: 1,
  value: 3,
  id: 'vote-0001',
  seq: 1,
  ...over,
});
const message = (v: Record<string, unknown>) => JSON.stringify({ t: 'vote', ...vote(), ...v });

describe('a participant’s message is checked before anything counts', () => {
  test('a well-formed vote of one’s own passes', () => {
    expect(parseParticipantMessage(message({}), 'me')).toEqual({ ok: true, message: { t: 'vote', vote: vote() } });
    expect(checkVote(vote(), open, true)).toBeUndefined();
    expect(checkVote(vote({ value: 'na' }), open, true)).toBeUndefined();
  });

  test.each([
    ['too large', 'x'.repeat(MESSAGE_LIMITS.bytes + 1), 'too-large'],
    [
      'too large in UTF-8 (a third as many characters)',
      JSON.stringify({ t: 'hello', name: '名'.repeat(400) }),
      'too-large',
    ],
    ['not JSON', '{"t":"vote",', 'not-json'],
    ['an array', '[1,2]', 'bad-shape'],
    ['null', 'null', 'bad-shape'],
    ['an unknown type', '{"t":"admin","reveal":true}', 'unknown-type'],
    ['a value as text', message({ value: '3' }), 'bad-shape'],
    ['a fractional value', message({ value: 2.5 }), 'bad-shape'],
    ['round 3', message({ round: 3 }), 'bad-shape'],
    ['a round as text', message({ round: '1' }), 'bad-shape'],
    ['no id', message({ id: undefined }), 'bad-shape'],
    ['a short id', message({ id: 'x' }), 'bad-shape'],
    ['an id with markup', message({ id: '<img src=x onerror=alert(1)>' }), 'bad-shape'],
    ['a negative counter', message({ seq: -1 }), 'bad-shape'],
    ['a huge counter', message({ seq: 2 ** 40 }), 'bad-shape'],
    ['an extra field', message({ weight: 100 }), 'bad-shape'],
    ['a question id that is an object', message({ question: { $gt: '' } }), 'bad-shape'],
    ['a vote for another participant', message({ participant: 'someone-else' }), 'other-participant'],
    ['a name with a bidi override', JSON.stringify({ t: 'hello', name: 'Anna\u202Egnp.exe' }), 'bad-name'],
    ['a name too long', JSON.stringify({ t: 'hello', name: 'a'.repeat(81) }), 'bad-name'],
    ['a name that is a number', JSON.stringify({ t: 'hello', name: 42 }), 'bad-shape'],
  ])('%s is refused (%#)', (_, payload, reason) => {
    const parsed = parseParticipantMessage(payload, 'me');
    expect(parsed.ok ? 'accepted' : parsed.reason).toBe(reason);
  });

  test('a refusal of a vote names the vote when its id could be read', () => {
    expect(parseParticipantMessage(message({ participant: 'other' }), 'me')).toEqual({
      ok: false,
      reason: 'other-participant',
      id: 'vote-0001',
    });
  });

  test('names: trimmed, NFC, empty means anonymous; hostile text is kept as text', () => {
    expect(parseParticipantMessage(JSON.stringify({ t: 'hello', name: '  李 雷 ' }), 'me')).toEqual({
      ok: true,
      message: { t: 'hello', name: '李 雷' },
    });
    expect(parseParticipantMessage(JSON.stringify({ t: 'hello', name: '   ' }), 'me')).toEqual({
      ok: true,
      message: { t: 'hello' },
    });
    const script = '<script>alert(1)</script>';
    expect(parseParticipantMessage(JSON.stringify({ t: 'hello', name: script }), 'me')).toEqual({
      ok: true,
      message: { t: 'hello', name: script },
    });
  });

  test.each([
    ['the room is not set up yet (a restarted server)', vote(), undefined, false, 'not-ready'],
    ['an unknown question', vote({ question: 'nope' }), undefined, true, 'unknown-question'],
    ['a question still waiting', vote(), { ...open, phase: 'waiting' }, true, 'not-open'],
    ['a closed question', vote(), { ...open, phase: 'closed' }, true, 'not-open'],
    ['the first round once the second is open', vote(), { ...open, round: 2 }, true, 'wrong-round'],
    ['the second round before it opens', vote({ round: 2 }), open, true, 'wrong-round'],
    ['a value off the scale', vote({ value: 6 }), open, true, 'off-scale'],
    ['zero on a 1–5 scale', vote({ value: 0 }), open, true, 'off-scale'],
  ] as const)('%s is refused', (_, v, question, ready, reason) => {
    expect(checkVote(v, question, ready)).toBe(reason);
  });

  test('a vote counts once: the same id again is a duplicate, an older one arriving late is stale', () => {
    const first = vote();
    expect(applyDecision(undefined, first)).toBe('applied');
    expect(applyDecision(first, first)).toBe('duplicate');
    expect(applyDecision(first, vote({ id: 'vote-0002', seq: 2, value: 4 }))).toBe('applied');
    expect(applyDecision(vote({ id: 'vote-0002', seq: 2 }), first)).toBe('stale');
    expect(judgeVote(first, open, first, true)).toEqual({ result: 'duplicate' });
  });
});

describe('the outbox', () => {
  let n = 0;
  const ids = () => `id-${String(++n).padStart(6, '0')}`;

  test('pending until answered; a reconnection sends the latest votes again with their ids', () => {
    const box = voteOutbox(ids, 'me');
    const a = box.vote('q1', 1, 2);
    const b = box.vote('q1', 1, 4); // replaces a, which was never answered
    const c = box.vote('q2', 1, 'na');
    expect(box.pending()).toEqual([b, c]);
    expect(b.seq).toBeGreaterThan(a.seq);
    box.receive({ t: 'ack', id: b.id, result: 'applied' });
    box.receive({ t: 'refused', id: c.id, reason: 'rate-limited' }); // retryable: kept
    expect(box.pending()).toEqual([c]);
    box.reconnected();
    expect(box.pending().map((v) => v.id)).toEqual([c.id, b.id]);
    expect(box.mine()).toEqual([b, c]);
  });

  test('a final refusal drops the vote; after a reload the welcome gives the votes and the counter back', () => {
    const box = voteOutbox(ids, 'me');
    const v = box.vote('q', 1, 9);
    expect(box.receive({ t: 'refused', id: v.id, reason: 'off-scale' })).toEqual({ vote: v, refused: 'off-scale' });
    expect(box.pending()).toEqual([]);
    expect(box.mine()).toEqual([]);

    const reloaded = voteOutbox(ids);
    expect(() => reloaded.vote('q', 1, 3)).toThrow();
    reloaded.receive({ t: 'welcome', participant: 'me', votes: [vote({ seq: 7 })] });
    expect(reloaded.mine()).toEqual([vote({ seq: 7 })]);
    expect(reloaded.vote('q', 1, 4).seq).toBe(8);
  });
});

describe('the room document and the participants’ view', () => {
  function room() {
    const doc = new Y.Doc();
    setUpRoom(doc, {
      framework: 'fw',
      anonymous: false,
      questions: [
        { id: 'q1', element: 'e', scale: [1, 2, 3, 4, 5] },
        { id: 'q2', element: 'e', scale: [1, 2, 3, 4, 5] },
      ],
    });
    return doc;
  }

  test('pacing: opening a question closes the other open one and makes it current', () => {
    const doc = room();
    expect(readRoom(doc).questions.map((q) => q.phase)).toEqual(['waiting', 'waiting']);
    openQuestion(doc, 'q1');
    openQuestion(doc, 'q2');
    const r = readRoom(doc);
    expect(r.current).toBe('q2');
    expect(r.questions.map((q) => q.phase)).toEqual(['closed', 'open']);
    expect(openQuestion(doc, 'nope')).toBe(false);
    expect(startSecondRound(doc, 'q2')).toBe(false); // still open
  });

  test('the view hides names and votes, and the distribution until revealed; the second round shows the first', () => {
    const doc = room();
    openQuestion(doc, 'q1');
    writeParticipant(doc, { id: 'a', name: 'Anna' });
    writeParticipant(doc, { id: 'b' });
    writeVote(doc, vote({ participant: 'a', question: 'q1', value: 1 }));
    writeVote(doc, vote({ participant: 'b', question: 'q1', value: 5, id: 'vote-0002' }));
    let view = participantView(readRoom(doc));
    expect(JSON.stringify(view)).not.toContain('Anna');
    expect(view.questions[0]).toMatchObject({ answered: 2, revealed: false });
    expect(view.questions[0]?.result).toBeUndefined();

    revealQuestion(doc, 'q1', true);
    view = participantView(readRoom(doc));
    expect(view.questions[0]?.result).toMatchObject({ votes: 2, spread: 4, consensus: 0 });

    closeQuestion(doc, 'q1');
    expect(startSecondRound(doc, 'q1')).toBe(true);
    writeVote(doc, vote({ participant: 'a', question: 'q1', round: 2, value: 4, id: 'vote-0003', seq: 2 }));
    writeVote(doc, vote({ participant: 'b', question: 'q1', round: 2, value: 4, id: 'vote-0004', seq: 2 }));
    const r = readRoom(doc);
    view = participantView(r);
    expect(view.questions[0]).toMatchObject({ round: 2, revealed: false, answered: 2, phase: 'open' });
    expect(view.questions[0]?.firstRound).toMatchObject({ votes: 2, consensus: 0 });
    const q1 = r.questions[0];
    if (!q1) throw new Error('no q1');
    expect(convergence(r, q1)).toMatchObject({ first: { consensus: 0 }, second: { consensus: 1 }, change: 1 });
  });

  test('the view written by one server run is read back; a later run’s view wins over stale entries', () => {
    const doc = room();
    openQuestion(doc, 'q1');
    const phone = new Y.Doc();
    const older = new Y.Doc();
    viewWriter(older, 'run-one', 1000).write(participantView(readRoom(doc)));
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(older));
    expect(readView(phone)?.current).toBe('q1');

    // The server restarts (a new document, a new epoch) and the room has moved on.
    openQuestion(doc, 'q2');
    const newer = new Y.Doc();
    viewWriter(newer, 'run-two', 2000).write(participantView(readRoom(doc)));
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(newer));
    expect(readView(phone)?.current).toBe('q2');
  });

  test('entries of the wrong shape read as absent', () => {
    const doc = room();
    doc.getMap('questions').set('q1', { element: 'e', scale: 'all', phase: 'open', round: 1, revealed: false });
    doc.getMap('votes').set('x', { participant: 'a', value: 'lots' });
    const r = readRoom(doc);
    expect(r.questions.map((q) => q.id)).toEqual(['q2']);
    expect(r.votes).toEqual([]);
  });

  test('an anonymous room keeps no names', () => {
    const doc = room();
    doc.getMap('room').set('anonymous', true);
    writeParticipant(doc, { id: 'a', name: 'Anna' });
    expect(readRoom(doc).participants).toEqual([{ id: 'a' }]);
  });

  test('questions by disagreement: lowest consensus first, unvoted last', () => {
    const doc = room();
    openQuestion(doc, 'q1');
    writeVote(doc, vote({ participant: 'a', question: 'q1', value: 3 }));
    openQuestion(doc, 'q2');
    writeVote(doc, vote({ participant: 'a', question: 'q2', value: 1 }));
    writeVote(doc, vote({ participant: 'b', question: 'q2', value: 5 }));
    expect(byDisagreement(readRoom(doc)).map((q) => q.id)).toEqual(['q2', 'q1']);
  });
});

describe('tally', () => {
  test('by hand: distribution, na apart, mean, median, spread, consensus', () => {
    expect(tally([1, 2, 3, 4, 5], [2, 2, 2, 5, 'na'])).toEqual({
      votes: 5,
      na: 1,
      counts: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 2 ? 3 : value === 5 ? 1 : 0 })),
      mean: 2.75,
      median: 2,
      spread: 3,
      consensus: expect.closeTo(0.4772, 4) as number,
    });
    expect(tally([1, 2, 3], ['na'])).toEqual({
      votes: 1,
      na: 1,
      counts: [1, 2, 3].map((value) => ({ value, count: 0 })),
    });
  });

  test('the same whatever the order of the voters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(1, 2, 3, 4, 5, 'na' as const), { maxLength: 40 }), (values) => {
        expect(tally([1, 2, 3, 4, 5], [...values].reverse())).toEqual(tally([1, 2, 3, 4, 5], values));
      }),
    );
  });
});

describe('a closed question becomes the engagement’s agreed answer with the votes as evidence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crmkit-live-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const framework = shippedFramework('mckinsey-7s');
  const questions = frameworkQuestions(framework);
  const firstQuestion = () => {
    const q = questions[0];
    if (!q) throw new Error('7-S has no questions');
    return q;
  };
  const first = firstQuestion();

  function votedRoom(anonymous: boolean) {
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: framework.id, anonymous, questions });
    openQuestion(doc, first.id);
    writeParticipant(doc, { id: 'a', name: 'Anna <b>' });
    writeParticipant(doc, { id: 'b' });
    writeParticipant(doc, { id: 'c', name: '李雷' });
    const values = [2, 4, 'na'] as const;
    ['a', 'b', 'c'].forEach((p, i) =>
      writeVote(doc, vote({ participant: p, question: first.id, value: values[i] ?? 3, id: `vote-000${i}` })),
    );
    return doc;
  }

  test('not before the question is closed', () => {
    const doc = votedRoom(false);
    const r = recordLive(sample('sony-china-after-sales'), framework, readRoom(doc), first.id, 3, '2026-05-01');
    expect(r).toEqual({ ok: false, reason: 'not-closed' });
  });

  test.each([false, true])('anonymous %s: the export passes crmkit validate and carries the votes', (anonymous) => {
    const doc = votedRoom(anonymous);
    closeQuestion(doc, first.id);
    // A copy of the sample under its own id (the sample's id is taken by the shipped file).
    const engagement = { ...sample('sony-china-after-sales'), id: 'sony-live-room' };
    const r = recordLive(engagement, framework, readRoom(doc), first.id, 3, '2026-05-01');
    if (!r.ok) throw new Error(r.reason);
    const answer = r.engagement.answers?.[framework.id]?.[first.id];
    expect(answer?.value).toBe(3);
    expect(answer?.room).toEqual({
      date: '2026-05-01',
      votes: anonymous
        ? [{ value: 2 }, { value: 4 }, { value: 'na' }]
        : [{ participant: 'Anna <b>', value: 2 }, { value: 4 }, { participant: '李雷', value: 'na' }],
      mean: 3,
      median: 3,
      spread: 2,
    });
    const file = join(dir, `live-${String(anonymous)}.yaml`);
    writeFileSync(file, engagementToYaml(r.engagement));
    const validated = run(['validate', file]);
    expect(validated.stdout).toContain('no problems');
    expect(validated.exitCode).toBe(0);
  });
});

describe('the facilitator’s copy of the room', () => {
  test('a snapshot brings the whole room back into a new document; anything else changes nothing', () => {
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: 'f', anonymous: true, questions: [{ id: 'q', element: 'e', scale: [1, 2, 3] }] });
    openQuestion(doc, 'q');
    writeVote(doc, { participant: 'p', question: 'q', round: 1, value: 2, id: 'vote-0001', seq: 1 });
    const copy = new Y.Doc();
    expect(restoreSnapshot(copy, roomSnapshot(doc))).toBe(true);
    expect(readRoom(copy)).toEqual(readRoom(doc));
    const empty = new Y.Doc();
    expect(restoreSnapshot(empty, 'not base64 at all!')).toBe(false);
    expect(restoreSnapshot(empty, roomSnapshot(new Y.Doc()))).toBe(false); // a document that is no room
    expect(readRoom(empty)).toEqual(readRoom(new Y.Doc()));
  });
});
