/** Words the command line prints around the problems, in both languages. */
import type { Language } from '../schemas/generated/types.ts';

export const CLI_STRINGS = {
  en: {
    help: `crmkit — CRM strategy and implementation-planning toolkit

Usage:
  crmkit validate [paths…]   Check content files; with no paths, all shipped content
                             plus the folders in CRMKIT_CONTENT.
  crmkit --help              Show this help.
  crmkit --version           Show the version.

Options:
  --json                     Print the result as JSON (for scripts and CI).
  --lang en|zh               Language of messages (default en).
  --content DIR              Also load the content in DIR (repeatable), e.g. a
                             consultancy's own frameworks and overlays.

Exit status: 0 when every file is valid, 1 when a problem was found, 2 for a usage error.`,
    clean: (files: number) => `${files} file${files === 1 ? '' : 's'} checked: no problems`,
    summary: (problems: number, files: number, checked: number) =>
      `${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${checked} checked)`,
    unknownCommand: (c: string) => `unknown command "${c}"; try crmkit --help`,
    badOption: (m: string) => `${m}; try crmkit --help`,
  },
  zh: {
    help: `crmkit —— 客户关系管理战略与实施规划工具

用法：
  crmkit validate [路径…]    检查内容文件；不给路径时检查全部内置内容，
                             以及 CRMKIT_CONTENT 中列出的文件夹。
  crmkit --help              显示本帮助。
  crmkit --version           显示版本。

选项：
  --json                     以 JSON 输出结果（供脚本和持续集成使用）。
  --lang en|zh               信息所用语言（默认 en）。
  --content 文件夹           同时载入该文件夹中的内容（可重复），例如咨询公司
                             自己的框架和扩展。

退出码：全部有效为 0，发现问题为 1，用法错误为 2。`,
    clean: (files: number) => `已检查 ${files} 个文件：没有问题`,
    summary: (problems: number, files: number, checked: number) =>
      `${files} 个文件中有 ${problems} 个问题（共检查 ${checked} 个文件）`,
    unknownCommand: (c: string) => `未知命令 “${c}”；请运行 crmkit --help`,
    badOption: (m: string) => `${m}；请运行 crmkit --help`,
  },
} satisfies Record<Language, unknown>;
