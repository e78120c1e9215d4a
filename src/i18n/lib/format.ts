/**
 * Numbers, money and percentages formatted for the reader's locale, the same on pages and in
 * the CLI. A value that is zero once rounded is written without a sign ("0", never "-0" or
 * "-EUR 0": a net of 0 − 0 or a loss of a tenth of a cent is no loss the reader can see).
 */
import type { Language } from '../../schemas/generated/types.ts';
import { languageTag } from '../../core/shared/text.ts';

/**
 * Money in Chinese, written as a Chinese reader writes it: the number, then 万 or 亿, then the
 * currency's unit (元 for CNY, 美元, 欧元 … for others), e.g. "460 万元", never "CNY 460.0万".
 * Every amount in Chinese goes through here (`formatMoney`, `formatMoneyShort`, chart labels).
 *
 * Rule, on the absolute value after rounding (so 99,999,999 is "1 亿元", not "10,000 万元"):
 * - exact (`formatMoney`: tables of figures, the CLI): below 1 万 in 元 with the asked decimals
 *   ("9,800 元"); from 1 万 on in 万元 with up to two decimals, i.e. to the 100 元
 *   ("1,752.47 万元", "4,540 万元");
 * - short (`formatMoneyShort`: headlines and charts, about three significant digits): below 1 万
 *   in 元 ("9,800 元"); below 100 万 in 万元 with up to one decimal ("46.5 万元"); below 1 亿 in
 *   whole 万元 ("460 万元", "1,753 万元"); below 10 亿 in 亿元 with up to two decimals
 *   ("1.75 亿元"); above in 亿元 with up to one decimal ("12.5 亿元").
 * A no-break space keeps the number and its unit on one line.
 */
const WAN = 1e4;
const YI = 1e8;
interface Tier {
  below: number;
  scale: number;
  suffix: '' | '万' | '亿';
  digits: number;
}
const SHORT_TIERS: readonly Tier[] = [
  { below: WAN, scale: 1, suffix: '', digits: 0 },
  { below: 100 * WAN, scale: WAN, suffix: '万', digits: 1 },
  { below: YI, scale: WAN, suffix: '万', digits: 0 },
  { below: 10 * YI, scale: YI, suffix: '亿', digits: 2 },
  { below: Infinity, scale: YI, suffix: '亿', digits: 1 },
];
const exactTiers = (digits: number): readonly Tier[] => [
  { below: WAN, scale: 1, suffix: '', digits },
  { below: Infinity, scale: WAN, suffix: '万', digits: 2 },
];

function zhNumber(value: number, tiers: readonly Tier[], fixed: boolean): string {
  const abs = Math.abs(value);
  const rounded = (tier: Tier) => Math.round((abs / tier.scale) * 10 ** tier.digits) / 10 ** tier.digits;
  const tier = tiers.find((t) => rounded(t) * t.scale < t.below) ?? tiers[tiers.length - 1] ?? tiers[0];
  if (!tier) return String(value);
  const number = new Intl.NumberFormat('zh-CN', {
    signDisplay: 'negative',
    maximumFractionDigits: tier.digits,
    minimumFractionDigits: fixed && tier.suffix === '' ? tier.digits : 0,
  }).format(Math.sign(value) * rounded(tier));
  return tier.suffix === '' ? number : `${number}\u00a0${tier.suffix}`;
}

/** The currency's unit for a Chinese reader: 元 for CNY, else its Chinese name (美元, 欧元, 日元 …). */
export function currencyUnit(currency: string, lang: Language): string {
  if (lang !== 'zh') return currency;
  if (currency === 'CNY') return '元';
  try {
    return new Intl.DisplayNames('zh-CN', { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

function zhMoney(number: string, currency: string): string {
  const unit = currencyUnit(currency, 'zh');
  const latin = /^[A-Z]+$/.test(unit);
  // "460 万元", "9,800 元"; a unit written in Latin letters keeps its own space: "460 万 XYZ".
  return number.includes('\u00a0') && !latin ? `${number}${unit}` : `${number}\u00a0${unit}`;
}

/** An amount in its currency; `digits` 2 shows cents, 0 whole units (in Chinese: see the rule above). */
export function formatMoney(value: number, currency: string, lang: Language, digits = 0): string {
  if (lang === 'zh') return zhMoney(zhNumber(value, exactTiers(digits), true), currency);
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    signDisplay: 'negative',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A fraction as a percentage: 0.284 → "28.4%". */
export function formatPercent(fraction: number, lang: Language, digits = 1): string {
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'percent',
    signDisplay: 'negative',
    maximumFractionDigits: digits,
  }).format(fraction);
}

/**
 * A change as a signed percentage: 0.1 → "+10%", −0.15 → "−15%" (a true minus sign), and no
 * sign at all for none: "0%", never "−0%" or "+0%".
 */
export function formatChange(fraction: number, lang: Language, digits = 1): string {
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: digits,
  })
    .format(fraction)
    .replace('-', '−');
}

/** A plain number with grouping and at most `digits` decimals. */
export function formatNumber(value: number, lang: Language, digits = 2): string {
  return new Intl.NumberFormat(languageTag(lang), { signDisplay: 'negative', maximumFractionDigits: digits }).format(
    value,
  );
}

/** A large amount in short form for headlines and charts: CNY 17.5M in English, 1,753 万元 in Chinese. */
export function formatMoneyShort(value: number, currency: string, lang: Language): string {
  if (lang === 'zh') return zhMoney(zhNumber(value, SHORT_TIERS, false), currency);
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    signDisplay: 'negative',
    notation: 'compact',
    // The currency's own two decimals would print 420.0M.
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

/** The number of `formatMoneyShort` without its unit, for chart ticks whose axis names the unit: 17.5M, 1,753 万. */
export function formatAmountShort(value: number, lang: Language): string {
  if (lang === 'zh') return zhNumber(value, SHORT_TIERS, false);
  return new Intl.NumberFormat(languageTag(lang), {
    notation: 'compact',
    signDisplay: 'negative',
    maximumFractionDigits: 1,
  }).format(value);
}

/** An ISO day (YYYY-MM-DD) as the reader writes dates: Mar 2, 2026 or 2026年3月2日. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(languageTag(lang), {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** When something was saved (an ISO timestamp) in the reader's local date and time; '' when it does not read. */
export function formatSavedAt(iso: string, lang: Language): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? '' : time.toLocaleString(languageTag(lang));
}
