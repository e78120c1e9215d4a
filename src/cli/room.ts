/**
 * `crmkit room`: starts the live room's server (src/node/room-server.ts) and runs until
 * Ctrl+C. Unlike the other commands it prints as it goes (the addresses first) and returns
 * only when stopped.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../schemas/generated/types.ts';
import { LIVE_ROOM_STRINGS } from '../i18n/live-room.ts';
import { isSecret, lanAddresses, listenHost, startRoomServer } from '../node/room-server.ts';
import { facilitatorHash } from '../core/live/address.ts';
import type { CommandResult } from './validate.ts';
import { terminalText } from './terminal-text.ts';

export interface RoomCommandOptions {
  args: readonly string[];
  lang: Language;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  print?: (line: string) => void;
  /** Resolves when the room should stop; SIGINT and SIGTERM unless given (the tests pass their own). */
  stopSignal?: Promise<void>;
  /** Told the server's addresses once it listens (the tests read the port from it). */
  onListening?: (addresses: { port: number; join: string; facilitator: string }) => void;
}

const DEFAULT_PORT = 4600;

function signal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function roomCommand(options: RoomCommandOptions): Promise<CommandResult & { stderr: string }> {
  const words = LIVE_ROOM_STRINGS[options.lang];
  const print = options.print ?? ((line: string) => process.stdout.write(terminalText(line + '\n')));
  const usage = (message: string) => ({ exitCode: 2, stdout: '', stderr: message + '\n' });
  const { values } = parseArgs({
    args: [...options.args],
    allowPositionals: false,
    options: {
      lan: { type: 'boolean' },
      port: { type: 'string' },
      'max-participants': { type: 'string' },
      site: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const whole = (raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
  };
  const port = whole(values.port, DEFAULT_PORT);
  if (port === undefined || port > 65535) return usage(words.badNumber('--port', values.port ?? ''));
  const cap = whole(values['max-participants'], 200);
  if (cap === undefined || cap < 1)
    return usage(words.badNumber('--max-participants', values['max-participants'] ?? ''));

  const env = options.env ?? process.env;
  const token = env['CRMKIT_ROOM_TOKEN'];
  const key = env['CRMKIT_ROOM_KEY'];
  if ((token !== undefined || key !== undefined) && !(token && key && isSecret(token) && isSecret(key))) {
    return usage(words.badResume);
  }
  const dist = resolve(options.cwd, values.site ?? 'dist');
  const hasSite = existsSync(resolve(dist, 'index.html'));
  const lan = values.lan ?? false;

  let server;
  try {
    server = await startRoomServer({
      host: listenHost(lan),
      port,
      ...(hasSite ? { dist } : {}),
      ...(token && key ? { token, key } : {}),
      limits: { participants: cap },
    });
  } catch (error) {
    return { exitCode: 1, stdout: '', stderr: words.cannotListen(port, (error as Error).message) + '\n' };
  }
  const hosts = lan ? lanAddresses() : ['127.0.0.1'];
  const shown = hosts[0] ?? '127.0.0.1';
  const base = (host: string) => `http://${host}:${server.port}`;
  // The token travels in the address's fragment: browsers never send it to a server or in a Referer.
  const join = (host: string) => `${base(host)}/join/#${server.token}`;
  // The facilitator's page draws the QR code of the address phones use, so it is told the room's network address.
  const facilitator = `${base('127.0.0.1')}/workshop/room/${facilitatorHash({ token: server.token, key: server.key, join: base(shown) })}`;
  if (token) print(words.resumed);
  print(words.running);
  print(words.site(base(shown) + '/'));
  for (const host of hosts) print(words.join(join(host)));
  print(words.facilitator(facilitator));
  print(words.endpoint(`ws://${shown}:${server.port}/live`));
  if (!hasSite) print(words.noSite(dist));
  if (!lan) print(words.localOnly);
  else if (hosts.length === 0) print(words.lanNone);
  options.onListening?.({ port: server.port, join: join(shown), facilitator });

  await (options.stopSignal ?? signal());
  await server.stop();
  print(words.stopped);
  return { exitCode: 0, stdout: '', stderr: '' };
}
