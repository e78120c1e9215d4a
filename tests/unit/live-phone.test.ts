/**
 * The live room's addresses (the token after `#`, the short code), the QR code's drawing,
 * the question's words carried to the phones, and what a phone keeps and shows: its own
 * secret, the name it gave, the current question with its own answer per round.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  facilitatorFromHash,
  facilitatorHash,
  isSecret,
  joinAddress,
  roomCode,
  tokenFromCode,
  tokenFromHash,
} from '../../src/core/live/address.ts';
import { keepName, keptName, phoneScreen, phoneSecret } from '../../src/core/live/phone.ts';
import { qrDrawing } from '../../src/core/live/qr.ts';
import {
  closeQuestion,
  openQuestion,
  readRoom,
  revealQuestion,
  setUpRoom,
  startSecondRound,
} from '../../src/core/live/room-doc.ts';
import type { LiveVote } from '../../src/core/live/state.ts';
import { frameworkQuestions, participantView } from '../../src/core/live/tally.ts';
import { shippedFramework } from './assess-helpers.ts';

const TOKEN = 'AbCd_efGh-ijKLmnoPQrsT'; // 22 characters: 132 bits
const KEY = 'k'.repeat(43);

function memoryStore(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    clear: () => data.clear(),
    get length() {
      return data.size;
    },
  };
}

describe('addresses', () => {
  test('the join address has the token after #, so no request line carries it', () => {
    expect(joinAddress('http://192.168.1.20:4600/zh/join/', TOKEN)).toBe(`http://192.168.1.20:4600/zh/join/#${TOKEN}`);
    expect(joinAddress('http://h/join/#old', TOKEN)).toBe(`http://h/join/#${TOKEN}`);
    expect(tokenFromHash(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash('#short')).toBeUndefined();
    expect(tokenFromHash('#<img src=x onerror=alert(1)>aaaaaaaaaaaaaaaa')).toBeUndefined();
  });

  test('the facilitator’s fragment names the room, its key and the origin phones use', () => {
    const hash = facilitatorHash({ token: TOKEN, key: KEY, join: 'http://192.168.1.20:4600' });
    expect(hash).toBe(`#live=${TOKEN}&key=${KEY}&join=http%3A%2F%2F192.168.1.20%3A4600`);
    expect(facilitatorFromHash(hash)).toEqual({ token: TOKEN, key: KEY, join: 'http://192.168.1.20:4600' });
    // A join origin that is not a plain http(s) origin is dropped; a missing key is no room.
    expect(facilitatorFromHash(`#live=${TOKEN}&key=${KEY}&join=javascript:alert(1)`)).toEqual({
      token: TOKEN,
      key: KEY,
    });
    expect(facilitatorFromHash(`#live=${TOKEN}`)).toBeUndefined();
  });

  test('the short code is the token in groups of four, and reads back from a typed code or a pasted address', () => {
    expect(roomCode(TOKEN)).toBe('AbCd _efG h-ij KLmn oPQr sT');
    expect(tokenFromCode(' AbCd _efG h-ij KLmn oPQr sT ')).toBe(TOKEN);
    expect(tokenFromCode(`http://h:4600/join/#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromCode('AbCd')).toBeUndefined();
  });

  test('property: every token survives the code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{22,64}$/), (token) => {
        expect(isSecret(token)).toBe(true);
        expect(tokenFromCode(roomCode(token))).toBe(token);
      }),
    );
  });
});

describe('the QR code', () => {
  test('is a square drawing with the three finder patterns, the same for the same address', () => {
    const a = qrDrawing(`http://192.168.1.20:4600/join/#${TOKEN}`);
    // 53 characters in byte mode at level M need version 4 (up to 62): 33 modules, plus a border of 2 each side.
    expect(a.size).toBe(37);
    expect(qrDrawing(`http://192.168.1.20:4600/join/#${TOKEN}`)).toEqual(a);
    // The top-left finder's first row: seven dark modules from (2, 2), then the top-right one.
    expect(a.path.startsWith('M2 2h7v1h-7z')).toBe(true);
    expect(a.path).toContain('M28 2h7v1h-7z');
  });
});

describe('the phones get the question’s words', () => {
  const framework = shippedFramework('mckinsey-7s');
  const questions = frameworkQuestions(framework);
  const first = questions[0];

  test('the facilitator’s framework gives each question its text and anchored labels, lowest first', () => {
    const question = framework.elements[0]?.questions?.[0];
    expect(first?.words?.text).toEqual(question?.text);
    expect(first?.words?.element).toEqual(framework.elements[0]?.title);
    expect(first?.words?.points.map((p) => p.value)).toEqual(first?.scale);
    expect(first?.words?.points[0]?.label.en).toBeTruthy();
  });

  test('the words pass the room document and its pacing unchanged into the participants’ view', () => {
    if (!first) throw new Error('no question');
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: framework.id, anonymous: true, questions });
    openQuestion(doc, first.id);
    closeQuestion(doc, first.id);
    startSecondRound(doc, first.id);
    revealQuestion(doc, first.id, true);
    const view = participantView(readRoom(doc));
    expect(view.questions[0]?.words).toEqual(first.words);
    expect(view.questions[0]).toMatchObject({ phase: 'open', round: 2, revealed: true });
  });

  test('words of the wrong shape read as none; the question stays', () => {
    const doc = new Y.Doc();
    setUpRoom(doc, { framework: 'f', anonymous: false, questions: [{ id: 'q', element: 'e', scale: [1, 2] }] });
    doc.getMap('questions').set('q', {
      element: 'e',
      scale: [1, 2],
      phase: 'open',
      round: 1,
      revealed: false,
      words: { text: 'not bilingual' },
    });
    expect(readRoom(doc).questions).toEqual([
      { id: 'q', element: 'e', scale: [1, 2], phase: 'open', round: 1, revealed: false },
    ]);
  });
});

describe('what a phone keeps', () => {
  test('one secret per phone, made once and kept', () => {
    const store = memoryStore();
    let made = 0;
    const fresh = () => `secret-${++made}`.padEnd(22, 'x');
    const secret = phoneSecret(store, fresh);
    expect(phoneSecret(store, fresh)).toBe(secret);
    expect(made).toBe(1);
    // A kept value that is not a secret (edited by hand) is replaced.
    store.data.set('crmkit:live:secret', 'short');
    expect(phoneSecret(store, fresh)).toBe('secret-2'.padEnd(22, 'x'));
    // No storage at all: a secret for this page only.
    expect(phoneSecret(null, fresh)).toBe('secret-3'.padEnd(22, 'x'));
  });

  test('per room, the name given or the choice to stay anonymous', () => {
    const store = memoryStore();
    expect(keptName(store, TOKEN)).toBeUndefined();
    keepName(store, TOKEN, '');
    expect(keptName(store, TOKEN)).toBe('');
    keepName(store, TOKEN, 'Anna <b>');
    expect(keptName(store, TOKEN)).toBe('Anna <b>');
    expect(keptName(store, 'other-room-token-xxxxxx')).toBeUndefined();
    store.data.set(`crmkit:live:room:${TOKEN}`, '{not json');
    expect(keptName(store, TOKEN)).toBeUndefined();
  });
});

describe('what a phone shows', () => {
  const doc = new Y.Doc();
  setUpRoom(doc, {
    framework: 'f',
    anonymous: false,
    questions: [
      { id: 'q1', element: 'e', scale: [1, 2, 3] },
      { id: 'q2', element: 'e', scale: [1, 2, 3] },
    ],
  });
  const vote = (question: string, round: 1 | 2, value: number, seq: number): LiveVote => ({
    participant: 'me',
    question,
    round,
    value,
    id: `vote-${question}-${seq}`,
    seq,
  });

  test('before the view: connecting; no question open: waiting', () => {
    expect(phoneScreen(undefined, [], () => false)).toEqual({ kind: 'connecting' });
    expect(phoneScreen(participantView(readRoom(doc)), [], () => false)).toEqual({ kind: 'waiting', joined: 0 });
  });

  test('the current question with this phone’s latest answer, and its first-round one in a second round', () => {
    openQuestion(doc, 'q1');
    const mine = [vote('q1', 1, 1, 1), vote('q1', 1, 3, 2), vote('q2', 1, 2, 3)];
    const screen = phoneScreen(participantView(readRoom(doc)), mine, (id) => id === 'vote-q1-2');
    expect(screen).toMatchObject({ kind: 'question', mine: 3, pending: true });
    expect(screen.kind === 'question' && screen.question.id).toBe('q1');
    closeQuestion(doc, 'q1');
    startSecondRound(doc, 'q1');
    const second = phoneScreen(participantView(readRoom(doc)), mine, () => false);
    expect(second).toMatchObject({ kind: 'question', first: 3, pending: false });
    expect(second.kind === 'question' && 'mine' in second).toBe(false);
  });
});
