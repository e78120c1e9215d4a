/**
 * One engagement the engines fail on must not take the site down: its pages get the failure
 * named by file and field, the others build as usual. Validation refuses every file it knows
 * the engines fail on, so these engagements are made in memory, past validation, standing in
 * for a gap in it.
 */
import { describe, expect, test } from 'vitest';
import { engagementFailure } from '../../src/site/engagement-failure.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const site = {
  frameworks: [...shipped.frameworks.values()],
  templates: [...shipped.templates.values()],
  origins: Object.fromEntries(shipped.origins),
};

describe('engagementFailure', () => {
  test('the shipped samples compute in full: no failure, nothing logged', () => {
    const logged: string[] = [];
    for (const id of ['sony-china-after-sales', 'industrial-equipment-growth'] as const) {
      expect(engagementFailure(sample(id), site, (l) => logged.push(l))).toBeUndefined();
    }
    expect(logged).toEqual([]);
  });

  test('an engine refusing a field: the file and the field are named, in one log line, once', () => {
    const broken: Engagement = structuredClone(sample('sony-china-after-sales'));
    if (broken.finance) broken.finance.horizon = 0; // the finance engine refuses this (validation would too)
    const logged: string[] = [];
    const failure = engagementFailure(broken, site, (l) => logged.push(l));
    expect(failure?.file).toBe('assessments/sony-china-after-sales.yaml');
    expect(failure?.problems.map((p) => [p.pointer, p.code])).toEqual([['/finance/horizon', 'horizon-out-of-range']]);
    // Asked again by the next page: the same answer, not logged twice.
    expect(engagementFailure(broken, site, (l) => logged.push(l))).toBe(failure);
    expect(logged).toEqual([
      'crmkit: assessments/sony-china-after-sales.yaml  /finance/horizon  its pages could not be computed: finance input has 1 problem(s): /finance/horizon horizon-out-of-range',
    ]);
    expect(logged.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
    // The other engagements are not affected.
    expect(engagementFailure(sample('industrial-equipment-growth'), site, (l) => logged.push(l))).toBeUndefined();
  });

  test('any other fault: the file and what failed', () => {
    const broken = structuredClone(sample('industrial-equipment-growth')) as unknown as Record<string, unknown>;
    broken['risks'] = [null];
    const failure = engagementFailure(broken as unknown as Engagement, site, () => undefined);
    expect(failure).toEqual({
      file: 'assessments/industrial-equipment-growth.yaml',
      problems: [],
      message: "Cannot read properties of null (reading 'likelihood')",
    });
  });
});
