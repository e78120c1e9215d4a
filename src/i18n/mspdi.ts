/** Names inside an MS Project (MSPDI) file: its calendar, the holiday and working-day exceptions, in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const MSPDI_WORDS = bilingual({
  en: { calendar: 'Standard', holiday: 'Holiday', workday: 'Working day' },
  zh: { calendar: '标准', holiday: '节假日', workday: '调休工作日' },
});
