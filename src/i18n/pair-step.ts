/**
 * The few words the wizard itself needs for the pair ratings step (in its initial JS); the
 * editor's own words are in pair-matrix.ts and load with it.
 */
import { bilingual } from './lib/bilingual.ts';

export const PAIR_STEP = bilingual({
  en: {
    step: (rated: number, total: number) => `Pair fit (${rated}/${total})`,
    ratePairs: 'Rate the pairs',
  },
  zh: {
    step: (rated: number, total: number) => `要素匹配（${rated}/${total}）`,
    ratePairs: '为要素对评分',
  },
});
