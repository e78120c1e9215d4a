/**
 * The cost and benefit lines in the words a client reads: each line's name (its label, else its
 * catalogue category's title, never an id) and how its amount was entered, for the ROI page, the
 * workshop and `crmkit roi`.
 */
import { ROI_PAGE } from '../i18n/roi.ts';
import type { BenefitLine, CostLine, Finance, Framework, Language, LocalizedText } from '../schemas/generated/types.ts';
import { formatNumber, formatPercent } from '../i18n/lib/format.ts';

/** The ROI catalogue's category titles by id (cost and benefit items of catalogue frameworks). */
export function categoryTitles(frameworks: Iterable<Framework>): Map<string, LocalizedText> {
  const titles = new Map<string, LocalizedText>();
  for (const framework of frameworks) {
    for (const element of framework.elements) {
      if (element.catalog !== 'cost' && element.catalog !== 'benefit') continue;
      for (const item of element.items ?? []) titles.set(item.id, item.title);
    }
  }
  return titles;
}

export interface LineWords {
  /** The line's name: its label, else its category's title. */
  name: (line: Pick<CostLine, 'id' | 'category' | 'label'>) => string;
  /** The category's title; the id only when the catalogue does not list it. */
  category: (id: string) => string;
  /** How the amount was entered: "4,800,000 in period 0; 1,200,000 each period". */
  entered: (line: CostLine | BenefitLine) => string;
}

export function lineWords(
  finance: Pick<Finance, 'periodUnit' | 'costs' | 'benefits'>,
  titles: ReadonlyMap<string, LocalizedText>,
  lang: Language,
): LineWords {
  const r = ROI_PAGE[lang];
  const amount = (v: number) => formatNumber(v, lang, 0);
  const separator = lang === 'zh' ? '；' : '; ';
  const category = (id: string) => titles.get(id)?.[lang] ?? id;
  return {
    category,
    name: (line) => line.label ?? category(line.category),
    entered: (line) => {
      if ('annual' in line) {
        const ramp = line.rampUp?.length ? line.rampUp.map((s) => formatPercent(s, lang, 0)) : [];
        return [
          r.enteredAnnual(amount(line.annual)),
          ...(ramp.length ? [r.enteredRamp(ramp.join(r.listSeparator))] : []),
        ].join(separator);
      }
      const parts: string[] = [];
      if (line.oneTime) parts.push(r.enteredOnce(amount(line.oneTime)));
      if (line.byPeriod?.length) {
        parts.push(
          r.enteredByPeriod(line.byPeriod.map(amount).join(r.listSeparator), finance.periodUnit, line.byPeriod.length),
        );
      }
      if (line.recurring)
        parts.push(r.enteredRecurring(amount(line.recurring), finance.periodUnit, line.byPeriod?.length ?? 0));
      return parts.length > 0 ? parts.join(separator) : r.enteredNothing;
    },
  };
}
