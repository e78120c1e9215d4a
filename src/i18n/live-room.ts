/** Words of `crmkit room`, the live workshop room's server, in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const LIVE_ROOM_STRINGS = bilingual({
  en: {
    running: 'Live room is running. Ctrl+C stops it; nothing is written to disk.',
    site: (url: string) => `  Site:           ${url}`,
    join: (url: string) => `  Participants:   ${url}`,
    facilitator: (url: string) => `  Facilitator:    ${url}  (keep this address to yourself)`,
    endpoint: (url: string) => `  Sync endpoint:  ${url}`,
    localOnly: 'Only this computer can join; add --lan to let phones on the room’s network in.',
    lanNone: 'No network address found: only this computer can join.',
    noSite: (dir: string) => `No built site in ${dir}: run \`npm run build\` first. Only the sync endpoint answers.`,
    resumed: 'Resuming the room named by CRMKIT_ROOM_TOKEN and CRMKIT_ROOM_KEY.',
    badResume:
      'CRMKIT_ROOM_TOKEN and CRMKIT_ROOM_KEY must both be set, each at least 22 URL-safe characters (128 bits).',
    badNumber: (option: string, got: string) => `${option} must be a whole number, not "${got}"`,
    cannotListen: (port: number, detail: string) => `could not listen on port ${port}: ${detail}`,
    stopped: 'Room stopped. Its votes are gone unless the facilitator recorded them in the engagement.',
  },
  zh: {
    running: '现场会议室正在运行。按 Ctrl+C 停止；不会向磁盘写入任何内容。',
    site: (url: string) => `  网站：      ${url}`,
    join: (url: string) => `  参与者：    ${url}`,
    facilitator: (url: string) => `  主持人：    ${url}（请勿把这个地址告诉他人）`,
    endpoint: (url: string) => `  同步端点：  ${url}`,
    localOnly: '只有本机可以加入；加上 --lan 后，会议室网络上的手机才能加入。',
    lanNone: '没有找到网络地址：只有本机可以加入。',
    noSite: (dir: string) => `${dir} 中没有已构建的网站：请先运行 \`npm run build\`。现在只有同步端点可用。`,
    resumed: '正在恢复 CRMKIT_ROOM_TOKEN 和 CRMKIT_ROOM_KEY 指定的会议室。',
    badResume: 'CRMKIT_ROOM_TOKEN 和 CRMKIT_ROOM_KEY 必须同时设置，且各至少 22 个 URL 安全字符（128 位）。',
    badNumber: (option: string, got: string) => `${option} 必须是整数，而不是 “${got}”`,
    cannotListen: (port: number, detail: string) => `无法在端口 ${port} 上监听：${detail}`,
    stopped: '会议室已停止。除非主持人已把投票记录到咨询项目中，否则这些投票已不复存在。',
  },
});
