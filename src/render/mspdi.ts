/**
 * The scheduled plan as Microsoft Project XML (MSPDI, namespace
 * http://schemas.microsoft.com/project): one base calendar (Mon–Fri 08:00–12:00 and
 * 13:00–17:00, each holiday an exception not worked, each make-up working day on a weekend
 * one worked in the same hours), one summary task per phase with its tasks under
 * it, gates and milestones as zero-length milestones, finish-to-start links with their lag
 * in working days, progress (percent complete, actual dates), and as baseline 0 what tracking
 * measures against (the chosen named baseline, else the schedule itself) with the engagement's
 * named baselines as baselines 1–10 in file order, so a project team can track the plan in MS
 * Project or any tool that imports its XML.
 *
 * MS Project reads the children of an element in the schema's order and silently drops one
 * that comes out of order, so every element is written by its ordered list in CHILD_ORDER
 * (from Microsoft's schema reference), never by hand. User text is XML-escaped, and
 * characters XML 1.0 cannot carry are removed; what MS Project cannot store (a lag finer
 * than a tenth of a minute, a fractional percent, a date outside 1984–2149, a name over 512
 * characters) is written as the nearest value it can. Each such change is returned as a
 * warning naming the task. A negative lag (a lead) MS Project stores as it is.
 */
import { NOT_XML_TEXT } from '../core/shared/text.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import type { Schedule } from '../core/plan/schedule.ts';
import { phaseProgress, reportedPercent } from '../core/plan/tracking.ts';
import { pick } from '../core/plan/plan-text.ts';
import { planDays } from '../core/plan/calendars.ts';
import type { Plan, PlanTask } from '../core/plan/types.ts';
import { own } from '../core/shared/own.ts';
import { MSPDI_WORDS } from '../i18n/mspdi.ts';
import { baselinePlaces, plannedReference, type PlannedPlace } from '../core/plan/baselines.ts';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/**
 * The order of each element's children, as Microsoft's MSPDI reference lists them
 * (MicrosoftDocs/office-developer-msproject-xml-docs, folder project-xml-data-interchange/):
 * Project from project-element.md, Task from task-element.md, PredecessorLink from
 * predecessorlink-element.md, a task's Baseline from baseline-element.md ("Child Elements
 * for a Task"), Calendar from calendar-element.md, and WeekDay, TimePeriod, WorkingTime and
 * Exception from the xsd:sequence in xml-schema-for-the-calendars-element.md. Each list is
 * the whole sequence (not only what crmkit writes), so a field added later lands in its place.
 */
export const CHILD_ORDER = {
  Project: [
    'SaveVersion',
    'UID',
    'Name',
    'Title',
    'Subject',
    'Category',
    'Company',
    'Manager',
    'Author',
    'CreationDate',
    'Revision',
    'LastSaved',
    'ScheduleFromStart',
    'StartDate',
    'FinishDate',
    'FYStartDate',
    'CriticalSlackLimit',
    'CurrencyDigits',
    'CurrencySymbol',
    'CurrencyCode',
    'CurrencySymbolPosition',
    'CalendarUID',
    'DefaultStartTime',
    'DefaultFinishTime',
    'MinutesPerDay',
    'MinutesPerWeek',
    'DaysPerMonth',
    'DefaultTaskType',
    'DefaultFixedCostAccrual',
    'DefaultStandardRate',
    'DefaultOvertimeRate',
    'DurationFormat',
    'WorkFormat',
    'EditableActualCosts',
    'HonorConstraints',
    'EarnedValueMethod',
    'InsertedProjectsLikeSummary',
    'MultipleCriticalPaths',
    'NewTasksEffortDriven',
    'NewTasksEstimated',
    'SplitsInProgressTasks',
    'SpreadActualCost',
    'SpreadPercentComplete',
    'TaskUpdatesResource',
    'FiscalYearStart',
    'WeekStartDay',
    'MoveCompletedEndsBack',
    'MoveRemainingStartsBack',
    'MoveRemainingStartsForward',
    'MoveCompletedEndsForward',
    'BaselineForEarnedValue',
    'AutoAddNewResourcesAndTasks',
    'StatusDate',
    'CurrentDate',
    'MicrosoftProjectServerURL',
    'Autolink',
    'NewTaskStartDate',
    'DefaultTaskEVMethod',
    'ProjectExternallyEdited',
    'ExtendedCreationDate',
    'ActualsInSync',
    'RemoveFileProperties',
    'AdminProject',
    'OutlineCodes',
    'WBSMasks',
    'ExtendedAttributes',
    'Calendars',
    'Tasks',
    'Resources',
    'Assignments',
  ],
  Task: [
    'UID',
    'ID',
    'Name',
    'Type',
    'IsNull',
    'CreateDate',
    'Contact',
    'WBS',
    'WBSLevel',
    'OutlineNumber',
    'OutlineLevel',
    'Priority',
    'Start',
    'Finish',
    'Duration',
    'DurationFormat',
    'Work',
    'Stop',
    'Resume',
    'ResumeValid',
    'EffortDriven',
    'Recurring',
    'OverAllocated',
    'Estimated',
    'Milestone',
    'Summary',
    'Critical',
    'IsSubproject',
    'IsSubprojectReadOnly',
    'SubprojectName',
    'ExternalTask',
    'ExternalTaskProject',
    'EarlyStart',
    'EarlyFinish',
    'LateStart',
    'LateFinish',
    'StartVariance',
    'FinishVariance',
    'WorkVariance',
    'FreeSlack',
    'TotalSlack',
    'FixedCost',
    'FixedCostAccrual',
    'PercentComplete',
    'PercentWorkComplete',
    'Cost',
    'OvertimeCost',
    'OvertimeWork',
    'ActualStart',
    'ActualFinish',
    'ActualDuration',
    'ActualCost',
    'ActualOvertimeCost',
    'ActualWork',
    'ActualOvertimeWork',
    'RegularWork',
    'RemainingDuration',
    'RemainingCost',
    'RemainingWork',
    'RemainingOvertimeCost',
    'RemainingOvertimeWork',
    'ACWP',
    'CV',
    'ConstraintType',
    'CalendarUID',
    'ConstraintDate',
    'Deadline',
    'LevelAssignments',
    'LevelingCanSplit',
    'LevelingDelay',
    'LevelingDelayFormat',
    'PreLeveledStart',
    'PreLeveledFinish',
    'Hyperlink',
    'HyperlinkAddress',
    'HyperlinkSubAddress',
    'IgnoreResourceCalendar',
    'Notes',
    'HideBar',
    'Rollup',
    'BCWS',
    'BCWP',
    'PhysicalPercentComplete',
    'EarnedValueMethod',
    'PredecessorLink',
    'ActualWorkProtected',
    'ActualOvertimeWorkProtected',
    'Baseline',
    'IsPublished',
    'StatusManager',
    'CommitmentStart',
    'CommitmentFinish',
    'CommitmentType',
    'ExtendedAttribute',
    'OutlineCode',
    'TimephasedData',
  ],
  PredecessorLink: ['PredecessorUID', 'Type', 'CrossProject', 'CrossProjectName', 'LinkLag', 'LagFormat'],
  Baseline: [
    'TimephasedData',
    'Number',
    'Interim',
    'Start',
    'Finish',
    'Duration',
    'DurationFormat',
    'EstimatedDuration',
    'Work',
    'Cost',
    'BCWS',
    'BCWP',
    'FixedCost',
  ],
  Calendar: ['UID', 'Name', 'IsBaseCalendar', 'BaseCalendarUID', 'WeekDays', 'Exceptions', 'WorkWeeks'],
  WeekDay: ['DayType', 'DayWorking', 'TimePeriod', 'WorkingTimes'],
  TimePeriod: ['FromDate', 'ToDate'],
  WorkingTime: ['FromTime', 'ToTime'],
  Exception: [
    'EnteredByOccurrences',
    'TimePeriod',
    'Occurrences',
    'Name',
    'Type',
    'Period',
    'DaysOfWeek',
    'MonthItem',
    'MonthPosition',
    'Month',
    'MonthDay',
    'DayWorking',
    'WorkingTimes',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Elements whose children are a list of one kind of element (no order among kinds to keep). */
type Collection = 'Calendars' | 'Tasks' | 'WeekDays' | 'WorkingTimes' | 'Exceptions';

type Ordered = keyof typeof CHILD_ORDER;
type Value = string | number | boolean | Node | Node[] | undefined;
/** An element: its children by name; a list under one name repeats that element. */
interface Node {
  kind: Ordered | 'collection';
  name: string;
  children: Partial<Record<string, Value>>;
  items?: Node[];
}

const node = (kind: Ordered, children: Partial<Record<string, Value>>): Node => ({ kind, name: kind, children });
const collection = (name: Collection, items: Node[]): Node => ({
  kind: 'collection',
  name,
  children: {},
  items,
});

/** What the export changed so that MS Project can store it; each names the task (or the project title). */
export type MspdiWarning =
  /** In the task's (or phase's, or project's) name, or in its notes (why it is in the plan). */
  | { code: 'text-cleaned'; task?: string; field: 'name' | 'notes'; removed: number }
  | { code: 'name-truncated'; task?: string; length: number }
  | { code: 'lag-rounded'; task: string; predecessor: string; lag: number; written: number }
  | { code: 'percent-rounded'; task: string; percent: number; written: number }
  | { code: 'date-clamped'; task: string; date: string; written: string }
  | { code: 'actual-start-missing'; task: string; written: string }
  /** A holiday or an extra working day MS Project cannot store: left out of the calendar. */
  | { code: 'holiday-out-of-range'; date: string }
  | { code: 'workday-out-of-range'; date: string }
  /** MS Project holds baselines 0–10: named baselines after the tenth are not written. */
  | { code: 'baselines-dropped'; names: string[] };

export interface MspdiResult {
  xml: string;
  warnings: MspdiWarning[];
}

export interface MspdiWords {
  /** Why the task is in the plan (its Notes); none: no notes. */
  why?: (task: PlanTask) => string;
}

/** The dates MS Project can hold (Project 2007 and later). */
export const MSPDI_FIRST_DATE = '1984-01-01';
export const MSPDI_LAST_DATE = '2149-12-31';
/** The longest task or project name the schema allows. */
export const MSPDI_NAME_MAX = 512;
/** LinkLag is in tenths of a minute: one 8-hour working day is 4,800. */
export const LAG_PER_DAY = 4800;
/** LagFormat and DurationFormat 7: days. */
const DAYS_FORMAT = 7;
/** Baselines 1–10 hold the named ones; 0 is what tracking measures against. */
const MSPDI_NAMED_BASELINES = 10;
const CALENDAR_UID = 1;

/** Text XML 1.0 can carry: the forbidden characters removed, and how many there were. */
export function xmlChars(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(NOT_XML_TEXT, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}

/**
 * Escaped as element text: the five XML specials, and CR as a character reference, since a
 * parser turns a literal CR (or CRLF) into LF and the text would not come back as written.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"'\r]/g, (ch) => ESCAPES[ch] ?? '');
}

function serialize(n: Node, indent: string, out: string[]): void {
  const inner = indent + '  ';
  if (n.kind === 'collection') {
    out.push(`${indent}<${n.name}>`);
    for (const item of n.items ?? []) serialize(item, inner, out);
    out.push(`${indent}</${n.name}>`);
    return;
  }
  const order: readonly string[] = CHILD_ORDER[n.kind];
  for (const key of Object.keys(n.children)) {
    if (!order.includes(key)) throw new Error(`MSPDI: ${key} is no child of ${n.name}`);
  }
  out.push(n.name === 'Project' ? `${indent}<Project xmlns="${MSPDI_NAMESPACE}">` : `${indent}<${n.name}>`);
  for (const key of order) {
    const value = n.children[key];
    if (value === undefined) continue;
    const list = Array.isArray(value) ? value : [value];
    for (const v of list) {
      if (typeof v === 'object') serialize(v, inner, out);
      else
        out.push(
          `${inner}<${key}>${typeof v === 'string' ? xmlEscape(v) : v === true ? 1 : v === false ? 0 : v}</${key}>`,
        );
    }
  }
  out.push(`${indent}</${n.name}>`);
}

const clampDate = (date: string) =>
  date < MSPDI_FIRST_DATE ? MSPDI_FIRST_DATE : date > MSPDI_LAST_DATE ? MSPDI_LAST_DATE : date;
const hours = (days: number) => `PT${days * 8}H0M0S`;
const START = 'T08:00:00';
const FINISH = 'T17:00:00';

interface Placed {
  start: string;
  finish: string;
  /** Working days. */
  days: number;
}

/**
 * The days the calendar's week does not say, in date order: every holiday the engagement
 * lists, and the chosen calendar's holidays from the year the plan starts on (earlier years'
 * hundreds of days would only weigh the file down), each not worked; and each extra working
 * day on a weekend (a make-up day), worked, that is not a holiday too.
 */
function calendarExceptions(engagement: Engagement, schedule: Schedule): { date: string; working: boolean }[] {
  const from = `${schedule.start.slice(0, 4)}-01-01`;
  const days = planDays(engagement.plan);
  const ownHolidays = new Set(engagement.plan?.holidays ?? []);
  const ownWorkdays = new Set(engagement.plan?.workdays ?? []);
  const off = new Set(days.holidays.filter((d) => ownHolidays.has(d) || d >= from));
  const weekend = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0;
  const on = new Set(days.workdays.filter((d) => weekend(d) && !off.has(d) && (ownWorkdays.has(d) || d >= from)));
  return [
    ...[...off].map((date) => ({ date, working: false })),
    ...[...on].map((date) => ({ date, working: true })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The plan as MSPDI XML, with what had to change to fit MS Project. */
export function planMspdi(
  plan: Plan,
  schedule: Schedule,
  engagement: Engagement,
  lang: Language,
  words: MspdiWords = {},
): MspdiResult {
  const warnings: MspdiWarning[] = [];
  const calendar = schedule.calendar;

  /** The user's text as XML can hold it and the schema allows, with a warning for each change. */
  const text = (raw: string, task: string | undefined, field: 'name' | 'notes', max?: number): string => {
    const clean = xmlChars(raw);
    if (clean.removed > 0)
      warnings.push({ code: 'text-cleaned', ...(task && { task }), field, removed: clean.removed });
    const points = [...clean.text];
    if (max === undefined || points.length <= max) return clean.text;
    warnings.push({ code: 'name-truncated', ...(task && { task }), length: points.length });
    return points.slice(0, max).join('');
  };
  const dateTime = (date: string, time: string, task: string): string => {
    const written = clampDate(date);
    if (written !== date) warnings.push({ code: 'date-clamped', task, date, written });
    return written + time;
  };
  /** Working hours between two of the export's date-times (08:00 starts a day, 17:00 ends one). */
  const spanDays = (start: string, finish: string): number => {
    const from = calendar.indexOf(start.slice(0, 10)) + (start.endsWith(FINISH) ? 1 : 0);
    const to = calendar.indexOf(finish.slice(0, 10)) + (finish.endsWith(FINISH) ? 1 : 0);
    return Math.max(0, to - from);
  };

  const uid = new Map<string, number>();
  let next = 1;
  for (const phase of plan.phases) {
    uid.set(`phase:${phase.id}`, next++);
    for (const id of phase.tasks) uid.set(id, next++);
  }
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const progress = phaseProgress(plan, engagement);

  const placedTask = (task: PlanTask): Placed | undefined => {
    const s = schedule.byId.get(task.id);
    if (!s) return undefined;
    // A milestone stands at the end of the day its predecessors finish (the start of day 1 when none).
    const startTime = s.duration === 0 && s.earlyStart > 0 ? FINISH : START;
    const finishTime = s.duration === 0 ? startTime : FINISH;
    return {
      start: dateTime(s.start, startTime, task.id),
      finish: dateTime(s.finish, finishTime, task.id),
      days: s.duration,
    };
  };
  // Baseline 0 is what tracking measures against; 1–10 the named baselines in file order.
  const named = engagement.baselines ?? [];
  if (named.length > MSPDI_NAMED_BASELINES)
    warnings.push({ code: 'baselines-dropped', names: named.slice(MSPDI_NAMED_BASELINES).map((b) => b.name) });
  const reference = plannedReference(schedule, engagement);
  const baselineSets: { number: number; placeOf: (id: string) => PlannedPlace | undefined }[] = [
    { number: 0, placeOf: reference.placeOf },
    ...named.slice(0, MSPDI_NAMED_BASELINES).map((b, i) => {
      const places = baselinePlaces(b, schedule);
      return { number: i + 1, placeOf: (id: string) => places.get(id) };
    }),
  ];
  /** A planned place as MSPDI date-times: a milestone at the end of its day (the start of day 1 when first). */
  const placedAt = (p: PlannedPlace, task: string): Placed => {
    const days = Math.max(0, p.earlyFinish - p.earlyStart);
    const startTime = days === 0 && p.earlyStart > 0 ? FINISH : START;
    return {
      start: dateTime(p.start, startTime, task),
      finish: dateTime(p.finish, days === 0 ? startTime : FINISH, task),
      days,
    };
  };
  const baselineNode = (number: number, p: Placed): Node =>
    node('Baseline', {
      Number: number,
      Start: p.start,
      Finish: p.finish,
      Duration: hours(p.days),
      DurationFormat: DAYS_FORMAT,
    });
  const taskBaselines = (id: string): Node[] =>
    baselineSets.flatMap((set) => {
      const place = set.placeOf(id);
      return place ? [baselineNode(set.number, placedAt(place, id))] : [];
    });
  /** A phase's baselines: from the first start to the last finish of its tasks in each. */
  const phaseBaselines = (ids: readonly string[], phase: string): Node[] =>
    baselineSets.flatMap((set) => {
      const places = ids.flatMap((id) => {
        const place = set.placeOf(id);
        return place ? [placedAt(place, phase)] : [];
      });
      const start = places.map((x) => x.start).sort()[0];
      const finish = places
        .map((x) => x.finish)
        .sort()
        .at(-1);
      return start && finish ? [baselineNode(set.number, { start, finish, days: spanDays(start, finish) })] : [];
    });

  const tasks: Node[] = [];
  let projectStart: string | undefined;
  let projectFinish: string | undefined;
  plan.phases.forEach((phase, p) => {
    const phaseUid = uid.get(`phase:${phase.id}`) ?? 0;
    const children: { task: PlanTask; placed: Placed }[] = [];
    for (const id of phase.tasks) {
      const task = byId.get(id);
      const placed = task && placedTask(task);
      if (task && placed) children.push({ task, placed });
    }
    const start = children.map((c) => c.placed.start).sort()[0];
    const finish = children
      .map((c) => c.placed.finish)
      .sort()
      .at(-1);
    if (!start || !finish) return;
    if (!projectStart || start < projectStart) projectStart = start;
    if (!projectFinish || finish > projectFinish) projectFinish = finish;
    const summary: Placed = { start, finish, days: spanDays(start, finish) };
    tasks.push(
      node('Task', {
        UID: phaseUid,
        ID: phaseUid,
        Name: text(pick(phase.title, lang), phase.id, 'name', MSPDI_NAME_MAX),
        IsNull: 0,
        WBS: `${p + 1}`,
        OutlineNumber: `${p + 1}`,
        OutlineLevel: 1,
        Start: start,
        Finish: finish,
        Duration: hours(summary.days),
        DurationFormat: DAYS_FORMAT,
        Milestone: 0,
        Summary: 1,
        PercentComplete: Math.round(progress.get(phase.id) ?? 0),
        Baseline: phaseBaselines(
          children.map((c) => c.task.id),
          phase.id,
        ),
      }),
    );
    children.forEach(({ task, placed }, t) => {
      const number = `${p + 1}.${t + 1}`;
      const tracked = own(engagement.tasks, task.id);
      const reported = reportedPercent(tracked);
      const percent = Math.round(reported);
      if (percent !== reported)
        warnings.push({ code: 'percent-rounded', task: task.id, percent: reported, written: percent });
      const milestone = placed.days === 0;
      // A milestone has no length: its actual start is its actual finish, at the milestone's time of day.
      const at = milestone ? placed.finish.slice(10) : undefined;
      const reportedStart = tracked?.actualStart ?? (milestone ? tracked?.actualFinish : undefined);
      const reportedFinish = tracked?.actualFinish ?? (milestone ? tracked?.actualStart : undefined);
      let actualStart = reportedStart && dateTime(reportedStart, at ?? START, task.id);
      const actualFinish = reportedFinish && dateTime(reportedFinish, at ?? FINISH, task.id);
      if (actualFinish && !actualStart) {
        // MS Project keeps no actual finish without an actual start: the planned start, or the finish's day when that is earlier.
        const planned = placed.start.slice(0, 10) + START;
        actualStart = planned < actualFinish ? planned : actualFinish.slice(0, 10) + START;
        warnings.push({ code: 'actual-start-missing', task: task.id, written: actualStart });
      }
      const links = task.dependsOn.flatMap((d) => {
        const from = uid.get(d.task);
        // Unreachable for a scheduled plan: the scheduler refuses a predecessor that is not in it.
        if (from === undefined) return [];
        const written = Number.isFinite(d.lag) ? Math.round(d.lag * LAG_PER_DAY) : 0;
        if (written !== d.lag * LAG_PER_DAY || !Number.isFinite(d.lag)) {
          warnings.push({
            code: 'lag-rounded',
            task: task.id,
            predecessor: d.task,
            lag: d.lag,
            written: written / LAG_PER_DAY,
          });
        }
        return [
          node('PredecessorLink', {
            PredecessorUID: from,
            Type: 1, // finish-to-start: the only link the plan has
            CrossProject: 0,
            LinkLag: written,
            LagFormat: DAYS_FORMAT,
          }),
        ];
      });
      const why = words.why?.(task);
      const taskUid = uid.get(task.id) ?? 0;
      tasks.push(
        node('Task', {
          UID: taskUid,
          ID: taskUid,
          Name: text(pick(task.title, lang), task.id, 'name', MSPDI_NAME_MAX),
          IsNull: 0,
          WBS: number,
          OutlineNumber: number,
          OutlineLevel: 2,
          Start: placed.start,
          Finish: placed.finish,
          Duration: hours(placed.days),
          DurationFormat: DAYS_FORMAT,
          Milestone: milestone ? 1 : 0,
          Summary: 0,
          Critical: schedule.byId.get(task.id)?.critical ?? false,
          PercentComplete: percent,
          ActualStart: actualStart,
          ActualFinish: actualFinish,
          ConstraintType: 0, // as soon as possible: MS Project places it by its links, as crmkit does
          Notes: why === undefined || why === '' ? undefined : text(why, task.id, 'notes'),
          PredecessorLink: links,
          Baseline: taskBaselines(task.id),
        }),
      );
    });
  });

  const workingTimes = collection('WorkingTimes', [
    node('WorkingTime', { FromTime: '08:00:00', ToTime: '12:00:00' }),
    node('WorkingTime', { FromTime: '13:00:00', ToTime: '17:00:00' }),
  ]);
  // DayType 1 is Sunday … 7 Saturday.
  const weekDays = [1, 2, 3, 4, 5, 6, 7].map((day) =>
    day === 1 || day === 7
      ? node('WeekDay', { DayType: day, DayWorking: 0 })
      : node('WeekDay', { DayType: day, DayWorking: 1, WorkingTimes: workingTimes }),
  );
  const cal = MSPDI_WORDS[lang];
  const exceptions = calendarExceptions(engagement, schedule).flatMap(({ date, working }) => {
    if (clampDate(date) !== date) {
      warnings.push({ code: working ? 'workday-out-of-range' : 'holiday-out-of-range', date });
      return [];
    }
    return [
      node('Exception', {
        EnteredByOccurrences: 0,
        TimePeriod: node('TimePeriod', { FromDate: `${date}T00:00:00`, ToDate: `${date}T23:59:00` }),
        Occurrences: 1,
        Name: `${working ? cal.workday : cal.holiday} ${date}`,
        Type: 1, // daily
        DayWorking: working ? 1 : 0,
        WorkingTimes: working ? workingTimes : undefined,
      }),
    ];
  });
  const standard = node('Calendar', {
    UID: CALENDAR_UID,
    Name: cal.calendar,
    IsBaseCalendar: 1,
    BaseCalendarUID: -1,
    WeekDays: collection('WeekDays', weekDays),
    Exceptions: exceptions.length > 0 ? collection('Exceptions', exceptions) : undefined,
  });

  const title = text(engagement.title, undefined, 'name', MSPDI_NAME_MAX);
  const first = projectStart ?? dateTime(schedule.start, START, plan.phases[0]?.id ?? '');
  const project = node('Project', {
    SaveVersion: 14, // Project 2010's file version, as MPXJ and most writers use; Project 2007 (12) onwards reads it
    Name: title,
    Title: title,
    CreationDate: engagement.created && clampDate(engagement.created) + 'T00:00:00',
    ScheduleFromStart: 1,
    StartDate: first,
    FinishDate: projectFinish ?? first,
    CalendarUID: CALENDAR_UID,
    DefaultStartTime: '08:00:00',
    DefaultFinishTime: '17:00:00',
    MinutesPerDay: 480,
    MinutesPerWeek: 2400,
    DaysPerMonth: 20,
    DurationFormat: DAYS_FORMAT,
    WeekStartDay: 1, // Monday
    Calendars: collection('Calendars', [standard]),
    Tasks: collection('Tasks', tasks),
  });
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  serialize(project, '', out);
  return { xml: out.join('\n') + '\n', warnings };
}
