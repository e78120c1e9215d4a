/** Template recommendation from the classified growth stage and modes. */
import { describe, expect, it } from 'vitest';
import { assessEngagement } from '../../src/core/assess/assess-engagement.ts';
import { templateChoiceWords } from '../../src/render/template-choice-words.ts';
import { chooseTemplate } from '../../src/core/plan/choose-template.ts';
import {
  clientFit,
  nearestTemplate,
  rankTemplates,
  recommendTemplates,
  type TemplateRecommendation,
} from '../../src/core/plan/recommend.ts';
import type { Template } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const templates = [...shipped.templates.values()];
const fitOf = (id: 'sony-china-after-sales' | 'industrial-equipment-growth') => {
  const engagement = sample(id);
  const classifications = assessEngagement(shipped.frameworks.values(), engagement).flatMap(
    (r) => r.classifications ?? [],
  );
  return clientFit(engagement, classifications);
};

describe('recommendTemplates', () => {
  it('the pump maker (growth, business application, sales process) gets the sales-process template first', () => {
    const fit = fitOf('industrial-equipment-growth');
    expect(fit).toEqual({
      growthStage: 'growth',
      applicationMode: 'business-application',
      businessMode: 'sales-process',
    });
    const ranked = recommendTemplates(templates, fit);
    expect(ranked.map((r) => [r.template.id, r.score])).toEqual([
      ['sme-sales-process', 7],
      ['six-step-rollout', 2],
    ]);
    expect(ranked[0]?.matched.map((m) => m.dimension)).toEqual(['growthStage', 'applicationMode', 'businessMode']);
  });
  it('Sony (stable, system implementation, maintenance service) gets its own template, then the wider fits', () => {
    const fit = fitOf('sony-china-after-sales');
    expect(fit).toEqual({
      growthStage: 'stable-regrowth',
      applicationMode: 'system-implementation',
      businessMode: 'maintenance-service',
    });
    // sony-four-phase names all three (1 + 2 + 4 = 7); sme-maintenance-service fits stable
    // repair-led firms (1 + 4 = 5); sme-system-implementation stage and mode (1 + 2 = 3); six-step the mode (2).
    expect(recommendTemplates(templates, fit).map((r) => [r.template.id, r.score])).toEqual([
      ['sony-four-phase', 7],
      ['sme-maintenance-service', 5],
      ['sme-system-implementation', 3],
      ['six-step-rollout', 2],
    ]);
  });
  it('a stable repair-led firm that is not implementing company-wide gets the maintenance-service template', () => {
    const ranking = rankTemplates(templates, {
      growthStage: 'stable-regrowth',
      applicationMode: 'business-application',
      businessMode: 'maintenance-service',
    });
    expect(ranking.ranked.map((r) => [r.template.id, r.score])).toEqual([
      ['sme-maintenance-service', 5],
      ['six-step-rollout', 2],
    ]);
    // Sony's single combination needs system implementation.
    expect(ranking.others.find((o) => o.template.id === 'sony-four-phase')?.differs).toEqual([
      { dimension: 'applicationMode', wanted: 'system-implementation', client: 'business-application' },
    ]);
  });
  it('a template that names a dimension the client misses is out; an unknown client gets nothing', () => {
    const ranked = recommendTemplates(templates, {
      growthStage: 'initial-growth',
      applicationMode: 'business-application',
    });
    expect(ranked.map((r) => r.template.id)).toEqual(['six-step-rollout']);
    expect(recommendTemplates(templates, {})).toEqual([]);
    const none = rankTemplates(templates, {});
    expect(none.others.find((o) => o.template.id === 'sme-concept-led')?.differs).toEqual([
      { dimension: 'growthStage', wanted: 'initial-growth' },
      { dimension: 'applicationMode', wanted: 'concept-led' },
    ]);
  });
});

describe('ties are broken by a stated rule, never by file order', () => {
  const base = templates[0];
  if (!base) throw new Error('no template');
  const make = (id: string, fits: NonNullable<Template['appliesTo']>): Template => ({
    ...base,
    id,
    appliesTo: fits,
    order: 0,
  });
  const first = (ranked: TemplateRecommendation[]) => {
    const top = ranked[0];
    if (!top) throw new Error('nothing fits');
    return top;
  };
  const client = { growthStage: 'growth', applicationMode: 'business-application' };
  it('equal score: the narrower template (fewer combinations) wins and says so', () => {
    const wide = make('a-wide', {
      fits: [{ growthStage: 'growth', applicationMode: 'business-application' }, { growthStage: 'stable-regrowth' }],
    });
    const narrow = make('z-narrow', { fits: [{ growthStage: 'growth', applicationMode: 'business-application' }] });
    const ranked = recommendTemplates([wide, narrow], client);
    expect(ranked.map((r) => [r.template.id, r.score, r.combinations, r.tiedWith])).toEqual([
      ['z-narrow', 3, 1, []],
      ['a-wide', 3, 2, []],
    ]);
    expect(templateChoiceWords('en').why(first(ranked), ranked)).toContain('preferred to');
  });
  it('equal score and breadth: a tie, said as such, listed by id whatever the file order', () => {
    const x = make('x-tpl', { growthStages: ['growth'], applicationModes: ['business-application'] });
    const y = make('y-tpl', { fits: [{ growthStage: 'growth', applicationMode: 'business-application' }] });
    for (const order of [
      [x, y],
      [y, x],
    ]) {
      const ranked = recommendTemplates(order, client);
      expect(ranked.map((r) => [r.template.id, r.tiedWith])).toEqual([
        ['x-tpl', ['y-tpl']],
        ['y-tpl', ['x-tpl']],
      ]);
    }
    const tied = recommendTemplates([x, y], client);
    const words = templateChoiceWords('en').why(first(tied), tied);
    expect(words).toContain('fits exactly as well as');
  });
});

describe('a client whose profile no template is written for gets the nearest, said as such', () => {
  // Stable / re-growth, concept-led, customer-behaviour-led: no shipped combination has all three.
  const fit = { growthStage: 'stable-regrowth', applicationMode: 'concept-led', businessMode: 'customer-behaviour' };
  it('the nearest shares the most weight of the profile: the business mode (4) before the application mode (2)', () => {
    const ranking = rankTemplates(templates, fit);
    expect(ranking.ranked).toEqual([]);
    // Shared weight of each template's nearest combination, worked by hand:
    // sme-customer-behaviour {growth, business-application, customer-behaviour}: business mode 4;
    // sme-concept-led {initial-growth, concept-led}: application mode 2;
    // sme-system-implementation {stable-regrowth, system-implementation}: growth stage 1.
    const shared = Object.fromEntries(ranking.others.map((o) => [o.template.id, o.sharedWeight]));
    expect(shared['sme-customer-behaviour']).toBe(4);
    expect(shared['sme-concept-led']).toBe(2);
    expect(shared['sme-system-implementation']).toBe(1);
    const near = nearestTemplate(ranking);
    expect(near?.template.id).toBe('sme-customer-behaviour');
    expect(near?.shared).toEqual([{ dimension: 'businessMode', value: 'customer-behaviour' }]);
    expect(near?.differs).toEqual([
      { dimension: 'growthStage', wanted: 'growth', client: 'stable-regrowth' },
      { dimension: 'applicationMode', wanted: 'business-application', client: 'concept-led' },
    ]);
  });
  it('an unknown profile shares nothing, so nothing stands in', () => {
    expect(nearestTemplate(rankTemplates(templates, {}))).toBeUndefined();
  });
  it('chooseTemplate uses the nearest and every output says it is the nearest and where it differs', () => {
    const base = sample('singapore-tea-shop-loyalty');
    const engagement = {
      ...base,
      client: { ...base.client, growthStage: 'stable-regrowth' as const, applicationMode: 'concept-led' as const },
      // No answers: the stated profile decides.
      answers: {},
      plan: {},
    };
    const choice = chooseTemplate(engagement, shipped.frameworks.values(), templates);
    expect(choice.source).toBe('nearest');
    expect(choice.template?.id).toBe('sme-customer-behaviour');
    const [en] = templateChoiceWords('en').summary(choice);
    expect(en).toContain('the nearest: no template is written for this client');
    expect(en).toContain('shares Customer-behaviour-led');
    expect(en).toContain('needs growth stage Growth, not Stable / re-growth');
    const [zh] = templateChoiceWords('zh').summary(choice);
    expect(zh).toContain('最接近的模板');
  });
});

describe('the stated profile is a decision: the plan follows it and says where the answers disagree', () => {
  const base = sample('industrial-equipment-growth');
  // The pump maker's answers classify it growth / business application / sales process.
  const engagement = {
    ...base,
    client: { ...base.client, growthStage: 'stable-regrowth' as const, businessMode: 'maintenance-service' as const },
    plan: {},
  };
  it('the stated stage and mode choose the template; the answers fill only what is not stated', () => {
    const choice = chooseTemplate(engagement, shipped.frameworks.values(), templates);
    expect(choice.ranking.fit).toEqual({
      growthStage: 'stable-regrowth',
      applicationMode: 'business-application',
      businessMode: 'maintenance-service',
    });
    expect(choice.template?.id).toBe('sme-maintenance-service');
    expect(choice.source).toBe('recommended');
    expect(choice.disagreements).toEqual([
      { classification: 'growth-stage', stated: 'stable-regrowth', derived: 'growth' },
      { classification: 'business-mode', stated: 'maintenance-service', derived: 'sales-process' },
    ]);
  });
  it('every output of the choice names each disagreement in both languages', () => {
    const choice = chooseTemplate(engagement, shipped.frameworks.values(), templates);
    const en = templateChoiceWords('en').summary(choice);
    expect(en).toHaveLength(3);
    expect(en[1]).toBe(
      'The answers point to growth stage Growth, while the client profile states Stable / re-growth: the template recommendation follows the profile; confirm it with the client, or change the profile',
    );
    expect(en[2]).toContain('business mode');
    const zh = templateChoiceWords('zh').disagreements(choice);
    expect(zh[0]).toMatch(/^问卷回答显示成长阶段为.+，而客户概况填写的是.+：模板推荐以客户概况为准/);
  });
  it('a profile that states nothing, or agrees, has no disagreement', () => {
    const client = { ...base.client };
    delete client.growthStage;
    delete client.applicationMode;
    delete client.businessMode;
    const unstated = { ...engagement, client };
    expect(chooseTemplate(unstated, shipped.frameworks.values(), templates).disagreements).toEqual([]);
    expect(chooseTemplate(base, shipped.frameworks.values(), templates).disagreements).toEqual([]);
  });
});
