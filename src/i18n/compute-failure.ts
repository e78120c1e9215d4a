/** Words of the block an engagement page shows when an engine fails on it, in both languages. */
import { bilingual } from './lib/bilingual.ts';

/** The block an engagement's page shows instead of its content when the engines fail on it. */
export const COMPUTE_FAILURE = bilingual({
  en: {
    title: 'This page could not be computed',
    where: (file: string) => `From ${file}`,
    why: (message: string) => `What failed: ${message}`,
    help: 'The file passed validation, so this is a fault in crmkit, not in the file: please report it with the file. The other engagements are not affected; run `npx crmkit validate` on the file to check it again.',
  },
  zh: {
    title: '无法计算此页面',
    where: (file: string) => `来自 ${file}`,
    why: (message: string) => `出错的环节：${message}`,
    help: '该文件已通过校验，因此这是 crmkit 的缺陷，而不是文件的问题：请连同文件一起报告。其他咨询项目不受影响；可对该文件运行 `npx crmkit validate` 再次检查。',
  },
});
