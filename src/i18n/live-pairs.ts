/**
 * What a phone shows for one AHP pairwise comparison in the live room, in both languages
 * (the phone picks its own): the question and one label per position of the classic
 * questionnaire's row, 9 7 5 3 1 3 5 7 9, with Saaty's verbal scale (1 equal, 3 moderately,
 * 5 strongly, 7 very strongly, 9 extremely more important; in Chinese 同等、稍微、明显、强烈、极端).
 */
import { pairIntensity, PAIR_POSITIONS, type PairElement } from '../core/live/pairwise.ts';
import type { QuestionWords } from '../core/live/state.ts';
import type { Framework } from '../schemas/generated/types.ts';

/** Saaty's verbal scale, by intensity. */
export const STRENGTH = {
  en: { 3: 'moderately', 5: 'strongly', 7: 'very strongly', 9: 'extremely' },
  zh: { 3: '稍微', 5: '明显', 7: '强烈', 9: '极端' },
} as const;

type Intensity = keyof (typeof STRENGTH)['en'];

export function pairWords(framework: Framework, a: PairElement, b: PairElement): QuestionWords {
  const label = (position: number) => {
    if (position === 0) return { en: 'Equally important', zh: '同等重要' };
    const [more, less] = position < 0 ? [a, b] : [b, a];
    const intensity = pairIntensity(position) as Intensity;
    return {
      en: `${more.title.en}: ${STRENGTH.en[intensity]} more important`,
      zh: `${more.title.zh}比${less.title.zh}${STRENGTH.zh[intensity]}重要`,
    };
  };
  return {
    element: { en: framework.title.en, zh: framework.title.zh },
    text: {
      en: `${a.title.en} or ${b.title.en}: which matters more in choosing the vendor, and by how much?`,
      zh: `${a.title.zh}与${b.title.zh}：选择供应商时哪一项更重要？重要多少？`,
    },
    points: PAIR_POSITIONS.map((position) => ({
      value: position,
      label: label(position),
      number: String(pairIntensity(position)),
    })),
    na: false,
  };
}
