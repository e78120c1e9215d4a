/** The customer segments section's name and count in the workshop's menu, in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const SEGMENT_NAV = bilingual({
  en: {
    nav: 'Customer segments',
    count: (n: number) => `${n} segment${n === 1 ? '' : 's'}`,
  },
  zh: {
    nav: '客户群',
    count: (n: number) => `${n} 个客户群`,
  },
});
