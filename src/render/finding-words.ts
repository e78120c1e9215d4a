/**
 * Findings turned into sentences a workshop can follow. The CLI, the results pages and the
 * plan's traces all use this, so the "why" reads the same everywhere.
 */
import { formatAmount, formatScore, frameworkLabels, type Labels } from '../core/assess/explain.ts';
import type { Finding, Rule } from '../core/assess/types.ts';
import { FINDING_SENTENCES } from '../i18n/findings.ts';
import { formatMoneyShort } from '../i18n/lib/format.ts';
import type { Framework, Language } from '../schemas/generated/types.ts';

/** One sentence saying why the finding exists. */
export function explainFinding(finding: Finding, framework: Framework, lang: Language): string {
  const labels = frameworkLabels(framework, lang);
  const { rule } = finding;
  // Segment values are money: in the engagement's currency (in 10,000s in Chinese) when it is known.
  const number = (v: number) =>
    rule.kind !== 'quadrant'
      ? formatScore(v, lang)
      : rule.currency
        ? formatMoneyShort(v, rule.currency, lang)
        : formatAmount(v, lang);
  const sentence = FINDING_SENTENCES[lang][finding.rule.kind] as (
    r: Rule,
    l: Labels,
    n: (v: number) => string,
  ) => string;
  return sentence(rule, labels, number);
}
