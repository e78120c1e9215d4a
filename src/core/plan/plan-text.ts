/** Plan text (a title or a why) as one language reads it: content text is localized, user text is not. */
import type { Language } from '../../schemas/generated/types.ts';
import type { PlanText } from './types.ts';

export const pick = (text: PlanText, lang: Language): string => (typeof text === 'string' ? text : text[lang]);
