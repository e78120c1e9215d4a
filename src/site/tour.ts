/**
 * The home page's pictures of what crmkit makes: one sample per language, three pages of it.
 * `npm run tour-images` takes them (src/tools/tour-images.ts) into public/tour/, where the
 * home page and the README find them.
 */
import type { Engagement, Language } from '../schemas/generated/types.ts';

export const TOUR_PAGES = ['summary', 'plan', 'room'] as const;
export type TourPage = (typeof TOUR_PAGES)[number];

/** Pictures are taken at 1280×800 and stored at half that, which a card of the home shows sharp. */
export const TOUR_IMAGE = { width: 640, height: 400, viewport: { width: 1280, height: 800 } } as const;

/** A sample in the page's language, so a Chinese visitor sees a Chinese engagement. */
export const TOUR_SAMPLE: Record<Language, string> = {
  en: 'industrial-equipment-growth',
  zh: 'sony-china-after-sales',
};

export function tourSample(engagements: readonly Engagement[], lang: Language): Engagement | undefined {
  return (
    engagements.find((e) => e.id === TOUR_SAMPLE[lang]) ??
    engagements.find((e) => e.language === lang) ??
    engagements[0]
  );
}
