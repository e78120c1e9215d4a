/** Setting up the plan in the workshop: template, start date and holidays, with what the schema refuses. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addHoliday,
  planLength,
  removeHoliday,
  setCalendar,
  setPlanTemplate,
  setStartDate,
} from '../../src/core/workshop/edit-plan.ts';
import { planEngagement } from '../../src/core/plan/engagement-plan.ts';
import { validateEngagement } from '../../src/schemas/generated/validators.js';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const TODAY = '2026-05-04';
const templates = [...shipped.templates.values()];
const blank: Engagement = {
  kind: 'engagement',
  schemaVersion: 1,
  id: 'blank',
  title: 'Blank Ltd',
  created: '2026-05-01',
  updated: '2026-05-01',
  client: { name: 'Blank Ltd', industry: 'Retail', size: 'small', currency: 'CNY' },
  answers: {},
};
const done = (edit: ReturnType<typeof setStartDate>): Engagement => {
  if (!edit.ok) throw new Error(`refused: ${edit.refusal.kind}`);
  return edit.engagement;
};

describe('the plan template', () => {
  test('choosing a template writes plan.template and dates the change', () => {
    const next = done(setPlanTemplate(blank, 'six-step-rollout', templates, TODAY));
    expect(next.plan).toEqual({ template: 'six-step-rollout' });
    expect(next.updated).toBe(TODAY);
    expect(validateEngagement(next)).toBe(true);
    // Blank itself is untouched.
    expect(blank.plan).toBeUndefined();
  });

  test('a template no one loaded is refused, and the one in use stays', () => {
    const chosen = done(setPlanTemplate(blank, 'sony-four-phase', templates, TODAY));
    expect(setPlanTemplate(chosen, 'no-such-template', templates, TODAY)).toEqual({
      ok: false,
      refusal: { kind: 'not-a-template' },
    });
    expect(chosen.plan?.template).toBe('sony-four-phase');
  });

  test('choosing the template already in use changes nothing', () => {
    const chosen = done(setPlanTemplate(blank, 'sony-four-phase', templates, TODAY));
    const again = setPlanTemplate(chosen, 'sony-four-phase', templates, '2026-06-01');
    expect(again.ok && again.engagement).toBe(chosen);
  });

  test('switching templates keeps the start and holidays', () => {
    const set = { ...blank, plan: { template: 'sony-four-phase', startDate: '2026-06-01', holidays: ['2026-06-19'] } };
    expect(done(setPlanTemplate(set, 'six-step-rollout', templates, TODAY)).plan).toEqual({
      template: 'six-step-rollout',
      startDate: '2026-06-01',
      holidays: ['2026-06-19'],
    });
  });
});

describe('the start date', () => {
  test('a real date is the plan’s start; the template is left to the recommendation', () => {
    const next = done(setStartDate(blank, ' 2026-06-01 ', TODAY));
    expect(next.plan).toEqual({ startDate: '2026-06-01' });
    expect(validateEngagement(next)).toBe(true);
  });

  test('what is not a date is refused: wrong form, no such day', () => {
    for (const text of ['', '1 June 2026', '2026-6-1', '2026-02-30', '2026-13-01']) {
      expect(setStartDate(blank, text, TODAY)).toEqual({ ok: false, refusal: { kind: 'not-a-date' } });
    }
  });

  test('a real day outside 1900–9999 is refused as out of range', () => {
    expect(setStartDate(blank, '1899-12-31', TODAY)).toEqual({ ok: false, refusal: { kind: 'out-of-range' } });
    expect(setStartDate(blank, '1900-01-01', TODAY).ok).toBe(true);
  });

  test('a start too late for the plan to end by 9999-12-31 is refused with the last start that fits', () => {
    // 9999-12-31 is a Friday: a one-day plan fits on it, a two-day plan must start on Thursday the 30th.
    expect(setStartDate(blank, '9999-12-31', TODAY, 1).ok).toBe(true);
    expect(setStartDate(blank, '9999-12-31', TODAY, 2)).toEqual({
      ok: false,
      refusal: { kind: 'past-last-date', days: 2, latest: '9999-12-30' },
    });
    // Six working days back from Friday the 31st, over the weekend: Friday 24th … Friday 31st.
    expect(setStartDate(blank, '9999-12-27', TODAY, 6)).toEqual({
      ok: false,
      refusal: { kind: 'past-last-date', days: 6, latest: '9999-12-24' },
    });
  });

  test('the refused start keeps the last good one', () => {
    const set = done(setStartDate(blank, '2026-06-01', TODAY));
    expect(setStartDate(set, '2026-02-31', TODAY).ok).toBe(false);
    expect(set.plan?.startDate).toBe('2026-06-01');
  });
});

describe('the working calendar', () => {
  const started = done(setStartDate(blank, '2026-09-28', TODAY));

  test('choosing mainland China writes plan.calendar; weekdays only takes it away again', () => {
    const cn = done(setCalendar(started, 'cn-mainland', TODAY));
    expect(cn.plan).toEqual({ startDate: '2026-09-28', calendar: 'cn-mainland' });
    expect(validateEngagement(cn)).toBe(true);
    expect(done(setCalendar(cn, 'weekdays', TODAY)).plan).toEqual({ startDate: '2026-09-28' });
    // The calendar in use again changes nothing.
    const again = setCalendar(cn, 'cn-mainland', '2026-06-01');
    expect(again.ok && again.engagement).toBe(cn);
  });

  test('a calendar crmkit does not have is refused', () => {
    expect(setCalendar(started, 'cn-taiwan', TODAY)).toEqual({ ok: false, refusal: { kind: 'not-a-calendar' } });
  });

  test('the plan dates follow the calendar: the sample plan ends later across National Day', () => {
    const template = { ...started, plan: { ...started.plan, template: 'sony-four-phase' } };
    const plain = planEngagement(template, shipped.frameworks, shipped.templates);
    const cn = planEngagement(done(setCalendar(template, 'cn-mainland', TODAY)), shipped.frameworks, shipped.templates);
    if (!plain.ok || !cn.ok) throw new Error('no plan');
    expect(cn.schedule.length).toBe(plain.schedule.length);
    expect(cn.schedule.end > plain.schedule.end).toBe(true);
  });
});

describe('holidays', () => {
  const started = done(setStartDate(blank, '2026-06-01', TODAY));

  test('added holidays are kept in date order, and the plan skips them', () => {
    const one = done(addHoliday(started, '2026-06-19', TODAY));
    const two = done(addHoliday(one, '2026-06-02', TODAY));
    expect(two.plan).toEqual({ startDate: '2026-06-01', holidays: ['2026-06-02', '2026-06-19'] });
    expect(validateEngagement(two)).toBe(true);
  });

  test('a day already a holiday, or not a date, is refused', () => {
    const one = done(addHoliday(started, '2026-06-19', TODAY));
    expect(addHoliday(one, '2026-06-19', TODAY)).toEqual({ ok: false, refusal: { kind: 'already-a-holiday' } });
    expect(addHoliday(one, '2026-06-31', TODAY)).toEqual({ ok: false, refusal: { kind: 'not-a-date' } });
    expect(addHoliday(one, '0999-01-01', TODAY)).toEqual({ ok: false, refusal: { kind: 'out-of-range' } });
  });

  test('a holiday that pushes the plan past 9999-12-31 is refused', () => {
    const late = done(setStartDate(blank, '9999-12-30', TODAY, 2));
    expect(addHoliday(late, '9999-12-31', TODAY, 2)).toEqual({
      ok: false,
      refusal: { kind: 'past-last-date', days: 2, latest: '9999-12-29' },
    });
  });

  test('removing one keeps the rest; removing the last leaves no empty list', () => {
    const two = done(addHoliday(done(addHoliday(started, '2026-06-19', TODAY)), '2026-06-02', TODAY));
    expect(removeHoliday(two, '2026-06-02', TODAY).plan).toEqual({ startDate: '2026-06-01', holidays: ['2026-06-19'] });
    const none = removeHoliday(removeHoliday(two, '2026-06-02', TODAY), '2026-06-19', TODAY);
    expect(none.plan).toEqual({ startDate: '2026-06-01' });
    expect(removeHoliday(none, '2026-06-19', TODAY)).toBe(none);
  });

  test('adding then removing any holiday gives the calendar back as it was', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        const added = addHoliday(started, day, TODAY);
        if (!added.ok) return false;
        return JSON.stringify(removeHoliday(added.engagement, day, TODAY).plan) === JSON.stringify(started.plan);
      }),
    );
  });
});

describe('the plan length', () => {
  test('is what the plan scheduled from any start is, and 0 with no template to choose', () => {
    const pump = sample('industrial-equipment-growth');
    const placed = planEngagement(pump, shipped.frameworks, shipped.templates);
    if (!placed.ok) throw new Error('the pump sample has a plan');
    expect(planLength(pump, shipped.frameworks, shipped.templates)).toBe(placed.schedule.length);
    expect(planLength(blank, shipped.frameworks, shipped.templates)).toBe(0);
  });
});
