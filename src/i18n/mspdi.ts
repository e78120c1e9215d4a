/** Names inside an MS Project (MSPDI) file: its calendar and the holiday exceptions, in both languages. */
import { bilingual } from './lib/bilingual.ts';

export const MSPDI_WORDS = bilingual({
  en: { calendar: 'Standard', holiday: 'Holiday' },
  zh: { calendar: '标准', holiday: '节假日' },
});
