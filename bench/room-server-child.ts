/**
 * The live room's server in a process of its own, for the load bench (bench/room-load.ts):
 * so its CPU and memory are its own, and it can be killed and started again on the same
 * port with the same room token and key. Told what to do over the IPC channel.
 */
import { startRoomServer } from '../src/node/room-server.ts';

const [port, token, key] = process.argv.slice(2);
const server = await startRoomServer({ port: Number(port ?? 0), ...(token && key ? { token, key } : {}) });
process.send?.({ ready: server.port });
process.on('message', (message) => {
  if (message === 'stats') {
    process.send?.({
      stats: {
        ...server.stats(),
        cpu: process.cpuUsage(),
        rss: process.memoryUsage().rss,
        maxRss: process.resourceUsage().maxRSS * 1024,
      },
    });
  } else if (message === 'stop') {
    void server.stop().then(() => process.exit(0));
  }
});
