/**
 * Typed keys for the dictionaries: the Chinese side of each must have exactly the English
 * side's keys, text where it has text, and sentences taking the same parameters. The parity
 * test checks the same at run time; this makes a missing or misspelt key a type error in the
 * editor, where the translator is.
 */

/** The shape a translation must have, from the English dictionary's type. */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : T extends object
      ? { [K in keyof T]: Words<T[K]> } // on arrays and tuples too, keeping their shape
      : T;

/** A dictionary in both languages, the Chinese checked against the English. */
export function bilingual<E extends object>(words: { en: E; zh: NoInfer<Words<E>> }): { en: E; zh: Words<E> } {
  return words;
}
