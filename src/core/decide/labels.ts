/**
 * Vendor sub-criteria in the words a client reads. A sub-criterion is a question of the
 * vendor-criteria framework ("How well does the product support service management (service
 * requests and cases, …)?"); in a must-have, a knock-out or a list of missing scores it is named
 * by that question without the bracketed detail, never by its id.
 */
import type { Framework, Language } from '../../schemas/generated/types.ts';

/** The question's text without its bracketed examples: "How well does the product support service management?" */
export function briefQuestion(text: string): string {
  const brief = text
    .replace(/\s*[(（][^()（）]*[)）]/gu, '')
    .replace(/\s+([?？])/u, '$1')
    .trim();
  return brief === '' ? text : brief;
}

/** A sub-criterion's name by id: its brief question, else its criterion's title, else (unknown id) the id. */
export function subCriterionLabel(framework: Framework, lang: Language): (id: string) => string {
  const names = new Map<string, string>();
  for (const element of framework.elements) {
    names.set(element.id, element.title[lang]);
    for (const question of element.questions ?? []) names.set(question.id, briefQuestion(question.text[lang]));
  }
  return (id) => names.get(id) ?? id;
}
