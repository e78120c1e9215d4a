/**
 * How the generator merges, places and orders proposed work, on a small hand-made template
 * whose schedule can be worked out by hand (working-day indices, each task occupying
 * [start, start + duration)).
 */
import { describe, expect, it } from 'vitest';
import type { Contribution, PlanContributor } from '../../src/core/plan/contributors.ts';
import { placementExplainer } from '../../src/render/placement-words.ts';
import { generatePlan } from '../../src/core/plan/generate.ts';
import { checkPlan } from '../../src/core/plan/plan-check.ts';
import { schedule } from '../../src/core/plan/schedule.ts';
import type { Engagement, Template } from '../../src/schemas/generated/types.ts';

const text = (en: string) => ({ en, zh: `${en}（中）` });
const task = (id: string, days: number, extra: object = {}) => ({
  id,
  title: text(id),
  workstream: 'organisation' as const,
  owner: 'it' as const,
  durationDays: days,
  ...extra,
});

/** Phase 1 covers strategy and selection, phase 2 build and go-live; no phase covers training. */
const template: Template = {
  kind: 'template',
  schemaVersion: 1,
  id: 'tp',
  version: '1.0.0',
  title: text('TP'),
  summary: text('TP'),
  sources: [{ file: 'x.txt', section: 'x' }],
  phases: [
    {
      id: 'p1',
      title: text('Phase 1'),
      goal: text('Goal 1'),
      stages: ['strategy', 'selection'],
      tasks: [
        task('t-team', 5, { covers: ['project-team'] }),
        task('t-needs', 10, { dependsOn: ['t-team'], covers: ['requirements'] }),
        task('t-select', 10, { dependsOn: ['t-needs'], covers: ['system-selection'] }),
      ],
      gate: { id: 'g1', title: text('Gate 1'), criteria: [{ id: 'c1', text: text('ok') }] },
    },
    {
      id: 'p2',
      title: text('Phase 2'),
      goal: text('Goal 2'),
      stages: ['build', 'go-live'],
      tasks: [
        task('t-config', 10, { covers: ['configuration'] }),
        task('t-live', 5, { dependsOn: ['t-config'], covers: ['go-live'] }),
      ],
      gate: { id: 'g2', title: text('Gate 2'), criteria: [{ id: 'c2', text: text('ok') }] },
    },
  ],
};

function proposal(
  key: string,
  place: Contribution['place'],
  days: number,
  anchors: Partial<Contribution['anchors']>,
): Contribution {
  return {
    key,
    place,
    id: `gen-${key}`,
    title: text(`work ${key}`),
    workstream: 'organisation',
    owner: 'it',
    durationDays: days,
    trace: { kind: 'finding', framework: 'fw', finding: `f-${key}`, recommendation: key },
    anchors: { intents: [], after: [], before: [], ...anchors },
  };
}

const proposals: Contribution[] = [
  proposal('a', { stage: 'strategy' }, 4, { intents: ['crm-strategy'], after: ['project-team'] }),
  proposal('b', { stage: 'strategy' }, 3, { after: ['crm-strategy'] }),
  proposal('c', { stage: 'build' }, 8, { intents: ['project-team'] }),
  proposal('d', { stage: 'strategy' }, 2, { after: ['system-selection'] }),
  proposal('e', { stage: 'training' }, 3, { after: ['configuration'], before: ['go-live'] }),
  proposal('f', { stage: 'strategy' }, 3, { after: ['user-training'] }),
  proposal('g', { stage: 'strategy' }, 6, { intents: ['crm-strategy'], after: ['project-team'] }),
  proposal('h', { stage: 'strategy' }, 2, { after: ['go-live'] }),
  proposal('i', { stage: 'build' }, 2, { intents: ['pilot'], after: ['go-live'], before: ['configuration'] }),
];
const contributor: PlanContributor = { kind: 'finding', contribute: () => structuredClone(proposals) };
const engagement = { id: 'e', client: {}, answers: {} } as unknown as Engagement;
const plan = generatePlan({ engagement, template, frameworks: new Map(), findings: [] }, [contributor]);
const placed = schedule(
  plan.tasks.map((t) => ({ id: t.id, duration: t.durationDays, dependsOn: t.dependsOn })),
  '2026-01-05',
);
if (!placed.ok) throw new Error(JSON.stringify(placed.errors));
const byId = new Map(plan.tasks.map((t) => [t.id, t]));
const get = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
};
const at = (id: string) => {
  const s = placed.byId.get(id);
  return s ? [s.earlyStart, s.earlyFinish] : undefined;
};

describe('merging', () => {
  it('work a template task covers becomes a reason of that task, which keeps its duration', () => {
    const team = byId.get('t-team');
    expect(byId.has('gen-c')).toBe(false);
    expect(team?.traces.map((t) => t.kind)).toEqual(['template', 'finding']);
    expect(team?.durationDays).toBe(5);
    expect(team?.placement?.notes).toEqual([{ code: 'merged', title: text('work c') }]);
  });
  it('the same work proposed twice is one task with both reasons and the longer estimate', () => {
    const a = byId.get('gen-a');
    expect(byId.has('gen-g')).toBe(false);
    expect(a?.traces.map((t) => (t.kind === 'finding' ? t.recommendation : ''))).toEqual(['a', 'g']);
    expect(a?.durationDays).toBe(6);
    expect(a?.placement?.notes).toContainEqual({ code: 'lengthened', from: 4, to: 6 });
  });
});

describe('placement and order, worked by hand', () => {
  it('phase 1: after the team, the strategy, the selection; an unknown anchor starts with the phase', () => {
    // team [0,5) → needs [5,15) → select [15,25); a (6 days after the team) [5,11) → b [11,14);
    // d after the selection [25,27); f waits for nothing in this plan: [0,3).
    expect([at('t-team'), at('gen-a'), at('gen-b'), at('t-select'), at('gen-d'), at('gen-f')]).toEqual([
      [0, 5],
      [5, 11],
      [11, 14],
      [15, 25],
      [25, 27],
      [0, 3],
    ]);
    expect(byId.get('gen-f')?.placement?.notes).toEqual([{ code: 'no-anchor', intent: 'user-training' }]);
    expect(at('gate-g1')).toEqual([27, 27]);
  });
  it('phase 2: training work goes to the phase before, between configuration and go-live', () => {
    // gate 1 at 27 → config [27,37) → e [37,40) → go-live waits for both [40,45).
    expect(byId.get('gen-e')?.phase).toBe('p2');
    expect(byId.get('gen-e')?.placement?.notes).toEqual([{ code: 'no-stage-phase', stage: 'training' }]);
    expect([at('t-config'), at('gen-e'), at('t-live')]).toEqual([
      [27, 37],
      [37, 40],
      [40, 45],
    ]);
    expect(byId.get('t-live')?.dependsOn.map((d) => d.task)).toEqual(['t-config', 'gen-e']);
  });
  it('work waiting for go-live moves to its phase, and a link that would loop is left out and said', () => {
    // h is strategy work but waits for go-live: moved to phase 2, after go-live [45,47).
    expect(byId.get('gen-h')?.phase).toBe('p2');
    expect(byId.get('gen-h')?.placement?.notes).toEqual([
      { code: 'later-phase', intent: 'go-live', from: 'p1', to: 'p2' },
    ]);
    expect(at('gen-h')).toEqual([45, 47]);
    // i waits for go-live yet should come before configuration, which go-live waits for: not linked.
    expect(byId.get('gen-i')?.placement?.notes).toContainEqual({
      code: 'cycle',
      intent: 'configuration',
      task: 't-config',
    });
    expect(byId.get('t-config')?.dependsOn.map((d) => d.task)).toEqual(['gate-g1']);
    expect(at('gate-g2')).toEqual([47, 47]);
  });
  it('the plan check finds no fault, and the day-1 work is the first template task and the unanchored one', () => {
    const check = checkPlan(plan, placed, template, new Map());
    expect(check.firstDay).toEqual({ total: 2, generated: ['gen-f'] });
    expect([check.duplicateIntents, check.beforeAnchor, check.vendorBeforeSelection]).toEqual([[], [], []]);
  });
  it('says where each task sits in words, in both languages', () => {
    const en = placementExplainer(plan, 'en');
    expect(en(get('gen-b'))).toEqual(['Starts after “work a”']);
    expect(en(get('gen-h'))).toEqual([
      'Starts after “t-live”',
      'Placed in “Phase 2” rather than “Phase 1”, because go-live happens there',
    ]);
    const zh = placementExplainer(plan, 'zh');
    expect(zh(get('gen-f'))).toEqual(['本计划中没有负责用户培训的任务，因此在本阶段开始时开始']);
    expect(zh(get('t-team'))).toEqual(['同时完成建议的“work c（中）”']);
  });
});
