/**
 * The plan as Microsoft Project XML, re-read with fast-xml-parser: every phase, task, gate,
 * link, baseline, progress value and holiday comes back; the children of each element stand
 * in the schema's order (MS Project drops an element out of order without a word); hostile
 * text comes back exactly or cleaned with a warning; what MS Project cannot store is written
 * as the nearest value it can, with a warning naming the task.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { planEngagement, type EngagementPlan } from '../../src/core/plan/engagement-plan.ts';
import { CHILD_ORDER, LAG_PER_DAY, planMspdi, xmlChars, type MspdiWarning } from '../../src/render/mspdi.ts';
import { pick } from '../../src/core/plan/plan-text.ts';
import { reportedPercent } from '../../src/core/plan/tracking.ts';
import { blankEngagement } from '../../src/core/workshop/edit.ts';
import { freezeBaseline } from '../../src/core/plan/baselines.ts';
import type { Engagement } from '../../src/schemas/generated/types.ts';
import { sample, shipped } from './assess-helpers.ts';

const PUMPS = 'assessments/industrial-equipment-growth.yaml';

/** One element as read back: its name, its text (leaf) and its child elements in document order. */
interface El {
  name: string;
  text: string;
  children: El[];
  attrs: Record<string, string>;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  entityDecoder: xmlEntities(),
});

/**
 * XML's own entity and character references, decoded in one pass (so `&amp;#13;` stays the
 * text `&#13;`): the parser's default decoder leaves numeric references as they are.
 */
function xmlEntities() {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return {
    setExternalEntities: () => undefined,
    addInputEntities: () => undefined,
    reset: () => undefined,
    setXmlVersion: () => undefined,
    decode: (text: string) =>
      text.replace(
        /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g,
        (_m, hex?: string, dec?: string, name?: string) =>
          hex
            ? String.fromCodePoint(parseInt(hex, 16))
            : dec
              ? String.fromCodePoint(Number(dec))
              : (named[name ?? ''] ?? ''),
      ),
  };
}

type Raw = Record<string, unknown>;
function toEl(raw: Raw): El | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@' && k !== '#text');
  if (!name) return undefined;
  const items = (raw[name] as Raw[] | undefined) ?? [];
  const children = items.map(toEl).filter((e): e is El => e !== undefined);
  const text = items.map((i) => (typeof i['#text'] === 'string' ? i['#text'] : '')).join('');
  return { name, text: children.length > 0 ? '' : text, children, attrs: (raw[':@'] as Record<string, string>) ?? {} };
}

function read(xml: string): El {
  // Well-formed XML 1.0, as MS Project's parser requires (throws with line and column otherwise).
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const root = (parser.parse(xml) as Raw[]).map(toEl).find((e) => e?.name === 'Project');
  if (!root) throw new Error('no Project element');
  return root;
}

const child = (el: El, name: string) => el.children.find((c) => c.name === name);
const all = (el: El, name: string) => el.children.filter((c) => c.name === name);
const value = (el: El, name: string) => child(el, name)?.text;
function walk(el: El, visit: (e: El) => void): void {
  visit(el);
  for (const c of el.children) walk(c, visit);
}

function planned(engagement: Engagement): EngagementPlan {
  const result = planEngagement(engagement, shipped.frameworks, shipped.templates);
  if (!result.ok) throw new Error(`no plan for ${engagement.id}`);
  return result;
}

/** The plan's schedule as the export writes it: first working day 08:00, last 17:00, a milestone at the end of its day. */
function expectedDates(result: EngagementPlan, id: string) {
  const s = result.schedule.byId.get(id);
  if (!s) throw new Error(`${id} not scheduled`);
  const at = s.duration === 0 ? (s.earlyStart > 0 ? 'T17:00:00' : 'T08:00:00') : undefined;
  return {
    start: s.start + (at ?? 'T08:00:00'),
    finish: s.finish + (at ?? 'T17:00:00'),
    duration: `PT${s.duration * 8}H0M0S`,
  };
}

/** Checks the whole file against the plan; returns the tasks by crmkit id. */
function expectFaithful(xml: string, result: EngagementPlan, engagement: Engagement, lang: 'en' | 'zh' = 'en') {
  const project = read(xml);
  expect(project.attrs.xmlns).toBe('http://schemas.microsoft.com/project');
  expectSchemaOrder(project);
  const tasks = all(child(project, 'Tasks') ?? project, 'Task');
  const { plan } = result;
  // One summary task per phase, then its tasks (gates included), each exactly once.
  expect(tasks).toHaveLength(plan.phases.length + plan.tasks.length);
  const byId = new Map<string, El>();
  const uidOf = new Map<string, string>();
  let i = 0;
  plan.phases.forEach((phase, p) => {
    const summary = tasks[i++];
    if (!summary) throw new Error('missing summary');
    expect(value(summary, 'Name')).toBe(xmlChars(pick(phase.title, lang)).text);
    expect([value(summary, 'OutlineLevel'), value(summary, 'Summary'), value(summary, 'WBS')]).toEqual([
      '1',
      '1',
      `${p + 1}`,
    ]);
    const own = phase.tasks.map((id) => expectedDates(result, id));
    expect(value(summary, 'Start')).toBe(own.map((d) => d.start).sort()[0]);
    expect(value(summary, 'Finish')).toBe(
      own
        .map((d) => d.finish)
        .sort()
        .at(-1),
    );
    // The phase's span in working days, saved as its baseline too.
    const span = phase.tasks.map((id) => result.schedule.byId.get(id));
    // A milestone after its predecessors stands at the end of the day before its earlyStart: the same boundary.
    const first = Math.min(...span.map((s) => s?.earlyStart ?? 0));
    const last = Math.max(...span.map((s) => s?.earlyFinish ?? 0));
    expect(value(summary, 'Duration')).toBe(`PT${(last - first) * 8}H0M0S`);
    const summaryBaseline = child(summary, 'Baseline') ?? summary;
    expect(['Start', 'Finish', 'Duration'].map((n) => value(summaryBaseline, n))).toEqual(
      ['Start', 'Finish', 'Duration'].map((n) => value(summary, n)),
    );
    phase.tasks.forEach((id, t) => {
      const el = tasks[i++];
      if (!el) throw new Error(`missing ${id}`);
      byId.set(id, el);
      uidOf.set(id, value(el, 'UID') ?? '');
      const task = plan.tasks.find((x) => x.id === id);
      if (!task) throw new Error(id);
      const d = expectedDates(result, id);
      expect(value(el, 'Name')).toBe(xmlChars(pick(task.title, lang)).text);
      expect({
        level: value(el, 'OutlineLevel'),
        wbs: value(el, 'WBS'),
        start: value(el, 'Start'),
        finish: value(el, 'Finish'),
        duration: value(el, 'Duration'),
        milestone: value(el, 'Milestone'),
        summary: value(el, 'Summary'),
      }).toEqual({
        level: '2',
        wbs: `${p + 1}.${t + 1}`,
        start: d.start,
        finish: d.finish,
        duration: d.duration,
        milestone: task.durationDays === 0 ? '1' : '0',
        summary: '0',
      });
      if (task.gate) expect(value(el, 'Duration')).toBe('PT0H0M0S');
      // The current schedule saved as baseline 0.
      const baseline = child(el, 'Baseline');
      expect(baseline && [value(baseline, 'Number'), value(baseline, 'Start'), value(baseline, 'Finish')]).toEqual([
        '0',
        d.start,
        d.finish,
      ]);
      expect(baseline && value(baseline, 'Duration')).toBe(d.duration);
      // Progress as the engagement reports it.
      const tracked = engagement.tasks?.[id];
      expect(value(el, 'PercentComplete')).toBe(String(Math.round(reportedPercent(tracked))));
      if (tracked?.actualStart) expect(value(el, 'ActualStart')?.slice(0, 10)).toBe(tracked.actualStart);
      if (tracked?.actualFinish) expect(value(el, 'ActualFinish')?.slice(0, 10)).toBe(tracked.actualFinish);
      if (!tracked?.actualStart && !tracked?.actualFinish) expect(child(el, 'ActualStart')).toBeUndefined();
    });
  });
  // Every dependency is a finish-to-start link to the predecessor's UID, lag in tenths of minutes, in days.
  for (const task of plan.tasks) {
    const links = all(byId.get(task.id) ?? project, 'PredecessorLink');
    expect(
      links.map((l) => [value(l, 'PredecessorUID'), value(l, 'Type'), value(l, 'LinkLag'), value(l, 'LagFormat')]),
    ).toEqual(task.dependsOn.map((d) => [uidOf.get(d.task), '1', String(Math.round(d.lag * LAG_PER_DAY)), '7']));
  }
  // Holidays are exceptions of the one base calendar, which the project uses.
  const calendars = all(child(project, 'Calendars') ?? project, 'Calendar');
  expect(calendars).toHaveLength(1);
  const calendar = calendars[0] ?? project;
  expect(value(calendar, 'UID')).toBe(value(project, 'CalendarUID'));
  expect(value(calendar, 'IsBaseCalendar')).toBe('1');
  const exceptions = all(child(calendar, 'Exceptions') ?? calendar, 'Exception');
  const holidays = [...new Set(engagement.plan?.holidays ?? [])].sort();
  // With a chosen calendar or extra working days, the exceptions are checked by the test that sets them.
  if (!engagement.plan?.calendar && !engagement.plan?.workdays) {
    expect(exceptions.map((e) => value(child(e, 'TimePeriod') ?? e, 'FromDate'))).toEqual(
      holidays.map((h) => `${h}T00:00:00`),
    );
    for (const e of exceptions) expect(value(e, 'DayWorking')).toBe('0');
  }
  const weekDays = all(child(calendar, 'WeekDays') ?? calendar, 'WeekDay');
  expect(weekDays.map((d) => [value(d, 'DayType'), value(d, 'DayWorking')])).toEqual([
    ['1', '0'],
    ['2', '1'],
    ['3', '1'],
    ['4', '1'],
    ['5', '1'],
    ['6', '1'],
    ['7', '0'],
  ]);
  const monday = weekDays[1] ?? calendar;
  expect(
    all(child(monday, 'WorkingTimes') ?? monday, 'WorkingTime').map((w) => [value(w, 'FromTime'), value(w, 'ToTime')]),
  ).toEqual([
    ['08:00:00', '12:00:00'],
    ['13:00:00', '17:00:00'],
  ]);
  expect({
    start: value(project, 'StartDate'),
    finish: value(project, 'FinishDate'),
    minutesPerDay: value(project, 'MinutesPerDay'),
    minutesPerWeek: value(project, 'MinutesPerWeek'),
    daysPerMonth: value(project, 'DaysPerMonth'),
  }).toEqual({
    start: `${result.schedule.start}T08:00:00`,
    finish: tasks
      .map((t) => value(t, 'Finish') ?? '')
      .sort()
      .at(-1),
    minutesPerDay: '480',
    minutesPerWeek: '2400',
    daysPerMonth: '20',
  });
  return { project, byId };
}

/**
 * The children of every element with an ordered list stand in that list's order, and are in it.
 * The lists were compared by hand with Microsoft's reference (MicrosoftDocs/
 * office-developer-msproject-xml-docs, project-xml-data-interchange/): project-element.md,
 * task-element.md, predecessorlink-element.md, baseline-element.md (children for a task),
 * calendar-element.md, and the xsd:sequence of WeekDay, TimePeriod, WorkingTime and
 * Exception in xml-schema-for-the-calendars-element.md.
 */
function expectSchemaOrder(root: El): void {
  const seen = new Set<string>();
  walk(root, (el) => {
    const order = (CHILD_ORDER as Record<string, readonly string[]>)[el.name];
    if (!order) return;
    seen.add(el.name);
    const positions = el.children.map((c) => order.indexOf(c.name));
    expect(positions, `${el.name}: ${el.children.map((c) => c.name).join(', ')}`).not.toContain(-1);
    for (let k = 1; k < positions.length; k++) {
      // Only an element the schema repeats (maxOccurs="unbounded": PredecessorLink, Baseline) may stand twice in a row.
      expect((positions[k] ?? 0) >= (positions[k - 1] ?? 0), `${el.name} order at ${el.children[k]?.name}`).toBe(true);
      if (positions[k] === positions[k - 1]) expect(['PredecessorLink', 'Baseline']).toContain(el.children[k]?.name);
    }
  });
  for (const name of ['Project', 'Task', 'PredecessorLink', 'Baseline', 'Calendar', 'WeekDay', 'WorkingTime']) {
    expect(seen).toContain(name);
  }
}

describe('MS Project XML', () => {
  it('the schema orders start as the reference lists them', () => {
    // Spot checks against the tables of the reference (see expectSchemaOrder).
    expect(CHILD_ORDER.Project.slice(0, 4)).toEqual(['SaveVersion', 'UID', 'Name', 'Title']);
    expect(CHILD_ORDER.Project.slice(-4)).toEqual(['Calendars', 'Tasks', 'Resources', 'Assignments']);
    const task = CHILD_ORDER.Task as readonly string[];
    const before = (a: string, b: string) => expect(task.indexOf(a)).toBeLessThan(task.indexOf(b));
    before('Start', 'Finish');
    before('Finish', 'Duration');
    before('Milestone', 'Summary');
    before('PercentComplete', 'ActualStart');
    before('ConstraintType', 'CalendarUID');
    before('CalendarUID', 'ConstraintDate');
    before('Notes', 'PredecessorLink');
    before('PredecessorLink', 'Baseline');
    expect(CHILD_ORDER.PredecessorLink).toEqual([
      'PredecessorUID',
      'Type',
      'CrossProject',
      'CrossProjectName',
      'LinkLag',
      'LagFormat',
    ]);
    expect(CHILD_ORDER.Calendar).toEqual([
      'UID',
      'Name',
      'IsBaseCalendar',
      'BaseCalendarUID',
      'WeekDays',
      'Exceptions',
      'WorkWeeks',
    ]);
    for (const list of Object.values(CHILD_ORDER)) expect(new Set(list).size).toBe(list.length);
  });

  it.each(['industrial-equipment-growth', 'sony-china-after-sales', 'singapore-tea-shop-loyalty'] as const)(
    'the %s sample re-reads with every phase, task, gate, link, baseline, progress and holiday',
    (id) => {
      const engagement = sample(id);
      const result = planned(engagement);
      const lang = engagement.language ?? 'en';
      const { xml, warnings } = planMspdi(result.plan, result.schedule, engagement, lang);
      expect(warnings).toEqual([]);
      expectFaithful(xml, result, engagement, lang);
    },
  );

  it('carries the pump maker’s progress: done, in progress with percent and actual start, not started', () => {
    const engagement = sample('industrial-equipment-growth');
    const result = planned(engagement);
    const { byId } = expectFaithful(planMspdi(result.plan, result.schedule, engagement, 'en').xml, result, engagement);
    const charter = byId.get('sp-p1-charter');
    const selection = byId.get('sp-p2-selection');
    const workspace = byId.get('sp-p2-workspace');
    if (!charter || !selection || !workspace) throw new Error('sample tasks missing');
    expect([value(charter, 'PercentComplete'), value(charter, 'ActualStart'), value(charter, 'ActualFinish')]).toEqual([
      '100',
      '2026-02-02T08:00:00',
      '2026-02-06T17:00:00',
    ]);
    expect([
      value(selection, 'PercentComplete'),
      value(selection, 'ActualStart'),
      value(selection, 'ActualFinish'),
    ]).toEqual(['70', '2026-03-09T08:00:00', undefined]);
    expect([value(workspace, 'PercentComplete'), child(workspace, 'ActualStart')]).toEqual(['0', undefined]);
    // A gate reported done on a day: its actual start is its actual finish, without a warning.
    const gate = byId.get('gate-sp-g1-scope');
    expect(gate && value(gate, 'ActualStart')).toBe(gate && value(gate, 'ActualFinish'));
  });

  it('writes the chosen named baseline as baseline 0 and every named baseline as 1–10 in file order', () => {
    const pumps = sample('industrial-equipment-growth');
    // "Approved" is the plan as it was when it started a week earlier (2026-01-26); "Today" the plan as it is.
    const earlier = planned({ ...pumps, plan: { ...pumps.plan, startDate: '2026-01-26' } });
    const current = planned(pumps);
    const engagement: Engagement = {
      ...pumps,
      plan: { ...pumps.plan, baseline: 'Approved' },
      baselines: [
        freezeBaseline(earlier.schedule, 'Approved', '2026-01-20'),
        freezeBaseline(current.schedule, 'Today', '2026-02-02'),
      ],
    };
    const { xml, warnings } = planMspdi(current.plan, current.schedule, engagement, 'en');
    expect(warnings).toEqual([]);
    const project = read(xml);
    expectSchemaOrder(project);
    const tasks = all(child(project, 'Tasks') ?? project, 'Task');
    const charterTitle = current.plan.tasks.find((x) => x.id === 'sp-p1-charter')?.title;
    const charter = tasks.find((t) => charterTitle && value(t, 'Name') === pick(charterTitle, 'en'));
    const baselines = (el: El | undefined) =>
      all(el ?? project, 'Baseline').map((b) => [
        value(b, 'Number'),
        value(b, 'Start'),
        value(b, 'Finish'),
        value(b, 'Duration'),
      ]);
    // The charter: 5 days, first in the plan — the week of 01-26 in "Approved", of 02-02 today.
    expect(charter && value(charter, 'Start')).toBe('2026-02-02T08:00:00');
    expect(baselines(charter)).toEqual([
      ['0', '2026-01-26T08:00:00', '2026-01-30T17:00:00', 'PT40H0M0S'],
      ['1', '2026-01-26T08:00:00', '2026-01-30T17:00:00', 'PT40H0M0S'],
      ['2', '2026-02-02T08:00:00', '2026-02-06T17:00:00', 'PT40H0M0S'],
    ]);
    // Every task carries the three baselines: 0 and 1 on the dates of the plan started a week earlier, 2 on today's.
    const uids = new Map(tasks.map((t) => [value(t, 'Name'), t]));
    for (const task of current.plan.tasks) {
      const el = uids.get(xmlChars(pick(task.title, 'en')).text);
      const days = (b: string | undefined) => b?.slice(0, 10);
      const dates = baselines(el).map(([n, start, finish]) => [n, days(start), days(finish)]);
      const before = earlier.schedule.byId.get(task.id);
      const now = current.schedule.byId.get(task.id);
      expect(dates).toEqual([
        ['0', before?.start, before?.finish],
        ['1', before?.start, before?.finish],
        ['2', now?.start, now?.finish],
      ]);
    }
    expect(tasks.every((t) => all(t, 'Baseline').length === 3)).toBe(true);
  });

  it('writes ten named baselines and names the ones after the tenth in a warning', () => {
    const pumps = sample('industrial-equipment-growth');
    const result = planned(pumps);
    const baselines = Array.from({ length: 12 }, (_, i) => freezeBaseline(result.schedule, `B${i + 1}`, '2026-02-01'));
    const { xml, warnings } = planMspdi(result.plan, result.schedule, { ...pumps, baselines }, 'en');
    expect(warnings).toEqual([{ code: 'baselines-dropped', names: ['B11', 'B12'] }]);
    const project = read(xml);
    const first = all(child(project, 'Tasks') ?? project, 'Task')[0];
    expect(all(first ?? project, 'Baseline').map((b) => value(b, 'Number'))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('writes Chinese titles and the Chinese calendar name with --lang zh', () => {
    const engagement = sample('industrial-equipment-growth');
    const result = planned(engagement);
    const { xml } = planMspdi(result.plan, result.schedule, engagement, 'zh');
    const { project } = expectFaithful(xml, result, engagement, 'zh');
    const calendar = child(child(project, 'Calendars') ?? project, 'Calendar');
    expect(calendar && value(calendar, 'Name')).toBe('标准');
  });

  it('writes the mainland China calendar: its holidays not worked, its make-up days worked, the engagement’s own on top', () => {
    const base = sample('industrial-equipment-growth');
    const engagement: Engagement = {
      ...base,
      plan: {
        template: 'sme-sales-process',
        startDate: '2026-02-02',
        calendar: 'cn-mainland',
        holidays: ['2026-10-10'], // the make-up Saturday after National Day, taken off
        workdays: ['2026-03-07'], // a Saturday of the client's own
      },
    };
    const result = planned(engagement);
    const { xml, warnings } = planMspdi(result.plan, result.schedule, engagement, 'en');
    expect(warnings).toEqual([]);
    const { project } = expectFaithful(xml, result, engagement);
    const calendar = child(child(project, 'Calendars') ?? project, 'Calendar') ?? project;
    const exceptions = all(child(calendar, 'Exceptions') ?? calendar, 'Exception');
    const read = exceptions.map((e) => ({
      from: value(child(e, 'TimePeriod') ?? e, 'FromDate'),
      to: value(child(e, 'TimePeriod') ?? e, 'ToDate'),
      name: value(e, 'Name'),
      working: value(e, 'DayWorking'),
      times: all(child(e, 'WorkingTimes') ?? e, 'WorkingTime').map(
        (w) => `${value(w, 'FromTime')}-${value(w, 'ToTime')}`,
      ),
    }));
    // The 2026 data from the plan's start year (2025 and before are not written): the weekday
    // holidays of New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-autumn and
    // National Day, and the client's 10 October; the make-up days 4 January, 14 and 28 February,
    // 9 May and 20 September (10 October is the client's holiday now), and the client's 7 March.
    const off = ['01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '02-23', '04-06', '05-01', '05-04'];
    off.push('05-05', '06-19', '09-25', '10-01', '10-02', '10-05', '10-06', '10-07', '10-10');
    const on = ['01-04', '02-14', '02-28', '03-07', '05-09', '09-20'];
    const expected = [
      ...off.map((d) => ({ date: `2026-${d}`, working: false })),
      ...on.map((d) => ({ date: `2026-${d}`, working: true })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    expect(read).toEqual(
      expected.map(({ date, working }) => ({
        from: `${date}T00:00:00`,
        to: `${date}T23:59:00`,
        name: `${working ? 'Working day' : 'Holiday'} ${date}`,
        working: working ? '1' : '0',
        times: working ? ['08:00:00-12:00:00', '13:00:00-17:00:00'] : [],
      })),
    );
    // Exceptions in the schema's order, DayWorking before its WorkingTimes.
    expect(exceptions.find((e) => value(e, 'DayWorking') === '1')?.children.map((c) => c.name)).toEqual([
      'EnteredByOccurrences',
      'TimePeriod',
      'Occurrences',
      'Name',
      'Type',
      'DayWorking',
      'WorkingTimes',
    ]);
    // In Chinese, a make-up day is named as one.
    const zh = planMspdi(result.plan, result.schedule, engagement, 'zh').xml;
    expect(zh).toContain('<Name>调休工作日 2026-02-14</Name>');
  });

  it('hostile titles come back exactly, and characters XML forbids are removed with a warning naming the task', () => {
    const engagement = { ...sample('industrial-equipment-growth'), title: 'A <b>&"\'</b> ]]> \u202Eevil' };
    const result = planned(engagement);
    const plan = structuredClone(result.plan);
    const exact = [
      '<script>&"\'</script>',
      'x]]>y',
      '\u202Edcba \u2066iso\u2069',
      'tab\there\r\nline\rend &#13; &amp;',
      '𝔘nicode 😀 中文',
    ];
    const [a, b, c, d, e, f, g] = plan.tasks;
    if (!a || !b || !c || !d || !e || !f || !g) throw new Error('too few tasks');
    exact.forEach((title, k) => {
      const task = [a, b, c, d, e][k];
      if (task) task.title = title;
    });
    f.title = 'bell\u0007 nul\u0000 esc\u001B \uFFFE\uFFFF';
    g.title = 'lone \uD800 high and \uDC00 low';
    const { xml, warnings } = planMspdi(plan, result.schedule, engagement, 'en');
    expect(xml).not.toContain('<script>');
    const { project, byId } = expectFaithful(xml, { ...result, plan }, engagement);
    expect(value(project, 'Name')).toBe(engagement.title);
    exact.forEach((title, k) => expect(value(byId.get([a, b, c, d, e][k]?.id ?? '') ?? project, 'Name')).toBe(title));
    expect(value(byId.get(f.id) ?? project, 'Name')).toBe('bell nul esc ');
    expect(value(byId.get(g.id) ?? project, 'Name')).toBe('lone  high and  low');
    expect(warnings).toEqual([
      { code: 'text-cleaned', task: f.id, field: 'name', removed: 5 },
      { code: 'text-cleaned', task: g.id, field: 'name', removed: 2 },
    ]);
  });

  it('what MS Project cannot store is written as the nearest value it can, with a warning naming the task', () => {
    const base = sample('industrial-equipment-growth');
    const engagement: Engagement = {
      ...base,
      plan: { ...base.plan, holidays: [...(base.plan?.holidays ?? []), '1950-05-01'] },
      tasks: {
        ...base.tasks,
        'sp-p2-sales-stages': { status: 'in-progress', percent: 62.5, actualStart: '2026-03-09' },
      },
    };
    const result = planned(engagement);
    const plan = structuredClone(result.plan);
    const linked = plan.tasks.find((t) => t.dependsOn.length > 0 && !t.gate);
    const first = linked?.dependsOn[0];
    if (!linked || !first) throw new Error('no linked task');
    first.lag = 0.00001; // 0.048 tenths of a minute: LinkLag is a whole number of tenths
    const half = plan.tasks.find((t) => t !== linked && t.dependsOn.length > 0 && !t.gate)?.dependsOn[0];
    if (half) half.lag = 1.5; // 7,200 tenths: stored exactly, no warning
    const long = plan.tasks[0];
    if (long) long.title = 'x'.repeat(600);
    const { xml, warnings } = planMspdi(plan, result.schedule, engagement, 'en');
    const project = read(xml);
    expectSchemaOrder(project);
    const tasks = all(child(project, 'Tasks') ?? project, 'Task');
    expect(warnings).toContainEqual({ code: 'name-truncated', task: long?.id, length: 600 });
    expect(tasks.map((t) => value(t, 'Name'))).toContain('x'.repeat(512));
    expect(warnings).toContainEqual({
      code: 'lag-rounded',
      task: linked.id,
      predecessor: first.task,
      lag: 0.00001,
      written: 0,
    });
    expect(warnings.filter((w) => w.code === 'lag-rounded')).toHaveLength(1);
    expect(xml).toContain('<LinkLag>7200</LinkLag>');
    expect(warnings).toContainEqual({
      code: 'percent-rounded',
      task: 'sp-p2-sales-stages',
      percent: 62.5,
      written: 63,
    });
    expect(warnings).toContainEqual({ code: 'holiday-out-of-range', date: '1950-05-01' });
    const exceptions: string[] = [];
    walk(project, (el) => {
      if (el.name === 'FromDate') exceptions.push(el.text);
    });
    expect(exceptions).not.toContain('1950-05-01T00:00:00');
  });

  it('a negative lag (lead) is stored as it is: MS Project keeps leads as negative LinkLag', () => {
    const engagement = sample('industrial-equipment-growth');
    const result = planned(engagement);
    const plan = structuredClone(result.plan);
    const linked = plan.tasks.find((t) => t.dependsOn.length > 0 && !t.gate);
    if (!linked?.dependsOn[0]) throw new Error('no linked task');
    linked.dependsOn[0].lag = -2;
    const { xml, warnings } = planMspdi(plan, result.schedule, engagement, 'en');
    expect(warnings).toEqual([]);
    expect(xml).toContain('<LinkLag>-9600</LinkLag>');
  });

  it('dates past 2149 are clamped to the last date MS Project holds, with a warning per task', () => {
    const base = sample('industrial-equipment-growth');
    const engagement: Engagement = { ...base, plan: { ...base.plan, startDate: '2160-01-05', holidays: [] } };
    delete engagement.tasks;
    const result = planned(engagement);
    const { xml, warnings } = planMspdi(result.plan, result.schedule, engagement, 'en');
    // Well-formed XML 1.0, as MS Project's parser requires (throws with line and column otherwise).
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/<Start>2160/);
    expect(warnings.filter((w) => w.code === 'date-clamped').map((w) => (w as { task: string }).task)).toEqual(
      expect.arrayContaining(result.plan.tasks.map((t) => t.id)),
    );
  });

  it('a blank new engagement gets a faithful file from every shipped template', () => {
    for (const template of shipped.templates.values()) {
      const blank = blankEngagement(
        { clientName: 'New client & <Co>', industry: 'retail', size: 'small', currency: 'EUR', language: 'en' },
        '2026-12-07',
        new Set(),
      );
      const engagement: Engagement = { ...blank, plan: { template: template.id, startDate: '2027-01-11' } };
      const result = planned(engagement);
      expect(result.template.id).toBe(template.id);
      const { xml, warnings } = planMspdi(result.plan, result.schedule, engagement, 'en');
      expect(warnings).toEqual([]);
      const { project } = expectFaithful(xml, result, engagement);
      expect(value(project, 'Title')).toBe('New client & <Co>');
    }
  });

  it('any plan from any template and any titles re-reads with every task, link and baseline (property)', () => {
    const templates = [...shipped.templates.values()];
    const base = sample('singapore-tea-shop-loyalty');
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: -5, max: 10 }), { maxLength: 8 }),
        (template, start, titles, lags) => {
          const engagement: Engagement = {
            ...base,
            plan: {
              template: template.id,
              startDate: start.toISOString().slice(0, 10),
              holidays: base.plan?.holidays ?? [],
            },
          };
          delete engagement.tasks;
          const result = planned(engagement);
          const plan = structuredClone(result.plan);
          plan.tasks.forEach((t, k) => {
            if (k < titles.length) t.title = titles[k] ?? '';
            const dep = t.dependsOn[0];
            if (dep && k < lags.length) dep.lag = lags[k] ?? 0;
          });
          const { xml, warnings } = planMspdi(plan, result.schedule, engagement, 'en');
          expectFaithful(xml, { ...result, plan }, engagement);
          const cleaned = plan.tasks.filter((t) => xmlChars(pick(t.title, 'en')).removed > 0).map((t) => t.id);
          expect(warnings.map((w: MspdiWarning) => ('task' in w ? w.task : undefined))).toEqual(cleaned);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('crmkit plan --format mspdi', () => {
  it('prints the XML as a document, and --out writes the file', () => {
    const result = run(['plan', PUMPS, '--format', 'mspdi']);
    expect(result.exitCode).toBe(0);
    expect(result.document).toBe(true);
    expect(result.stderr).toBe('');
    const engagement = sample('industrial-equipment-growth');
    expectFaithful(result.stdout, planned(engagement), engagement);
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-mspdi-'));
    const written = run(['plan', PUMPS, '--format', 'mspdi', '--out', join(dir, 'plan.xml')]);
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toMatch(/^wrote .*plan\.xml \(\d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 'plan.xml'), 'utf8')).toBe(result.stdout);
  });

  it('names the task of each change on stderr, in the reader’s language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmkit-mspdi-'));
    const file = join(dir, 'pumps.yaml');
    writeFileSync(
      file,
      readFileSync(PUMPS, 'utf8')
        .replace('id: industrial-equipment-growth', 'id: pumps-fractional-percent')
        .replace(
          'sp-p2-sales-stages: { status: in-progress, percent: 60,',
          'sp-p2-sales-stages: { status: in-progress, percent: 60.5,',
        ),
    );
    const en = run(['plan', file, '--format', 'mspdi', '--lang', 'en']);
    expect(en.exitCode).toBe(0);
    expect(en.stderr).toMatch(/MS Project XML: task "sp-p2-sales-stages" \(.+\): 60\.5% complete written as 61%/);
    expect(en.stdout).toContain('<PercentComplete>61</PercentComplete>');
    const zh = run(['plan', file, '--format', 'mspdi', '--lang', 'zh']);
    expect(zh.stderr).toContain('MS Project XML：任务 “sp-p2-sales-stages”');
  });

  it('says mspdi is a format in the usage error', () => {
    expect(run(['plan', PUMPS, '--format', 'msp']).stderr).toContain('csv, ical or mspdi');
  });
});
