/** The customer segments section's name and count in the workshop's menu, in both languages. */
import type { Language } from '../schemas/generated/types.ts';

export const SEGMENT_NAV = {
  en: {
    nav: 'Customer segments',
    count: (n: number) => `${n} segment${n === 1 ? '' : 's'}`,
  },
  zh: {
    nav: '客户群',
    count: (n: number) => `${n} 个客户群`,
  },
} satisfies Record<Language, unknown>;
