/** Money, numbers and widths as readers see them: the Chinese 万元/亿元 rule (docs/reference/figures.md, "Money in Chinese"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyUnit,
  formatAmountShort,
  formatChange,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
} from '../../src/i18n/lib/format.ts';
import { displayWidth, padCells } from '../../src/core/shared/text.ts';

/** Tests write the no-break space between number and unit as a plain space. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');
const zh = (v: number, digits = 0) => plain(formatMoney(v, 'CNY', 'zh', digits));
const zhShort = (v: number, currency = 'CNY') => plain(formatMoneyShort(v, currency, 'zh'));

describe('money in Chinese', () => {
  it('headlines and charts: 万元 below 1 亿 (one decimal under 100 万), 亿元 above', () => {
    expect(zhShort(4_600_000)).toBe('460 万元'); // was "CNY 460.0万"
    expect(zhShort(9_800)).toBe('9,800 元');
    expect(zhShort(465_000)).toBe('46.5 万元');
    expect(zhShort(17_524_680.4)).toBe('1,752 万元'); // 1,752.468 万, whole 万 from 100 万 on
    expect(zhShort(175_250_000)).toBe('1.75 亿元');
    expect(zhShort(1_250_000_000)).toBe('12.5 亿元');
    expect(zhShort(-19_400_000)).toBe('-1,940 万元');
  });
  it('rounds first, then picks the unit: 9,999.6 is 1 万元 and 99,999,999 is 1 亿元', () => {
    expect(zhShort(9_999.6)).toBe('1 万元');
    expect(zhShort(999_999)).toBe('100 万元');
    expect(zhShort(99_999_999)).toBe('1 亿元');
  });
  it('exact figures: 元 with the asked decimals below 1 万, 万元 to two decimals (100 元) from 1 万 on', () => {
    expect(zh(1_234.5, 2)).toBe('1,234.50 元');
    expect(zh(17_524_680.4, 2)).toBe('1,752.47 万元');
    expect(zh(45_400_000)).toBe('4,540 万元');
    expect(zh(0)).toBe('0 元');
  });
  it('other currencies by their Chinese name; English keeps the ISO code', () => {
    expect(zhShort(4_600_000, 'EUR')).toBe('460 万欧元');
    expect(zhShort(4_600_000, 'USD')).toBe('460 万美元');
    expect(currencyUnit('CNY', 'zh')).toBe('元');
    expect(currencyUnit('CNY', 'en')).toBe('CNY');
    expect(plain(formatMoney(4_600_000, 'CNY', 'en'))).toBe('CNY 4,600,000');
    expect(plain(formatMoneyShort(4_600_000, 'CNY', 'en'))).toBe('CNY 4.6M');
    expect(plain(formatMoneyShort(420_000_000, 'CNY', 'en'))).toBe('CNY 420M'); // not 420.0M
    expect(formatAmountShort(4_600_000, 'zh')).toBe('460\u00a0万');
  });
  it('property: the short form is within 5% (or 50 元) of the amount, and never spells a currency code', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e11, max: 1e11, noNaN: true }), (v) => {
        const text = zhShort(v).replace(/,/g, '');
        expect(text).not.toMatch(/CNY/);
        const m = /^(-?[\d.]+) (万|亿)?元$/.exec(text);
        expect(m, text).not.toBeNull();
        const back = Number(m?.[1]) * (m?.[2] === '亿' ? 1e8 : m?.[2] === '万' ? 1e4 : 1);
        expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.max(50, Math.abs(v) * 0.05));
      }),
    );
  });
});

describe('zero has no sign', () => {
  // Found by tests/unit/output-extremes.test.ts: `crmkit roi` with every amount 0 printed
  // "-0" in its net column (0 − 0 is −0 in floating point) and the summary "-EUR 0".
  it('−0 and a negative that rounds to zero read 0, in every format and both languages', () => {
    for (const v of [-0, -0.001, -1e-12]) {
      expect([
        plain(formatMoney(v, 'EUR', 'en')),
        plain(formatMoneyShort(v, 'EUR', 'en')),
        formatNumber(v, 'en', 0),
      ]).toEqual(['EUR 0', 'EUR 0', '0']);
      expect([formatPercent(v / 1000, 'en'), formatAmountShort(v, 'en')]).toEqual(['0%', '0']);
      expect([plain(formatMoney(v, 'EUR', 'zh')), formatNumber(v, 'zh', 0), formatPercent(v / 1000, 'zh')]).toEqual([
        '0 欧元',
        '0',
        '0%',
      ]);
      expect(zhShort(v)).toBe('0 元');
    }
  });

  it('a change is signed, and none is 0% with no sign', () => {
    expect([-0.15, 0.1, 0, -0].map((v) => formatChange(v, 'en'))).toEqual(['−15%', '+10%', '0%', '0%']);
    expect(formatChange(-0.2, 'zh')).toBe('−20%');
  });

  it('a real negative keeps its sign', () => {
    expect([plain(formatMoney(-0.4, 'EUR', 'en', 2)), formatNumber(-1, 'en'), zh(-12_345)]).toEqual([
      '-EUR 0.40',
      '-1',
      '-1.23 万元',
    ]);
  });
});

describe('display width', () => {
  it('counts a Chinese character as two terminal cells', () => {
    expect(displayWidth('净现金流')).toBe(8);
    expect(displayWidth('period')).toBe(6);
    expect(displayWidth('（折现）')).toBe(8);
    // UAX #11 through get-east-asian-width: hangul and kana wide, an emoji wide, a combining
    // accent on the letter before it, ambiguous-width Greek narrow as in a Western terminal.
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('カナ')).toBe(4);
    expect(displayWidth('ok 🎉')).toBe(5);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('λmax')).toBe(4);
    expect(padCells('累计', 6, 'right')).toBe('  累计');
    expect(padCells('期', 3, 'left')).toBe('期 ');
  });
});
