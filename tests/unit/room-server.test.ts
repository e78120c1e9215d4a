/**
 * The live room's server, for real: a server on an ephemeral loopback port, and Node clients
 * on the same provider the browser uses (@hocuspocus/provider over Node 22's WebSocket).
 * The door (token, key, participant secret), the read-only participant, each hostile message
 * refused with the server still up, a resend after a reconnection counted once, the
 * facilitator's pacing, and the site served beside the endpoint.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { roomCommand } from '../../src/cli/room.ts';
import { frameworkQuestions } from '../../src/core/live/tally.ts';
import { shippedFramework } from './assess-helpers.ts';
import { facilitatorFromHash } from '../../src/core/live/address.ts';
import { voteMessage } from '../../src/core/live/outbox.ts';
import {
  closeQuestion,
  openQuestion,
  readRoom,
  revealQuestion,
  setUpRoom,
  startSecondRound,
} from '../../src/core/live/room-doc.ts';
import {
  facilitate,
  joinRoom,
  randomId,
  type FacilitatorClient,
  type ParticipantClient,
} from '../../src/live-client/room-client.ts';
import {
  DEFAULT_LIMITS,
  facilitatorDocument,
  isSecret,
  listenHost,
  participantId,
  startRoomServer,
  type RoomServer,
} from '../../src/node/room-server.ts';

/** Waits until `check` holds (polling), or fails the test after `ms`. */
async function until(check: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const SCALE = [1, 2, 3, 4, 5];
const dist = mkdtempSync(join(tmpdir(), 'crmkit-room-dist-'));
mkdirSync(join(dist, 'join'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>crmkit</title>');
writeFileSync(join(dist, 'join', 'index.html'), '<!doctype html><title>join</title>');
writeFileSync(join(tmpdir(), 'crmkit-room-secret.txt'), 'outside the site');

let server: RoomServer;
let facilitator: FacilitatorClient;
const clients: { destroy(): void }[] = [];

function participant(name?: string, secret = randomId()): ParticipantClient {
  const client = joinRoom({
    endpoint: server.endpoint,
    token: server.token,
    secret,
    ...(name === undefined ? {} : { name }),
  });
  clients.push(client);
  return client;
}

/** The answer for one vote, by its id. */
const answerFor = (client: ParticipantClient, id: string) =>
  client.messages.find((m) => (m.t === 'ack' || m.t === 'refused') && m.id === id);

beforeAll(async () => {
  server = await startRoomServer({ dist, limits: { voteBurst: 10, votesPerSecond: 5 } });
  facilitator = facilitate({ endpoint: server.endpoint, document: facilitatorDocument(server.token), key: server.key });
  await facilitator.synced;
  setUpRoom(facilitator.doc, {
    framework: 'fw',
    anonymous: false,
    questions: ['q1', 'q2', 'q3'].map((id) => ({ id, element: 'e', scale: SCALE })),
  });
  openQuestion(facilitator.doc, 'q1');
  await until(() => server.stats().participants === 0 && readRoom(facilitator.doc).current === 'q1');
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  facilitator.destroy();
  await server.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('the door', () => {
  test('the token and key carry at least 128 random bits; the server listens on loopback', () => {
    expect(isSecret(server.token)).toBe(true);
    expect(Buffer.from(server.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(server.key, 'base64url').length).toBe(32);
    expect(server.host).toBe('127.0.0.1');
    expect(listenHost(false)).toBe('127.0.0.1');
    expect(listenHost(true)).toBe('0.0.0.0');
  });

  test.each([
    ['no token (another room’s name)', () => randomId(), () => randomId(), 'unknown-room'],
    ['a wrong token', () => server.token.slice(0, -2) + 'xx', () => randomId(), 'unknown-room'],
    ['the right token, no secret', () => server.token, () => '', 'bad-secret'],
    ['the right token, a secret too short to be unguessable', () => server.token, () => 'abc', 'bad-secret'],
    [
      'the facilitator’s document with a participant’s secret',
      () => facilitatorDocument(server.token),
      () => randomId(),
      'wrong-key',
    ],
  ])('%s is refused', async (_, name, token, reason) => {
    let failed: string | undefined;
    const provider = new HocuspocusProvider({
      url: server.endpoint,
      name: name(),
      token: token(),
      document: new Y.Doc(),
      onAuthenticationFailed: ({ reason: r }) => {
        failed = r;
      },
    });
    clients.push(provider);
    await until(() => failed !== undefined, 5000, 'the refusal');
    expect(failed).toBe(reason);
    expect(provider.document.getMap('views').size).toBe(0);
  });

  test('the right token and a secret of one’s own: joined, with an id from the secret', async () => {
    const secret = randomId();
    const p = participant('Anna', secret);
    expect(await p.joined).toBe(participantId(server.token, secret));
    await until(() => p.view()?.current === 'q1', 5000, 'the view');
    expect(p.view()?.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  test('only /live upgrades to the sync endpoint', async () => {
    const ws = new WebSocket(server.endpoint.replace('/live', '/elsewhere'));
    const outcome = await new Promise<string>((resolve) => {
      ws.onopen = () => resolve('open');
      ws.onerror = () => resolve('refused');
    });
    expect(outcome).toBe('refused');
  });
});

describe('a participant writes only their own votes, through the server', () => {
  test('edits to the participant’s copy of the document never reach the server', async () => {
    const p = participant();
    await p.joined;
    await until(() => p.view()?.current === 'q1');
    // Write into the synced view as if it were the room: a forged question state and a vote.
    p.provider.document.getMap('views').set('forged', new Y.Map());
    p.provider.document.getMap('votes').set('x|q1|1', { participant: 'x', question: 'q1', round: 1, value: 5 });
    await new Promise((r) => setTimeout(r, 300));
    const other = participant();
    await other.joined;
    await until(() => other.view() !== undefined);
    expect(other.provider.document.getMap('views').has('forged')).toBe(false);
    expect(other.provider.document.getMap('votes').size).toBe(0);
    expect(readRoom(facilitator.doc).votes.filter((v) => v.participant === 'x')).toEqual([]);
  });

  test('a vote is applied by the server and reaches the facilitator; names never reach the phones', async () => {
    const p = participant('Bea <img src=x>');
    const me = await p.joined;
    const v = p.vote('q1', 1, 4);
    await until(() => readRoom(facilitator.doc).votes.some((x) => x.id === v.id), 5000, 'the vote');
    expect(answerFor(p, v.id)).toEqual({ t: 'ack', id: v.id, result: 'applied' });
    expect(readRoom(facilitator.doc).participants).toContainEqual({ id: me, name: 'Bea <img src=x>' });
    await until(() => (p.view()?.questions[0]?.answered ?? 0) >= 1);
    expect(JSON.stringify(p.provider.document.getMap('views').toJSON())).not.toContain('Bea');
    expect(p.view()?.questions[0]?.result).toBeUndefined();
  });
});

describe('hostile messages are refused and the server stays up', () => {
  async function refusedAs(payload: (me: string) => string): Promise<string | undefined> {
    const p = participant();
    const me = await p.joined;
    const before = p.messages.length;
    p.sendRaw(payload(me));
    await until(() => p.messages.length > before, 5000, 'the answer');
    const answer = p.messages[before];
    return answer?.t === 'refused' ? answer.reason : answer?.t;
  }
  const voteFor = (me: string, over: Record<string, unknown>) =>
    JSON.stringify({ t: 'vote', participant: me, question: 'q1', round: 1, value: 3, id: randomId(), seq: 1, ...over });

  test.each([
    ['oversized (over 1 KiB)', () => JSON.stringify({ t: 'hello', name: 'x'.repeat(2000) }), 'too-large'],
    ['not JSON', () => '\u0000\u0001garbage', 'not-json'],
    ['a value of the wrong type', (me: string) => voteFor(me, { value: '5' }), 'bad-shape'],
    ['a round of the wrong type', (me: string) => voteFor(me, { round: [1] }), 'bad-shape'],
    [
      'a vote for another participant id',
      () => voteFor(participantId(server.token, randomId()), {}),
      'other-participant',
    ],
    ['an unknown question', (me: string) => voteFor(me, { question: 'constructor' }), 'unknown-question'],
    ['a value off the scale', (me: string) => voteFor(me, { value: 6 }), 'off-scale'],
    ['a question not open', (me: string) => voteFor(me, { question: 'q2' }), 'not-open'],
    ['a second-round vote in the first round', (me: string) => voteFor(me, { round: 2 }), 'wrong-round'],
    ['an unknown message type', () => JSON.stringify({ t: 'reveal', question: 'q1' }), 'unknown-type'],
  ])('%s', async (_, payload, reason) => {
    expect(await refusedAs(payload)).toBe(reason);
    // Still up: a fresh participant votes and is counted.
    const ok = participant();
    await ok.joined;
    const v = ok.vote('q1', 1, 2);
    await until(() => answerFor(ok, v.id) !== undefined);
    expect(answerFor(ok, v.id)).toMatchObject({ t: 'ack', result: 'applied' });
  });

  test('a frame larger than a participant may send closes that connection only', async () => {
    const p = participant();
    await p.joined;
    let closed = false;
    p.provider.on('close', () => {
      closed = true;
    });
    p.sendRaw('x'.repeat(DEFAULT_LIMITS.participantFrameBytes + 1024));
    await until(() => closed, 5000, 'the close');
    const ok = participant();
    await ok.joined;
    expect(server.stats().closed).toBeGreaterThanOrEqual(1);
  });

  test('a flood beyond the rate limit is refused; what was within it counts once', async () => {
    const p = participant();
    const me = await p.joined;
    const ids = Array.from({ length: 60 }, () => randomId());
    ids.forEach((id, i) =>
      p.sendRaw(voteMessage({ participant: me, question: 'q1', round: 1, value: 1 + (i % 5), id, seq: i + 1 })),
    );
    await until(() => ids.every((id) => answerFor(p, id) !== undefined), 10_000, 'every answer');
    const answers = ids.map((id) => answerFor(p, id));
    const limited = answers.filter((a) => a?.t === 'refused' && a.reason === 'rate-limited').length;
    const applied = answers.filter((a) => a?.t === 'ack' && a.result === 'applied').length;
    expect(limited).toBeGreaterThanOrEqual(40);
    expect(applied).toBeLessThanOrEqual(20);
    await until(() => readRoom(facilitator.doc).votes.some((v) => v.participant === me));
    expect(readRoom(facilitator.doc).votes.filter((v) => v.participant === me)).toHaveLength(1);
  });

  test('no more participants than the cap; one who joined before comes back in', async () => {
    const small = await startRoomServer({ limits: { participants: 3 } });
    try {
      const secrets = Array.from({ length: 5 }, () => randomId());
      const join = (secret: string) => {
        const c = joinRoom({ endpoint: small.endpoint, token: small.token, secret });
        clients.push(c);
        return c.joined;
      };
      const results = await Promise.allSettled(secrets.map(join));
      const outcome = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'joined'));
      expect(outcome.filter((o) => o === 'joined')).toHaveLength(3);
      expect(outcome.filter((o) => o === 'room-full')).toHaveLength(2);
      const inside = secrets.find((_, i) => outcome[i] === 'joined') ?? '';
      await expect(join(inside)).resolves.toBe(participantId(small.token, inside));
    } finally {
      for (const c of clients.splice(0)) c.destroy();
      await small.stop();
    }
  });
});

describe('a stopped server', () => {
  test('closes its clients’ sockets, and a restart takes the room back from the facilitator; phones stay on', async () => {
    const framework = shippedFramework('value-chain'); // the largest view of the shipped frameworks
    const first = await startRoomServer();
    const { port, token, key } = first;
    const f = facilitate({ endpoint: first.endpoint, document: facilitatorDocument(token), key });
    await f.synced;
    const questions = frameworkQuestions(framework);
    setUpRoom(f.doc, { framework: framework.id, anonymous: true, questions });
    openQuestion(f.doc, questions[0]?.id ?? '');
    const p = joinRoom({ endpoint: first.endpoint, token, secret: randomId() });
    try {
      await p.joined;
      await until(() => p.view()?.current === questions[0]?.id, 5000, 'the view');
      let dropped = 0;
      p.provider.on('disconnect', () => (dropped += 1));
      await first.stop();
      await until(() => dropped === 1, 5000, 'the phone to notice');
      const second = await startRoomServer({ port, token, key });
      try {
        await until(() => second.stats().participants === 1 && p.view()?.joined === 1, 10_000, 'the room back');
        // The phone's resync carries the old run's view (it is over 16 KB): refused as an update, never a close.
        await new Promise((r) => setTimeout(r, 300));
        expect(second.stats().closed).toBe(0);
        expect(dropped).toBe(1);
        expect(p.view()?.questions[0]?.words?.text).toEqual(framework.elements[0]?.questions?.[0]?.text);
      } finally {
        p.destroy();
        f.destroy();
        await second.stop();
      }
    } finally {
      p.destroy();
      f.destroy();
    }
  });
});

describe('a resend after a reconnection counts once', () => {
  test('the same vote sent again on a new connection is a duplicate; the room holds it once', async () => {
    const secret = randomId();
    const first = participant(undefined, secret);
    const me = await first.joined;
    const v = first.vote('q1', 1, 5);
    await until(() => answerFor(first, v.id) !== undefined);
    first.destroy();

    // The phone reconnects (a new socket, the same secret) and sends its latest vote again.
    const again = participant(undefined, secret);
    expect(await again.joined).toBe(me);
    await until(() => answerFor(again, v.id) !== undefined, 5000, 'the resend’s answer');
    expect(answerFor(again, v.id)).toEqual({ t: 'ack', id: v.id, result: 'duplicate' });
    expect(again.outbox.mine()).toEqual([v]); // the welcome gave the vote back
    const mine = readRoom(facilitator.doc).votes.filter((x) => x.participant === me);
    expect(mine).toEqual([v]);
  });

  test('a vote sent while the socket is down is delivered after it comes back, once', async () => {
    const p = participant();
    const me = await p.joined;
    // The socket drops (as on a phone changing networks); the provider reconnects by itself.
    let dropped = false;
    p.provider.on('disconnect', () => {
      dropped = true;
    });
    p.provider.configuration.websocketProvider.webSocket?.close();
    await until(() => dropped, 5000, 'the drop');
    const v = p.vote('q1', 1, 2);
    expect(p.outbox.pending()).toContainEqual(v);
    await until(() => readRoom(facilitator.doc).votes.some((x) => x.id === v.id), 5000, 'the vote');
    await new Promise((r) => setTimeout(r, 1500)); // a resend round passes
    expect(readRoom(facilitator.doc).votes.filter((x) => x.participant === me)).toEqual([v]);
    expect(p.outbox.pending()).toEqual([]);
  });
});

describe('the facilitator paces the room', () => {
  test('reveal shows the distribution to the phones; close refuses further votes; a second round opens', async () => {
    openQuestion(facilitator.doc, 'q3');
    const a = participant();
    const b = participant();
    await Promise.all([a.joined, b.joined]);
    await until(() => a.view()?.current === 'q3' && b.view()?.current === 'q3', 5000, 'q3 on the phones');
    a.vote('q3', 1, 1);
    b.vote('q3', 1, 5);
    await until(() => a.view()?.questions[2]?.answered === 2, 5000, 'two answers');
    expect(a.view()?.questions[2]?.result).toBeUndefined();

    revealQuestion(facilitator.doc, 'q3', true);
    await until(() => a.view()?.questions[2]?.result !== undefined, 5000, 'the reveal');
    expect(a.view()?.questions[2]?.result).toMatchObject({ votes: 2, spread: 4, consensus: 0 });

    closeQuestion(facilitator.doc, 'q3');
    await until(() => a.view()?.questions[2]?.phase === 'closed', 5000, 'the close');
    const late = a.vote('q3', 1, 3);
    await until(() => answerFor(a, late.id) !== undefined);
    expect(answerFor(a, late.id)).toMatchObject({ t: 'refused', reason: 'not-open' });

    expect(startSecondRound(facilitator.doc, 'q3')).toBe(true);
    await until(() => b.view()?.questions[2]?.round === 2, 5000, 'round 2');
    expect(b.view()?.questions[2]).toMatchObject({ phase: 'open', revealed: false, answered: 0 });
    expect(b.view()?.questions[2]?.firstRound).toMatchObject({ votes: 2, consensus: 0 });
    const revised = b.vote('q3', 2, 2);
    await until(() => answerFor(b, revised.id) !== undefined);
    expect(answerFor(b, revised.id)).toMatchObject({ t: 'ack', result: 'applied' });
    const room = readRoom(facilitator.doc);
    await until(() => readRoom(facilitator.doc).votes.some((v) => v.id === revised.id));
    expect(room.votes.filter((v) => v.question === 'q3' && v.round === 1)).toHaveLength(2);
  });
});

describe('the site beside the endpoint', () => {
  const base = () => `http://127.0.0.1:${server.port}`;
  test('serves the built pages; nothing outside dist/, no writes', async () => {
    const page = await fetch(`${base()}/join/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>join</title>');
    expect((await fetch(`${base()}/nope/`)).status).toBe(404);
    expect((await fetch(`${base()}/%2e%2e/crmkit-room-secret.txt`)).status).toBe(404);
    expect((await fetch(`${base()}/join/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('crmkit room', () => {
  test('prints the addresses, serves the site and the endpoint, and stops cleanly when told', async () => {
    const lines: string[] = [];
    let stop: () => void = () => undefined;
    let listening: { port: number; join: string; facilitator: string } | undefined;
    const done = roomCommand({
      args: ['--port', '0', '--site', dist],
      lang: 'en',
      cwd: process.cwd(),
      env: {},
      print: (line) => lines.push(line),
      stopSignal: new Promise<void>((resolve) => {
        stop = resolve;
      }),
      onListening: (a) => {
        listening = a;
      },
    });
    await until(() => listening !== undefined, 10_000, 'the server');
    const { port, join: joinAddress } = listening ?? { port: 0, join: '' };
    expect(lines.join('\n')).toContain(`Participants:   http://127.0.0.1:${port}/join/#`);
    expect(lines.join('\n')).toContain('Only this computer can join');
    const token = joinAddress.split('#')[1] ?? '';
    expect(isSecret(token)).toBe(true);
    // The facilitator's address carries the room, its key and where phones join, all after `#`.
    expect(facilitatorFromHash(new URL(listening?.facilitator ?? '').hash)).toEqual({
      token,
      key: expect.stringMatching(/^[\w-]{43}$/) as string,
      join: `http://127.0.0.1:${port}`,
    });
    expect((await fetch(`http://127.0.0.1:${port}/join/`)).status).toBe(200);
    const p = joinRoom({ endpoint: `ws://127.0.0.1:${port}/live`, token, secret: randomId() });
    clients.push(p);
    await expect(p.joined).resolves.toMatch(/^[\w-]{16}$/);
    p.destroy();
    stop();
    await expect(done).resolves.toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(lines.at(-1)).toContain('Room stopped');
    await expect(fetch(`http://127.0.0.1:${port}/join/`)).rejects.toThrow();
  });

  test('a bad port or a half-given resume is a usage error in the asked language', async () => {
    const r = await roomCommand({ args: ['--port', 'x'], lang: 'zh', cwd: process.cwd(), env: {} });
    expect(r).toMatchObject({ exitCode: 2, stderr: '--port 必须是整数，而不是 “x”\n' });
    const half = await roomCommand({
      args: [],
      lang: 'en',
      cwd: process.cwd(),
      env: { CRMKIT_ROOM_TOKEN: randomId() },
    });
    expect(half.exitCode).toBe(2);
    expect(half.stderr).toContain('CRMKIT_ROOM_KEY');
  });
});
