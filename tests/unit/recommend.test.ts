/** Template recommendation from the classified growth stage and modes. */
import { describe, expect, it } from 'vitest';
import { assessEngagement } from '../../src/core/assess/assess-engagement.ts';
import { clientFit, recommendTemplates } from '../../src/core/plan/recommend.ts';
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
  it('Sony (stable / re-growth, system implementation) gets the two system-implementation templates in display order, then the generic one', () => {
    const ranked = recommendTemplates(templates, fitOf('sony-china-after-sales'));
    expect(ranked.map((r) => [r.template.id, r.score])).toEqual([
      ['sony-four-phase', 3],
      ['sme-system-implementation', 3],
      ['six-step-rollout', 2],
    ]);
  });
  it('a template that names a dimension the client misses is out; an unknown client gets nothing', () => {
    const ranked = recommendTemplates(templates, {
      growthStage: 'initial-growth',
      applicationMode: 'business-application',
    });
    expect(ranked.map((r) => r.template.id)).toEqual(['six-step-rollout']);
    expect(recommendTemplates(templates, {})).toEqual([]);
  });
});
