/**
 * The roadmap the plan page, the workshop's plan and its progress section draw: one call, the
 * same rows and phases as ganttData and phaseTimeline give, as of the engagement's last update.
 */
import { describe, expect, test } from 'vitest';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { ganttData } from '../../src/core/plan/gantt-data.ts';
import { planRoadmap } from '../../src/core/plan/roadmap.ts';
import { phaseTimeline } from '../../src/core/plan/timeline.ts';
import { trackPlan } from '../../src/core/plan/tracking.ts';
import { without } from '../../src/core/workshop/edit.ts';
import { readSiteContent } from '../../src/site/content-integration.ts';

const content = readSiteContent(process.cwd());
const frameworks = new Map(content.frameworks.map((f) => [f.id, f]));
const templates = new Map(content.templates.map((t) => [t.id, t]));
const pump = content.engagements.find((e) => e.id === 'industrial-equipment-growth');
if (!pump) throw new Error('no pump-maker sample');
const result = planEngagement(pump, frameworks, templates);
if (!result.ok) throw new Error('the pump-maker sample has no plan');

describe('planRoadmap', () => {
  test('draws the rows and phases as of the day the engagement was last updated', () => {
    const asOf = pump.updated ?? result.schedule.start;
    expect(planRoadmap(result.plan, result.schedule, pump, 'en')).toEqual({
      data: ganttData(result.plan, result.schedule, 'en', pump),
      timeline: phaseTimeline(result.plan, result.schedule, pump, trackPlan(result.plan, result.schedule, pump, asOf)),
    });
  });

  test('uses the tracking it is given, for a status date of its own', () => {
    const tracking = trackPlan(result.plan, result.schedule, pump, result.schedule.end);
    expect(planRoadmap(result.plan, result.schedule, pump, 'zh', tracking).timeline).toEqual(
      phaseTimeline(result.plan, result.schedule, pump, tracking),
    );
  });

  test('without an update date the status date is the plan start', () => {
    const undated = without(pump, 'updated');
    const tracking = trackPlan(result.plan, result.schedule, undated, result.schedule.start);
    expect(planRoadmap(result.plan, result.schedule, undated, 'en').timeline).toEqual(
      phaseTimeline(result.plan, result.schedule, undated, tracking),
    );
  });
});
