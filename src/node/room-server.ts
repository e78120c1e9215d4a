/**
 * The live room's server: one process that serves the built site (dist/) and the sync
 * endpoint (Hocuspocus, Yjs) at /live. It holds two documents per room (see
 * src/core/live/room-doc.ts) and nothing on disk.
 *
 * - The room's **token** (128 random bits) names both documents: participants open the
 *   view `<token>`, the facilitator the room document `<token>/facilitator`. Any other name
 *   is refused before a document is made.
 * - The **facilitator** authenticates with a separate key (256 bits) and may write the room
 *   document (pacing, reveal, close, second round). After a restart the facilitator's client,
 *   which holds the whole room, syncs it into the fresh server: that is how the room survives
 *   a restart with nothing on disk.
 * - A **participant** authenticates with a secret of their own (at least 128 bits, made and
 *   kept by their phone); their id is a hash of room token and secret, so nobody can vote as
 *   someone else without that secret. Their connection is read-only (Hocuspocus
 *   `connectionConfig.readOnly`: document updates from it are answered "not applied" and
 *   dropped). They vote with stateless messages, which the server checks
 *   (src/core/live/messages.ts) and applies to the room document itself, once per vote id.
 * - Limits: message size and rate per connection, a cap on participants.
 *
 * Listens on 127.0.0.1 unless told otherwise; opens no connection of its own.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Server, type Connection, type Document } from '@hocuspocus/server';
import {
  hasParticipant,
  isReady,
  participantCount,
  readQuestion,
  readRoom,
  readVote,
  viewWriter,
  writeParticipant,
  writeVote,
} from '../core/live/room-doc.ts';
import { judgeVote, parseParticipantMessage, type Refusal, type ServerMessage } from '../core/live/messages.ts';
import { participantView } from '../core/live/tally.ts';
import { facilitatorDocument, isSecret, LIVE_PATH } from '../core/live/address.ts';

export interface RoomLimits {
  /** Participants who may join (each distinct secret counts once, reconnections included). */
  participants: number;
  /** Largest message a participant may send over the socket, in bytes (larger closes the connection). */
  participantFrameBytes: number;
  /** Largest frame anyone may send (the facilitator re-syncing a whole room), in bytes. */
  frameBytes: number;
  /** Votes per second per connection, sustained, and the burst allowed above it. */
  votesPerSecond: number;
  voteBurst: number;
  /** Messages of any kind per second per participant connection; beyond the burst it is closed. */
  messagesPerSecond: number;
  messageBurst: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  participants: 200,
  // A phone's reconnection sends back the view it holds (Yjs sync), every earlier server
  // run's copy included: a view with its questions' words is 15–31 KB for the shipped
  // frameworks, so this leaves room for a dozen restarts of the largest.
  participantFrameBytes: 512 * 1024,
  frameBytes: 16 * 1024 * 1024,
  votesPerSecond: 10,
  voteBurst: 30,
  messagesPerSecond: 50,
  messageBurst: 200,
};

export interface RoomServerOptions {
  /** 127.0.0.1 unless given; `lanHost()` for the room's network. */
  host?: string;
  /** 0 for any free port. */
  port?: number;
  /** The built site to serve; without it only the sync endpoint answers. */
  dist?: string;
  /** A room to resume (a restarted server): the same token and key as before. */
  token?: string;
  key?: string;
  limits?: Partial<RoomLimits>;
}

export interface RoomStats {
  participants: number;
  applied: number;
  duplicates: number;
  stale: number;
  refused: Partial<Record<Refusal, number>>;
  closed: number;
}

export interface RoomServer {
  host: string;
  port: number;
  token: string;
  key: string;
  /** ws://host:port/live */
  endpoint: string;
  stats(): RoomStats;
  stop(): Promise<void>;
}

export { facilitatorDocument, LIVE_PATH };

/** A new room token (128 bits) or facilitator key (256 bits), URL-safe. */
export function newSecret(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

export { isSecret };

export function participantId(token: string, secret: string): string {
  return createHash('sha256').update(`${token}\0${secret}`).digest('base64url').slice(0, 16);
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The host to listen on: loopback, or every interface for `--lan`. */
export function listenHost(lan: boolean): string {
  return lan ? '0.0.0.0' : '127.0.0.1';
}

/** This machine's IPv4 addresses on the room's network (for the join address printed with --lan). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** A refusal the client sees as the reason of its failed authentication. */
const refusal = (reason: string) => Object.assign(new Error(), { reason });
/** Closes one connection (Hocuspocus closes it with this code and reason when a hook throws). */
const closing = (code: number, reason: string) => Object.assign(new Error(), { code, reason });

class Bucket {
  tokens: number;
  at = Date.now();
  readonly rate: number;
  readonly burst: number;
  constructor(rate: number, burst: number) {
    this.rate = rate;
    this.burst = burst;
    this.tokens = burst;
  }
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

interface Context {
  role?: 'facilitator' | 'participant';
  participant?: string;
  votes?: Bucket;
  messages?: Bucket;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** A file of the built site for a GET; undefined for anything outside it. */
async function siteFile(dist: string, url: string): Promise<{ body: Buffer; type: string } | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  const root = resolve(dist);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

async function serve(dist: string | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = dist ? await siteFile(dist, request.url ?? '/') : undefined;
  if (!found) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Type': found.type, 'Content-Length': found.body.length });
  response.end(request.method === 'HEAD' ? undefined : found.body);
}

export async function startRoomServer(options: RoomServerOptions = {}): Promise<RoomServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const token = options.token ?? newSecret(16);
  const key = options.key ?? newSecret(32);
  if (!isSecret(token) || !isSecret(key)) throw new Error('a room token and key need at least 128 random bits');
  const host = options.host ?? '127.0.0.1';
  const roomName = facilitatorDocument(token);
  const stats: RoomStats = { participants: 0, applied: 0, duplicates: 0, stale: 0, refused: {}, closed: 0 };
  const refuse = (reason: Refusal) => {
    stats.refused[reason] = (stats.refused[reason] ?? 0) + 1;
  };

  // Opened once the server exists (below); the hooks run only after that.
  const docs: { room?: Document } = {};
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  // The sync connections' sockets: the HTTP server's close leaves upgraded sockets open, so
  // without this a stopped server's clients would never learn it stopped.
  const sockets = new Set<Duplex>();

  const reply = (connection: Connection, message: ServerMessage) => connection.sendStateless(JSON.stringify(message));

  function onParticipantMessage(connection: Connection, context: Context, payload: string) {
    const room = docs.room;
    const me = context.participant;
    if (!room || !me) return;
    const parsed = parseParticipantMessage(payload, me);
    if (!parsed.ok) {
      refuse(parsed.reason);
      reply(connection, { t: 'refused', reason: parsed.reason, ...(parsed.id === undefined ? {} : { id: parsed.id }) });
      return;
    }
    const { message } = parsed;
    if (message.t === 'hello') {
      room.transact(() =>
        writeParticipant(room, { id: me, ...(message.name === undefined ? {} : { name: message.name }) }),
      );
      const mine = readRoom(room).votes.filter((v) => v.participant === me);
      const name = readRoom(room).participants.find((p) => p.id === me)?.name;
      reply(connection, { t: 'welcome', participant: me, ...(name === undefined ? {} : { name }), votes: mine });
      return;
    }
    const { vote } = message;
    if (!context.votes?.take()) {
      refuse('rate-limited');
      reply(connection, { t: 'refused', reason: 'rate-limited', id: vote.id });
      return;
    }
    const judged = judgeVote(
      vote,
      readQuestion(room, vote.question),
      readVote(room, me, vote.question, vote.round),
      isReady(room),
    );
    if ('refused' in judged) {
      refuse(judged.refused);
      reply(connection, { t: 'refused', reason: judged.refused, id: vote.id });
      return;
    }
    if (judged.result === 'applied') {
      room.transact(() => writeVote(room, vote));
      stats.applied += 1;
    } else if (judged.result === 'duplicate') stats.duplicates += 1;
    else stats.stale += 1;
    reply(connection, { t: 'ack', id: vote.id, result: judged.result });
  }

  const server = new Server<Context>({
    name: 'crmkit-room',
    address: host,
    port: options.port ?? 0,
    quiet: true,
    stopOnSignals: false,
    websocketOptions: { maxPayload: limits.frameBytes },
    async onRequest({ request, response }) {
      await serve(options.dist, request, response);
      // An empty rejection stops Hocuspocus's own answer ("Welcome to Hocuspocus!").
      throw null;
    },
    async onUpgrade({ request, socket }) {
      if (new URL(request.url ?? '/', 'http://x').pathname === LIVE_PATH) {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        return;
      }
      socket.destroy();
      throw null;
    },
    async onAuthenticate({ documentName, token: secret, connectionConfig, context }) {
      if (documentName === roomName) {
        if (!same(secret, key)) throw refusal('wrong-key');
        context.role = 'facilitator';
        return;
      }
      if (documentName !== token) throw refusal('unknown-room');
      if (!isSecret(secret)) throw refusal('bad-secret');
      const me = participantId(token, secret);
      const room = docs.room;
      if (!room) throw refusal('not-ready');
      if (!hasParticipant(room, me)) {
        if (participantCount(room) >= limits.participants) throw refusal('room-full');
        room.transact(() => writeParticipant(room, { id: me }));
      }
      connectionConfig.readOnly = true;
      context.role = 'participant';
      context.participant = me;
      context.votes = new Bucket(limits.votesPerSecond, limits.voteBurst);
      context.messages = new Bucket(limits.messagesPerSecond, limits.messageBurst);
    },
    async beforeHandleMessage({ context, update }) {
      if (context.role !== 'participant') return;
      if (update.byteLength > limits.participantFrameBytes) {
        stats.closed += 1;
        throw closing(4413, 'too-large');
      }
      if (!context.messages?.take()) {
        stats.closed += 1;
        throw closing(4429, 'rate-limited');
      }
    },
    async onStateless({ connection, payload }) {
      const context = connection.context as Context;
      if (context.role === 'participant') onParticipantMessage(connection, context, payload);
    },
  });

  // The server keeps both documents open for the room's life (Hocuspocus would unload a
  // document when its last client leaves, and with it the votes).
  const roomConnection = await server.hocuspocus.openDirectConnection(roomName, {});
  const viewConnection = await server.hocuspocus.openDirectConnection(token, {});
  const roomDoc = roomConnection.document;
  const viewDoc = viewConnection.document;
  if (!roomDoc || !viewDoc) throw new Error('the room documents did not open');
  docs.room = roomDoc;
  const writer = viewWriter(viewDoc, newSecret(9), Date.now());
  const writeView = () => {
    viewTimer = undefined;
    if (!isReady(roomDoc)) return;
    const snapshot = participantView(readRoom(roomDoc));
    stats.participants = snapshot.joined;
    viewDoc.transact(() => writer.write(snapshot));
  };
  // The view follows the room a few milliseconds behind, once per burst of votes.
  const followRoom = () => {
    viewTimer ??= setTimeout(writeView, 25);
  };
  roomDoc.on('update', followRoom);

  await server.listen();
  const port = server.address.port;
  return {
    host,
    port,
    token,
    key,
    endpoint: `ws://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}${LIVE_PATH}`,
    stats: () => structuredClone(stats),
    async stop() {
      if (viewTimer) clearTimeout(viewTimer);
      roomDoc.off('update', followRoom);
      for (const socket of sockets) socket.destroy();
      await roomConnection.disconnect();
      await viewConnection.disconnect();
      await server.destroy();
      server.httpServer.closeAllConnections();
    },
  };
}
