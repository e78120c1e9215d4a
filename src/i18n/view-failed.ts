/**
 * What the workshop says when one of its views fails to draw (src/islands/ViewFailed.svelte):
 * the view is named, nothing was lost, and there is a way on. In the initial JS, so the
 * message can show even when the view's own chunk is what failed.
 */
import { bilingual } from './lib/bilingual.ts';

export const VIEW_FAILED = bilingual({
  en: {
    heading: 'This view could not be shown',
    body: 'Something in this engagement made the view fail. Your work is saved in this browser and nothing was lost; every other section still opens from the menu.',
    detail: 'What went wrong (for a bug report, with the exported engagement):',
    retry: 'Try this view again',
    back: 'Back to the client profile',
  },
  zh: {
    heading: '此视图无法显示',
    body: '此项目中的某些内容使该视图出错。您的工作已保存在此浏览器中，没有任何丢失；菜单中的其他部分仍可打开。',
    detail: '出错原因（报告问题时请附上导出的项目文件）：',
    retry: '重新打开此视图',
    back: '返回客户概况',
  },
});
