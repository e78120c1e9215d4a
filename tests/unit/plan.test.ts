/**
 * The plan generator on the two-phase fixture template, with hand-made findings, a risk
 * and a benefit, scheduled on a calendar worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/assess/types.ts';
import { generatePlan } from '../../src/core/plan/generate.ts';
import { schedule, type Schedule } from '../../src/core/plan/schedule.ts';
import { phaseForStage } from '../../src/core/plan/stages.ts';
import type { Plan } from '../../src/core/plan/types.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { fixture, fixturePlanTemplate, shipped } from './assess-helpers.ts';

const template = fixturePlanTemplate();
const fxFit = fixture.frameworks.get('fx-fit');
if (!fxFit) throw new Error('fixture framework missing');
const frameworks = new Map([...shipped.frameworks, ['fx-fit', fxFit]]);

const engagement: Engagement = {
  kind: 'engagement',
  schemaVersion: 1,
  id: 'plan-test',
  title: 'Plan test',
  client: { name: 'A', industry: 'B', size: 'small', currency: 'EUR' },
  plan: { template: 'fx-plan', startDate: '2026-03-02', holidays: ['2026-04-06'] },
};
const finding = (id: string): Finding => ({
  id,
  framework: 'fx-fit',
  rule: { kind: 'band', band: 'fx-low', score: 30 },
  recommendations: ['fx-rec'],
  answers: [],
  priority: 1,
});
const toSchedule = (plan: Plan) =>
  schedule(
    plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
    '2026-03-02',
    ['2026-04-06'],
  ) as Schedule;

describe('a plan from the template alone', () => {
  const plan = generatePlan({ engagement, template, frameworks, findings: [] });

  it('keeps every template task with its trace and closes each phase with a gate', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(['fx-t1', 'fx-t2', 'gate-fx-g1', 'fx-t3', 'gate-fx-g2']);
    expect(plan.tasks[0]?.traces).toEqual([{ kind: 'template', template: 'fx-plan', task: 'fx-t1' }]);
    expect(plan.tasks.find((t) => t.id === 'gate-fx-g1')?.dependsOn.map((d) => d.task)).toEqual(['fx-t1', 'fx-t2']);
    // fx-t3's predecessor is in the previous phase, so it also waits for that phase's gate.
    expect(plan.tasks.find((t) => t.id === 'fx-t3')?.dependsOn).toEqual([
      { task: 'fx-t2', lag: 2 },
      { task: 'gate-fx-g1', lag: 0 },
    ]);
  });

  it('schedules to the day', () => {
    // t1: days 0–9 (2–13 Mar); t2: 10–14 (16–20 Mar); gate 1 after day 14 (20 Mar).
    // t3 starts at day 17 (t2 + 2 days lag): 25 Mar; 15 days, Easter Monday 6 Apr skipped:
    // 25,26,27,30,31 Mar, 1,2,3,7,8,9,10,13,14,15 Apr → ends 15 April (day 31).
    const s = toSchedule(plan);
    expect(s.tasks.map((t) => [t.id, t.start, t.finish])).toEqual([
      ['fx-t1', '2026-03-02', '2026-03-13'],
      ['fx-t2', '2026-03-16', '2026-03-20'],
      ['gate-fx-g1', '2026-03-20', '2026-03-20'],
      ['fx-t3', '2026-03-25', '2026-04-15'],
      ['gate-fx-g2', '2026-04-15', '2026-04-15'],
    ]);
    expect(s.end).toBe('2026-04-15');
    expect(s.criticalPath).toEqual(['fx-t1', 'fx-t2', 'fx-t3', 'gate-fx-g2']);
  });
});

describe('a plan adapted by findings, a risk and the ROI case', () => {
  const withEverything: Engagement = {
    ...engagement,
    risks: [
      {
        id: 'late-data',
        category: 'data-migration',
        title: 'Data arrives late',
        likelihood: 4,
        impact: 4,
        owner: 'it',
        mitigation: 'Freeze the extract a month early.',
        phase: 'fx-p2',
      },
      { id: 'minor', category: 'data-migration', title: 'Minor', likelihood: 1, impact: 2, mitigation: 'Watch.' },
    ],
    finance: {
      periodUnit: 'year',
      horizon: 3,
      discountRate: 0.08,
      benefits: [{ id: 'acq', category: 'customer-acquisition', annual: 1000, label: 'New customers' }],
    },
  };
  const plan = generatePlan({
    engagement: withEverything,
    template,
    frameworks,
    findings: [finding('fx-fit:band'), finding('fx-fit:other')],
  });
  const task = (id: string) => plan.tasks.find((t) => t.id === id);

  it('turns a recommendation two findings trigger into one task citing both', () => {
    expect(task('fx-fit-fx-rec')).toMatchObject({
      phase: 'fx-p1', // organisation work → strategy stage → first of two phases
      owner: 'executive-sponsor', // as the recommendation says
      durationDays: 5, // no effortDays given: the default
      title: { en: 'Align', zh: '对齐' },
    });
    expect(task('fx-fit-fx-rec')?.traces.map((t) => (t.kind === 'finding' ? t.finding : ''))).toEqual([
      'fx-fit:band',
      'fx-fit:other',
    ]);
  });

  it('puts a risk’s mitigation into its phase and its reduction on that phase’s gate', () => {
    expect(task('risk-late-data')).toMatchObject({
      phase: 'fx-p2',
      owner: 'it',
      workstream: 'data',
      description: 'Freeze the extract a month early.',
      dependsOn: [{ task: 'gate-fx-g1', lag: 0 }],
    });
    // 16 is "high": the framework's high band recommends plan-mitigation (3 days) and
    // reduce-before-gate (5 days); the task takes the larger.
    expect(task('risk-late-data')?.durationDays).toBe(5);
    expect(task('risk-minor')).toBeUndefined(); // low risks are only monitored
    expect(plan.phases[1]?.gate.checklist.map((c) => c.id)).toContain('risk-down-late-data');
  });

  it('adds a benefit baseline up front and a measuring milestone at the end', () => {
    expect(task('benefit-baseline')?.phase).toBe('fx-p1');
    expect(task('benefit-acq')).toMatchObject({ phase: 'fx-p2', durationDays: 0, owner: 'finance' });
    expect(task('gate-fx-g2')?.dependsOn.map((d) => d.task)).toContain('benefit-acq');
  });

  it('still schedules, and the added work fits beside the template tasks', () => {
    const s = toSchedule(plan);
    expect(s.ok).toBe(true);
    expect(s.end).toBe('2026-04-15'); // 5-day tasks run beside the 10- and 15-day template tasks
  });
});

describe('stages to phases', () => {
  it('spreads the seven stages over a template that names none', () => {
    expect(['strategy', 'migration', 'training', 'operation'].map((s) => phaseForStage(template, s as never))).toEqual([
      'fx-p1',
      'fx-p1',
      'fx-p2',
      'fx-p2',
    ]);
  });
});
