/**
 * The risk register against hand-worked figures: score = likelihood × impact (1–25),
 * shown × 4 on the bands' 0–100 scale (low < 18 ≤ medium < 38 ≤ high < 70 ≤ critical).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rate, riskRegister } from '../../src/core/risk/register.ts';
import { starterRisks } from '../../src/core/risk/starter.ts';
import type { Risk } from '../../src/schemas/generated/types.ts';
import { sample, shipped, shippedFramework } from './assess-helpers.ts';

const framework = shippedFramework('risk-categories');
const bands = framework.bands;

describe('rate', () => {
  it.each([
    // likelihood, impact, score, scaled, band
    [1, 1, 1, 4, 'low-risk'],
    [1, 4, 4, 16, 'low-risk'],
    [1, 5, 5, 20, 'medium-risk'],
    [3, 3, 9, 36, 'medium-risk'],
    [2, 5, 10, 40, 'high-risk'],
    [4, 4, 16, 64, 'high-risk'],
    [4, 5, 20, 80, 'critical-risk'],
    [5, 5, 25, 100, 'critical-risk'],
  ])('%i × %i = %i, shown as %i, band %s', (l, i, score, scaled, band) => {
    const r = rate(l, i, bands);
    expect([r.score, r.scaled, r.band?.id]).toEqual([score, scaled, band]);
  });
});

describe('the Sony sample register, worked by hand', () => {
  const register = riskRegister(sample('sony-china-after-sales').risks ?? [], framework);

  it('ranks by score, then likelihood, then register order', () => {
    expect(register.risks.map((r) => `${r.risk.id}:${r.current.score}`)).toEqual([
      'duplicate-customers:20', // 5 × 4, likelihood 5 beats outlet-participation's 4
      'outlet-participation:20', // 4 × 5
      'parts-interface:16',
      'pipl-compliance:15',
      'national-rollout-delay:12', // 4 × 3 before the two 3 × 4
      'migration-loss:12',
      'callcentre-capacity:12',
      'sponsor-rotation:10',
      'scope-marketing:9',
      'training-cost:9',
      'kpi-gaming:9',
    ]);
  });

  it('gives the residual and what each mitigation takes off', () => {
    const outlet = register.risks.find((r) => r.risk.id === 'outlet-participation');
    expect(outlet?.residual?.score).toBe(8); // 2 × 4
    expect(outlet?.residual?.band?.id).toBe('medium-risk'); // 32
    expect(outlet?.reduction).toBe(12);
  });

  it('counts the bands before and after mitigation', () => {
    const counts = Object.fromEntries(register.byBand.map((b) => [b.band.id, [b.current, b.residual]]));
    expect(counts).toEqual({
      'low-risk': [0, 7],
      'medium-risk': [3, 4], // residual: outlet 32, duplicate 36, parts 24, national 24
      'high-risk': [6, 0],
      'critical-risk': [2, 0],
    });
  });

  it('sums the exposure: 144 before, 57 after', () => {
    // 20+20+16+15+12+12+12+10+9+9+9 = 144; 9+8+6+4+6+4+4+4+4+4+4 = 57
    expect(register.exposure).toEqual({ current: 144, residual: 57 });
  });

  it('draws the heat map with likelihood 5 on top and impact 1 on the left', () => {
    expect(register.heatMap[0]?.[3]?.risks).toEqual(['duplicate-customers']); // L5 I4
    expect(register.heatMap[1]?.[4]?.risks).toEqual(['outlet-participation']); // L4 I5
    expect(register.heatMap[2]?.[2]?.risks).toEqual(['scope-marketing', 'training-cost', 'kpi-gaming']); // L3 I3
    expect(register.residualHeatMap[3]?.[1]?.risks).toHaveLength(5); // L2 I2
  });

  it('groups by category and by phase', () => {
    expect(register.byCategory.get('project-management')?.map((r) => r.risk.id)).toEqual([
      'national-rollout-delay',
      'sponsor-rotation',
      'scope-marketing',
    ]);
    expect(register.byPhase.get('sony-p1-customer-centre')?.length).toBeGreaterThan(0);
  });
});

describe('register invariants', () => {
  const level = fc.integer({ min: 1, max: 5 });
  const risk = fc.record({ likelihood: level, impact: level, rl: level, ri: level });
  const risks = fc.array(risk, { maxLength: 40 }).map((list) =>
    list.map((r, i): Risk => ({
      id: `r${i}`,
      category: 'integration',
      title: `Risk ${i}`,
      likelihood: r.likelihood,
      impact: r.impact,
      residualLikelihood: Math.min(r.rl, r.likelihood),
      residualImpact: Math.min(r.ri, r.impact),
    })),
  );

  it('every risk has a band, sits in exactly one heat-map cell, and mitigation never raises exposure', () => {
    fc.assert(
      fc.property(risks, (list) => {
        const register = riskRegister(list, framework);
        const cells = register.heatMap.flat().flatMap((c) => c.risks);
        expect(cells.sort()).toEqual(list.map((r) => r.id).sort());
        expect(register.risks.every((r) => r.current.band !== undefined)).toBe(true);
        expect(register.exposure.residual).toBeLessThanOrEqual(register.exposure.current);
        expect(register.byBand.reduce((s, b) => s + b.current, 0)).toBe(list.length);
      }),
    );
  });
});

describe('starter risks', () => {
  it('offers every typical risk of the framework once, in the chosen language, with its defaults', () => {
    const all = framework.elements.flatMap((e) => (e.catalog === 'risk' ? (e.items ?? []) : []));
    const starters = starterRisks(framework, 'zh');
    expect(starters).toHaveLength(all.length);
    const scope = starters.find((s) => s.item.id === 'unclear-scope');
    expect(scope?.risk).toMatchObject({
      id: 'unclear-scope',
      category: 'project-management',
      title: '项目范围和目标不明确',
      likelihood: 3,
      impact: 4,
      owner: 'executive-sponsor',
    });
    expect(scope?.risk.phase).toBeUndefined();
  });

  it('leaves out risks already in the register and maps stages to plan phases when asked', () => {
    const existing: Risk[] = [
      { id: 'unclear-scope', category: 'project-management', title: 'x', likelihood: 1, impact: 1 },
    ];
    const starters = starterRisks(framework, 'en', {
      existing,
      phaseFor: (stage) => (stage === 'build' ? 'p3-build' : undefined),
    });
    expect(starters.some((s) => s.item.id === 'unclear-scope')).toBe(false);
    expect(starters.find((s) => s.item.id === 'schedule-delay')?.risk.phase).toBe('p3-build');
    expect(new Set(starters.map((s) => s.risk.id)).size).toBe(starters.length);
  });
});

describe('stages to phases', () => {
  it('every shipped template gives each stage at most one phase, and typical risks land in it', async () => {
    const { phaseForStage } = await import('../../src/core/plan/stages.ts');
    const sony = shipped.templates.get('sony-four-phase');
    if (!sony) throw new Error('no Sony template');
    expect(phaseForStage(sony, 'migration')).toBe('sony-p1-customer-centre');
    expect(phaseForStage(sony, 'operation')).toBe('sony-p4-tuning');
    const starters = starterRisks(framework, 'en', { phaseFor: (stage) => phaseForStage(sony, stage) });
    // schedule-delay is a build-stage risk; Sony builds its touchpoints in phase 2.
    expect(starters.find((s) => s.item.id === 'schedule-delay')?.risk.phase).toBe('sony-p2-touchpoints');
    for (const template of shipped.templates.values()) {
      const all = template.phases.flatMap((p) => p.stages ?? []);
      expect(new Set(all).size, template.id).toBe(all.length);
      expect(all.length, `${template.id} covers every stage`).toBe(7);
    }
  });
});
