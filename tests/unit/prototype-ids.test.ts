/**
 * Ids that name Object.prototype's or a function's members (`constructor`, `prototype`,
 * `caller`, `name`, …) are well-formed ids, so a framework, a template or an engagement may
 * use them. Renaming ids to them must change nothing: the same scores, plan, schedule,
 * tracking, gate readiness and vendor decision, under the new names. Before `own()` an
 * unanswered question called `constructor` read as answered, and one framework level
 * further a question called `caller` threw.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessEngagement } from '../../src/core/assess/assess-engagement.ts';
import { answerCoverage } from '../../src/core/assess/coverage.ts';
import { vendorDecision } from '../../src/core/decide/vendor-decision.ts';
import { own } from '../../src/core/shared/own.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { gateReadiness } from '../../src/core/plan/gates.ts';
import { targetProgress } from '../../src/core/plan/targets.ts';
import { phaseProgress, trackPlan } from '../../src/core/plan/tracking.ts';
import { progressChanges } from '../../src/core/workshop/progress-changes.ts';
import type { Engagement, Framework, Template } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

/** Members of Object.prototype and of functions that the id pattern (^[a-z0-9]+(-[a-z0-9]+)*$) lets through. */
const PROTOTYPE_NAMES = ['constructor', 'prototype', 'caller', 'arguments', 'call', 'apply', 'bind', 'length', 'name'];
const AS_OF = '2026-05-04';

interface World {
  frameworks: Framework[];
  templates: Template[];
  engagement: Engagement;
}

/** Composite ids and pointers (`framework:gap:question`, `/weights/criterion`) rename part by part. */
const SEGMENT = /([:/])/;

/** Renames one part: an id, or an id that starts a derived one (task `framework-recommendation`). */
const renameIds =
  (map: ReadonlyMap<string, string>) =>
  (part: string): string => {
    const exact = map.get(part);
    if (exact !== undefined) return exact;
    for (const [from, to] of map) if (part.startsWith(`${from}-`)) return to + part.slice(from.length);
    return part;
  };

/** Renames every hyphen-separated word of a part: for names no id in the world uses as a word. */
const renameWords =
  (map: ReadonlyMap<string, string>) =>
  (part: string): string =>
    part
      .split('-')
      .map((word) => map.get(word) ?? word)
      .join('-');

/** Every string value and key, renamed part by part, through objects, arrays, Maps and Sets. */
function rename(value: unknown, part: (s: string) => string): unknown {
  if (typeof value === 'string') return value.split(SEGMENT).map(part).join('');
  if (Array.isArray(value)) return value.map((v) => rename(v, part));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [rename(k, part), rename(v, part)]));
  if (value instanceof Set) return new Set([...value].map((v) => rename(v, part)));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k, part), rename(v, part)]));
  }
  return value;
}

/** Every string value and key in `value`: what a new name must not already be. */
function strings(value: unknown, into = new Set<string>()): Set<string> {
  // A part and each word of it (`call` of `sales-call-plan`) are taken.
  if (typeof value === 'string')
    for (const part of value.split(SEGMENT)) [part, ...part.split('-')].forEach((w) => into.add(w));
  else if (value instanceof Map) for (const [k, v] of value) strings([k, v], into);
  else if (Array.isArray(value) || value instanceof Set) for (const v of value) strings(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      strings([k, v], into);
    }
  }
  return into;
}

/** What crmkit makes of a world: scores, plan and schedule, tracking, targets, gates and the vendor decision. */
function outcomes({ frameworks, templates, engagement }: World) {
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  const planned = planEngagement(engagement, byId, new Map(templates.map((t) => [t.id, t])));
  if (!planned.ok) throw new Error(`no plan: ${planned.reason}`);
  const { plan, schedule } = planned;
  return {
    assessed: assessEngagement(frameworks, engagement),
    coverage: frameworks.map((f) => answerCoverage(f, own(engagement.answers, f.id))),
    planned,
    tracking: trackPlan(plan, schedule, engagement, AS_OF),
    phases: phaseProgress(plan, engagement),
    gates: gateReadiness(plan, engagement),
    targets: targetProgress(plan, schedule, engagement, byId, AS_OF),
    vendors: vendorDecision(engagement, frameworks),
    // Every task and gate cleared: each id is looked up in a map that no longer holds it.
    changes: progressChanges(engagement, { tasks: {}, gates: {} }),
  };
}

const original: World = {
  frameworks: [...shipped.frameworks.values()],
  templates: [...shipped.templates.values()],
  engagement: sample('industrial-equipment-growth'),
};
const template = shipped.templates.get(original.engagement.plan?.template ?? '');
const vendorFramework = shipped.frameworks.get('vendor-selection');
const answered = Object.keys(original.engagement.answers ?? {});

/** Ids worth renaming: the ones looked up in the engagement's maps, and those maps' keys. */
const POOL = [
  ...new Set([
    ...answered,
    ...original.frameworks
      .filter((f) => answered.includes(f.id) || f === vendorFramework)
      .flatMap((f) => f.elements.flatMap((e) => [e.id, ...(e.questions ?? []).map((q) => q.id)])),
    ...(template?.phases ?? []).flatMap((p) => [p.gate.id, ...p.tasks.map((t) => t.id)]),
  ]),
];
// A new name that is already a key or a value somewhere could not be renamed back.
const taken = strings([original, outcomes(original)]);
const NAMES = PROTOTYPE_NAMES.filter((n) => !taken.has(n));
/** An ordinary id for a name: beside it in any sort, since no id in the world has the name as a word. */
const twin = (name: string) => `${name}0`;

/** The engagement with some answers, tracked tasks and gates left out, so that renamed ids are often missing. */
function thinned(engagement: Engagement, drop: ReadonlySet<string>): Engagement {
  const keep = <V>(record: Record<string, V>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => !drop.has(id)));
  return {
    ...engagement,
    answers: Object.fromEntries(Object.entries(engagement.answers ?? {}).map(([f, a]) => [f, keep(a)])),
    ...(engagement.tasks ? { tasks: keep(engagement.tasks) } : {}),
    ...(engagement.gates ? { gates: keep(engagement.gates) } : {}),
  };
}

describe('ids named like prototype members', () => {
  test('the test has something to rename and names to rename it to', () => {
    expect(POOL.length).toBeGreaterThan(100);
    expect(NAMES).toContain('constructor');
    expect(NAMES.length).toBeGreaterThanOrEqual(6);
  });

  test('an unanswered question called constructor is unanswered; own() reads own properties only', () => {
    const framework = original.frameworks.find((f) => f.id === 'value-chain');
    if (!framework) throw new Error('no value-chain');
    const first = framework.elements[0]?.questions?.[0]?.id ?? '';
    const renamed = rename({ framework, answers: {} }, renameIds(new Map([[first, 'constructor']]))) as {
      framework: Framework;
      answers: Record<string, never>;
    };
    const total = framework.elements.flatMap((e) => e.questions ?? []).length;
    expect(answerCoverage(renamed.framework, {})).toEqual({ answered: 0, total });
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({ constructor: 1 }, 'constructor')).toBe(1);
    expect(own(undefined, 'constructor')).toBeUndefined();
  });

  test('property: ids renamed to constructor, caller, prototype… score, plan and track like ordinary ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: NAMES.length }),
        fc.shuffledSubarray(NAMES, { minLength: NAMES.length }),
        fc.subarray(POOL),
        (olds, names, dropped) => {
          const world: World = { ...original, engagement: thinned(original.engagement, new Set(dropped)) };
          const hostile = new Map(olds.map((id, i) => [id, names[i] ?? id]));
          // Each name's twin sorts where the name does, so ties broken by id fall the same way.
          const ordinary = new Map([...hostile].map(([id, name]) => [id, twin(name)]));
          const expected = outcomes(rename(world, renameIds(ordinary)) as World);
          const got = outcomes(rename(world, renameIds(hostile)) as World);
          const toTwins = new Map([...hostile.values()].map((n) => [n, twin(n)]));
          expect(rename(got, renameWords(toTwins))).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });
});
