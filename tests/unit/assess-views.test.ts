/**
 * The framework-specific views against hand-worked numbers from the samples: 7-S fit,
 * customer portfolio and growth-stage classification; plus their invariants.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessFramework } from '../../src/core/assess/assess-engagement.ts';
import { classify, compareWithProfile } from '../../src/core/assess/classify.ts';
import { explainFinding } from '../../src/render/finding-words.ts';
import { median, placeSegments, topShareOf } from '../../src/core/assess/portfolio.ts';
import { scoreFramework } from '../../src/core/assess/score.ts';
import { fitOf, sevenSFit } from '../../src/core/assess/seven-s.ts';
import type { CustomerSegment, FrameworkAnswers } from '../../src/schemas/generated/types.ts';
import { sample, shippedFramework } from './assess-helpers.ts';

const sevenS = shippedFramework('mckinsey-7s');
const strategy = shippedFramework('customer-strategy');
const readiness = shippedFramework('growth-readiness');

describe('7-S fit', () => {
  test('Sony China: hard/soft balance and the rated misfits, weakest first', () => {
    const fit = assessFramework(sevenS, sample('sony-china-after-sales')).fit;
    // hard = (500/9·3 + 375/8·2 + 200/9·2) / 7; soft = (550/9·2 + 300/7·1.5·2 + 62.5·2) / 7
    const hard = ((500 / 9) * 3 + (375 / 8) * 2 + (200 / 9) * 2) / 7;
    const soft = ((550 / 9) * 2 + (300 / 7) * 3 + 62.5 * 2) / 7;
    expect(fit?.groups.map((g) => g.group)).toEqual(['hard', 'soft']);
    expect(fit?.groups[0]?.score).toBeCloseTo(hard, 9);
    expect(fit?.groups[1]?.score).toBeCloseTo(soft, 9);
    expect(fit?.balance).toBeCloseTo(hard - soft, 9);
    // fit-5: rating 1 → 0, 2 → 25; misfit below 50.
    expect(fit?.misfits.map((m) => [m.a, m.b, m.fit])).toEqual([
      ['systems', 'staff', 0],
      ['strategy', 'systems', 25],
      ['structure', 'systems', 25],
      ['systems', 'shared-values', 25],
      ['systems', 'skills', 25],
    ]);
    expect(fit?.findings.map((f) => f.recommendations[0])).toHaveLength(5);
  });

  test('the pump maker: seven misfits, all rated', () => {
    const fit = assessFramework(sevenS, sample('industrial-equipment-growth')).fit;
    expect(fit?.misfits.map((m) => `${m.a}/${m.b}=${m.fit}`)).toEqual([
      'systems/staff=0',
      'strategy/systems=25',
      'structure/skills=25',
      'structure/systems=25',
      'systems/shared-values=25',
      'systems/skills=25',
      'systems/style=25',
    ]);
    expect(fit?.misfits.every((m) => m.rated)).toBe(true);
  });

  test('unrated pairs are derived by the framework rule (balance: 100 − |a − b|)', () => {
    const answers = sample('sony-china-after-sales').answers?.['mckinsey-7s'];
    const fit = sevenSFit(sevenS, scoreFramework(sevenS, answers), []);
    // strategy 500/9, systems 200/9 → 100 − 300/9 = 66.67: not a misfit when derived.
    expect(fitOf(fit.pairs, 'systems', 'strategy')?.fit).toBeCloseTo(100 - 300 / 9, 9);
    expect(fitOf(fit.pairs, 'systems', 'strategy')?.rated).toBe(false);
    expect(fit.pairs.every((p) => !p.rated)).toBe(true);
  });

  test('fit stays in 0–100 and is the same in either order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 21, maxLength: 21 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 27, maxLength: 27 }),
        (ratings, values) => {
          const questions = sevenS.elements.flatMap((e) => e.questions ?? []);
          const answers: FrameworkAnswers = Object.fromEntries(
            questions.map((q, i) => [q.id, { value: values[i] ?? 3 }]),
          );
          const pairs = sevenS.alignment?.pairs ?? [];
          const rated = pairs.filter((_, i) => i % 2 === 0).map((p, i) => ({ a: p.b, b: p.a, value: ratings[i] ?? 3 }));
          const fit = sevenSFit(sevenS, scoreFramework(sevenS, answers), rated);
          return fit.pairs.every(
            (p) => p.fit !== undefined && p.fit >= 0 && p.fit <= 100 && fitOf(fit.pairs, p.b, p.a) === p,
          );
        },
      ),
    );
  });
});

describe('customer portfolio', () => {
  const portfolio = strategy.portfolio;
  if (!portfolio) throw new Error('customer-strategy has no portfolio');

  test('Sony China: thresholds at the median, every quadrant used', () => {
    const result = placeSegments(portfolio, sample('sony-china-after-sales').segments ?? [], strategy.id);
    // historical (M): 40, 90, 150 | 280, 310, 420 → (150 + 280) / 2 = 215 M
    // potential (M): 30, 60, 120 | 420, 480, 600 → (120 + 420) / 2 = 270 M
    expect(result.thresholds).toEqual({ x: 215_000_000, y: 270_000_000 });
    expect(Object.fromEntries(result.segments.map((s) => [s.segment, s.quadrant]))).toEqual({
      'premium-tv-home-theatre': 'invest',
      'legacy-audio': 'restructure',
      'laptop-users': 'restructure',
      'digital-imaging': 'nurture',
      'gaming-entertainment': 'nurture',
      'low-value-repairs': 'abandon',
    });
    // 20 % of 3,550,000 customers = 710,000: laptops (240k, 280 M) then 470k of 620k audio
    // customers (470/620 · 310 M = 235 M) → 515 M of 1,290 M.
    expect(result.topShare?.valueShare).toBeCloseTo(515 / 1290, 9);
    expect(result.topShare?.segments).toEqual(['laptop-users', 'legacy-audio']);
  });

  test('the pump maker: thresholds, quadrants and the 80/20 share', () => {
    const result = placeSegments(portfolio, sample('industrial-equipment-growth').segments ?? [], strategy.id);
    expect(result.thresholds).toEqual({ x: 19_700_000, y: 27_000_000 });
    expect(result.segments.map((s) => s.quadrant)).toEqual([
      'invest',
      'invest',
      'restructure',
      'nurture',
      'abandon',
      'abandon',
    ]);
    // 86 of 430 customers: OEM 21 (28.2 M), chemicals 46 (34.5 M), export 17 (9.8 M), 2 of 68 water (0.3706 M).
    expect(result.topShare?.valueShare).toBeCloseTo((28.2 + 34.5 + 9.8 + (2 / 68) * 12.6) / 117.3, 9);
  });

  test('a segment’s reason names the segment and the unit of its values', () => {
    // Sony's premium TV segment: 420,000,000 historical, 600,000,000 potential, in CNY.
    const sony = sample('sony-china-after-sales');
    const result = placeSegments(portfolio, sony.segments ?? [], strategy.id, sony.client.currency);
    const finding = result.findings.find(
      (f) => f.rule.kind === 'quadrant' && f.rule.segment === 'premium-tv-home-theatre',
    );
    if (!finding) throw new Error('no finding');
    const plain = (t: string) => t.replaceAll('\u00a0', ' ');
    expect(plain(explainFinding(finding, strategy, 'en'))).toBe(
      'The segment “高端电视与家庭影院用户”: historical value CNY 420M and potential lifetime value CNY 600M place it in “Invest”.',
    );
    expect(plain(explainFinding(finding, strategy, 'zh'))).toBe(
      '客户群“高端电视与家庭影院用户”的历史价值为 4.2 亿元，潜在生命周期价值为 6 亿元，因此落在“投资”象限。',
    );
  });

  test('ties at the threshold count as high; no segments is no crash', () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    const even: CustomerSegment[] = [
      { id: 'a', name: 'A', historicalValue: 10, potentialValue: 10 },
      { id: 'b', name: 'B', historicalValue: 10, potentialValue: 10 },
    ];
    expect(placeSegments(portfolio, even, 'x').segments.map((s) => s.quadrant)).toEqual(['invest', 'invest']);
    const empty = placeSegments(portfolio, [], 'x');
    expect(empty.segments).toEqual([]);
    expect(empty.topShare).toBeUndefined();
  });

  test('each segment lands in exactly one quadrant and the top share is a share', () => {
    const segmentArb = fc.record({
      historicalValue: fc.integer({ min: 0, max: 1e9 }),
      potentialValue: fc.integer({ min: 0, max: 1e9 }),
      customers: fc.integer({ min: 1, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(segmentArb, { minLength: 1, maxLength: 12 }), (raw) => {
        const segments = raw.map((s, i) => ({ ...s, id: `s${i}`, name: `S${i}` }));
        const result = placeSegments(portfolio, segments, 'x');
        const share = topShareOf(segments, 0.2);
        const onePerSegment = result.segments.length === segments.length;
        const someHigh = result.segments.some((s) => s.x === 'high') && result.segments.some((s) => s.y === 'high');
        const total = segments.reduce((sum, s) => sum + s.historicalValue, 0);
        const shareOk =
          total === 0
            ? share === undefined
            : share !== undefined && share.valueShare >= 0 && share.valueShare <= 1 + 1e-12;
        return onePerSegment && someHigh && shareOk;
      }),
    );
  });
});

describe('growth stage and application mode', () => {
  test('the pump maker: growth, business application, sales-process-led', () => {
    const results = classify(readiness, sample('industrial-equipment-growth').answers?.['growth-readiness']);
    const byId = Object.fromEntries(results.map((r) => [r.classification, r]));
    // growth: functions 3 (w3) + data loss 3 (w3) + routine 3 (w2) + cycle 4 (w1) = 9 of 9
    expect(byId['growth-stage']?.winner).toBe('growth');
    expect(byId['growth-stage']?.options.map((o) => [o.option, o.matched, o.possible])).toEqual([
      ['initial-growth', 0, 8],
      ['growth', 9, 9],
      ['stable-regrowth', 2, 8], // only resources 3 (w2)
    ]);
    // business application: functions 3 (w2) + data loss 3 (w2) + routine 3 (w2) + resources 3 (w1) = 7 of 7
    expect(byId['application-mode']?.winner).toBe('business-application');
    expect(byId['application-mode']?.options.find((o) => o.option === 'business-application')?.matched).toBe(7);
    // sales process: value driver 3 (w3) + industry 3 (w2) + cycle 4 (w1) = 6 of 6
    expect(byId['business-mode']?.winner).toBe('sales-process');
    expect(compareWithProfile(results, sample('industrial-equipment-growth').client)).toEqual([]);
  });

  test('Sony China: stable re-growth and system implementation, led by maintenance service at any stage', () => {
    const results = classify(readiness, sample('sony-china-after-sales').answers?.['growth-readiness']);
    const byId = Object.fromEntries(results.map((r) => [r.classification, r]));
    // stable: functions 4 (w3) + resources 4 (w2) + sites 4 (w2) + customers 4 (w1) = 8 of 8
    expect(byId['growth-stage']?.options.find((o) => o.option === 'stable-regrowth')).toMatchObject({
      matched: 8,
      possible: 8,
    });
    expect(byId['growth-stage']?.winner).toBe('stable-regrowth');
    expect(byId['application-mode']?.winner).toBe('system-implementation');
    // maintenance service: value driver 4 (w3) + industry 4 (w2) + customers 4 (w1) = 6 of 6
    expect(byId['business-mode']?.winner).toBe('maintenance-service');
    expect(compareWithProfile(results, sample('sony-china-after-sales').client)).toEqual([]);
  });

  test('too few answers is undecided, not a guess; a different profile is reported', () => {
    const few = classify(readiness, { 'prof-customers': { value: 1 } });
    expect(few[0]?.status).toBe('undecided');
    const answers = sample('industrial-equipment-growth').answers?.['growth-readiness'];
    const results = classify(readiness, answers);
    expect(compareWithProfile(results, { growthStage: 'stable-regrowth' })).toEqual([
      { classification: 'growth-stage', stated: 'stable-regrowth', derived: 'growth' },
    ]);
  });

  test('the winner carries the most matched weight; reasons and misses split the indicators', () => {
    const questions = readiness.elements.flatMap((e) => e.questions ?? []);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
          minLength: questions.length,
          maxLength: questions.length,
        }),
        (values) => {
          const answers: FrameworkAnswers = {};
          questions.forEach((q, i) => {
            const value = values[i];
            if (value !== undefined) answers[q.id] = { value };
          });
          const results = classify(readiness, answers);
          return results.every((r) => {
            const best = Math.max(0, ...r.options.map((o) => o.matched));
            const winnerOk = r.winner === undefined || r.options.find((o) => o.option === r.winner)?.matched === best;
            const split = r.options.every(
              (o) =>
                o.matched <= o.possible &&
                o.fit >= 0 &&
                o.fit <= 1 &&
                o.reasons.length + o.misses.length ===
                  (readiness.classifications
                    ?.find((c) => c.id === r.classification)
                    ?.options.find((x) => x.id === o.option)?.indicators.length ?? -1),
            );
            return winnerOk && split && JSON.stringify(classify(readiness, answers)) === JSON.stringify(results);
          });
        },
      ),
    );
  });
});
