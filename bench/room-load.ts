/**
 * Load on the live room, on loopback: 100 simulated participants (Node clients on the same
 * provider as the browser) answer 20 questions that the facilitator opens one by one.
 * Per vote, the time from the participant sending it to the facilitator's document having
 * it (p50, p95, max); the server's CPU (process.cpuUsage, user + system) and memory (rss at
 * the end, peak rss); votes lost (a vote sent that the facilitator's document does not hold
 * at the end) and duplicated (a vote the facilitator's document took more than once). In
 * the restart run, _recovered_ counts the votes the killed server had applied and
 * acknowledged but not yet passed on to the facilitator: the participants' resends brought
 * them to the new server, which applied each once.
 *
 * Two runs: steady, and one where the server process is killed (SIGKILL) in the middle of
 * question 10 (half the room has voted on it, the other half votes while it is down) and
 * started again on the same port with the same token and key. It holds nothing on disk: the
 * facilitator's client re-syncs the whole room into it, the participants reconnect by
 * themselves and send their latest votes again, each counted once. Runnable alone:
 * `node bench/room-load.ts`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { openQuestion, readRoom, setUpRoom } from '../src/core/live/room-doc.ts';
import { facilitate, joinRoom, randomId, type ParticipantClient } from '../src/live-client/room-client.ts';
import { facilitatorDocument, newSecret } from '../src/node/room-server.ts';
import { ms, printTable, type Budget } from './report.ts';

const PARTICIPANTS = 100;
const QUESTIONS = 20;
const KILL_AT = 10;
/** Longest wait for one question's votes before they are counted as lost. */
const QUESTION_TIMEOUT_MS = 20_000;
/** A vote on the facilitator's screen within a second, for 95 % of votes (a whole room voting at once). */
const LATENCY_P95_BUDGET_MS = 1000;

interface ServerStats {
  cpu: NodeJS.CpuUsage;
  rss: number;
  maxRss: number;
  applied: number;
}

export interface RoomLoadRow {
  run: 'steady' | 'server killed and restarted';
  votes: number;
  p50: number;
  p95: number;
  max: number;
  cpuMs: number;
  rss: number;
  maxRss: number;
  lost: number;
  duplicated: number;
  recovered: number;
  seconds: number;
}

class ServerProcess {
  child: ChildProcess | undefined;
  port = 0;
  readonly token: string;
  readonly key: string;
  constructor(token: string, key: string) {
    this.token = token;
    this.key = key;
  }
  async start(port = 0): Promise<number> {
    const child = fork(
      new URL('./room-server-child.ts', import.meta.url).pathname,
      [String(port), this.token, this.key],
      {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { ready: number }).ready));
      child.once('exit', (code) => reject(new Error(`room server exited (${String(code)})`)));
    });
    return this.port;
  }
  stats(): Promise<ServerStats> {
    const child = this.child;
    if (!child) return Promise.reject(new Error('no server'));
    return new Promise((resolve) => {
      child.once('message', (m) => resolve((m as { stats: ServerStats }).stats));
      child.send('stats');
    });
  }
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = undefined;
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.send('stop');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    this.child = undefined;
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);

async function until(check: () => boolean, timeout: number): Promise<boolean> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

async function oneRun(restart: boolean): Promise<RoomLoadRow> {
  const started = performance.now();
  const server = new ServerProcess(newSecret(16), newSecret(32));
  const port = await server.start();
  const endpoint = `ws://127.0.0.1:${port}/live`;
  const facilitator = facilitate({ endpoint, document: facilitatorDocument(server.token), key: server.key });
  await facilitator.synced;
  const questions = Array.from({ length: QUESTIONS }, (_, i) => `q${i + 1}`);
  setUpRoom(facilitator.doc, {
    framework: 'bench',
    anonymous: true,
    questions: questions.map((id) => ({ id, element: 'e', scale: [1, 2, 3, 4, 5] })),
  });

  // What the facilitator's document receives: first arrival per vote id, and how often.
  const sentAt = new Map<string, number>();
  const arrivedAt = new Map<string, number>();
  const arrivals = new Map<string, number>();
  const votes = facilitator.doc.getMap<{ id?: string }>('votes');
  votes.observe((event) => {
    const now = performance.now();
    for (const key of event.keysChanged) {
      const id = votes.get(key)?.id;
      if (id === undefined) continue;
      arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
      if (!arrivedAt.has(id)) arrivedAt.set(id, now);
    }
  });

  const participants: ParticipantClient[] = Array.from({ length: PARTICIPANTS }, () =>
    joinRoom({ endpoint, token: server.token, secret: randomId() }),
  );
  await Promise.all(participants.map((p) => p.joined));
  const appliedAcks = new Map<string, number>();
  for (const p of participants) {
    p.onMessage((m) => {
      if (m.t === 'ack' && m.result === 'applied') appliedAcks.set(m.id, (appliedAcks.get(m.id) ?? 0) + 1);
    });
  }

  const expected = new Map<string, { id: string; value: number }>(); // by slot
  let before: ServerStats | undefined;
  const vote = (p: ParticipantClient, i: number, q: string, qi: number) => {
    const value = 1 + ((i + qi) % 5);
    const v = p.vote(q, 1, value);
    sentAt.set(v.id, performance.now());
    expected.set(`${v.participant}|${q}`, { id: v.id, value });
  };
  for (const [qi, q] of questions.entries()) {
    openQuestion(facilitator.doc, q);
    await until(() => participants.every((p) => p.view()?.current === q), QUESTION_TIMEOUT_MS);
    if (restart && qi + 1 === KILL_AT) {
      participants.slice(0, PARTICIPANTS / 2).forEach((p, i) => vote(p, i, q, qi));
      before = await server.stats();
      await server.kill();
      participants.slice(PARTICIPANTS / 2).forEach((p, i) => vote(p, i + PARTICIPANTS / 2, q, qi));
      await server.start(port);
    } else {
      participants.forEach((p, i) => vote(p, i, q, qi));
    }
    await until(() => [...expected.values()].every((e) => arrivedAt.has(e.id)), QUESTION_TIMEOUT_MS);
  }
  // A resend round passes, so a duplicate would have shown.
  await new Promise((r) => setTimeout(r, 1500));
  const after = await server.stats();

  const room = readRoom(facilitator.doc);
  const held = new Map(room.votes.map((v) => [`${v.participant}|${v.question}`, v]));
  const lost = [...expected].filter(
    ([slot, e]) => held.get(slot)?.id !== e.id || held.get(slot)?.value !== e.value,
  ).length;
  // Duplicated: the facilitator's document took the same vote more than once.
  const duplicated = [...arrivals.values()].reduce((sum, n) => sum + (n - 1), 0);
  // Recovered: applied by the killed server (and acknowledged) but never passed on to the
  // facilitator before it died; the participant's resend was applied by the new server, once.
  const recovered = [...appliedAcks.values()].filter((n) => n > 1).length;
  const latencies = [...expected.values()]
    .flatMap((e) => {
      const a = arrivedAt.get(e.id);
      const s = sentAt.get(e.id);
      return a === undefined || s === undefined ? [] : [a - s];
    })
    .sort((a, b) => a - b);
  const cpu = (s: ServerStats | undefined) => (s ? (s.cpu.user + s.cpu.system) / 1000 : 0);

  for (const p of participants) p.destroy();
  facilitator.destroy();
  await server.stop();
  return {
    run: restart ? 'server killed and restarted' : 'steady',
    votes: expected.size,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
    cpuMs: cpu(before) + cpu(after),
    rss: after.rss,
    maxRss: Math.max(after.maxRss, before?.maxRss ?? 0),
    lost,
    duplicated,
    recovered,
    seconds: (performance.now() - started) / 1000,
  };
}

export async function roomLoad(): Promise<RoomLoadRow[]> {
  return [await oneRun(false), await oneRun(true)];
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export function printRoomLoad(rows: readonly RoomLoadRow[]): void {
  printTable(
    ['run', 'votes', 'p50', 'p95', 'max', 'server CPU', 'rss', 'peak rss', 'lost', 'duplicated', 'recovered', 'time'],
    rows.map((r) => [
      r.run,
      String(r.votes),
      ms(r.p50),
      ms(r.p95),
      ms(r.max),
      ms(r.cpuMs),
      mb(r.rss),
      mb(r.maxRss),
      String(r.lost),
      String(r.duplicated),
      String(r.recovered),
      `${r.seconds.toFixed(1)} s`,
    ]),
  );
}

export function roomLoadBudgets(rows: readonly RoomLoadRow[]): Budget[] {
  const steady = rows.find((r) => r.run === 'steady');
  return [
    {
      name: `Live room, ${PARTICIPANTS} participants × ${QUESTIONS} questions: vote to facilitator p95`,
      limit: `< ${LATENCY_P95_BUDGET_MS} ms`,
      actual: steady ? ms(steady.p95) : 'none',
      pass: steady !== undefined && steady.p95 < LATENCY_P95_BUDGET_MS,
    },
    {
      name: 'Live room votes lost / duplicated, also across a server restart',
      limit: '0 / 0',
      actual: rows.map((r) => `${r.lost} / ${r.duplicated}`).join(', '),
      pass: rows.length === 2 && rows.every((r) => r.lost === 0 && r.duplicated === 0),
    },
  ];
}

if (process.argv[1] === import.meta.filename) {
  const rows = await roomLoad();
  printRoomLoad(rows);
  printTable(
    ['budget', 'limit', 'actual', 'result'],
    roomLoadBudgets(rows).map((b) => [b.name, b.limit, b.actual, b.pass ? 'pass' : 'FAIL']),
  );
}
