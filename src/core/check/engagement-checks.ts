/**
 * Checks an engagement against itself and against the shared content: answers name
 * real frameworks and questions and sit on the question's scale, team members,
 * templates, tasks, catalogue categories and dates all exist.
 */
import { chooseTemplate } from '../plan/choose-template.ts';
import type { Engagement, FrameworkAnswers, Template } from '../../schemas/generated/types.ts';
import { isError, type RawProblem } from '../load/problem.ts';
import { assessEngagement } from '../assess/assess-engagement.ts';
import { generatePlan } from '../plan/generate.ts';
import type { Plan } from '../plan/types.ts';
import { checkDate, checkReference, collector, indexIds, withPointers, type Collector } from '../load/check-tools.ts';
import { checkGates, checkTasks } from './progress-checks.ts';
import { checkCalendarYears, checkPlanDates } from './plan-date-checks.ts';
import { checkScaleValue, questionIndex, type ContentContext } from './content-lookups.ts';
import { checkFinance, checkRisks, checkVendors } from './decision-checks.ts';
import { confusablePairs, type NamedAt } from './confusable-names.ts';

export type { ContentContext } from './content-lookups.ts';

export function checkEngagement(engagement: Engagement, context: ContentContext): RawProblem[] {
  const out = collector();
  checkDate(out, '/created', engagement.created);
  checkDate(out, '/updated', engagement.updated);
  if (engagement.created && engagement.updated && engagement.updated < engagement.created) {
    out.add({
      pointer: '/updated',
      code: 'date-order',
      params: { later: 'updated', laterDate: engagement.updated, earlier: 'created', earlierDate: engagement.created },
    });
  }
  const team = indexIds(out, 'member', withPointers(engagement.team, '/team'));

  for (const [frameworkId, answers] of Object.entries(engagement.answers ?? {})) {
    checkAnswers(out, context, team, `/answers/${frameworkId}`, frameworkId, answers);
  }
  (engagement.snapshots ?? []).forEach((snapshot, s) => {
    checkDate(out, `/snapshots/${s}/date`, snapshot.date);
    for (const [frameworkId, answers] of Object.entries(snapshot.answers)) {
      checkAnswers(out, context, team, `/snapshots/${s}/answers/${frameworkId}`, frameworkId, answers);
    }
  });

  checkAlignmentRatings(out, engagement, context);
  indexIds(out, 'segment', withPointers(engagement.segments, '/segments'));
  checkVendors(out, engagement, context);
  checkFinance(out, engagement, context);
  const template = checkPlan(out, engagement, context);
  checkBaselines(out, engagement);
  checkRisks(out, engagement, context, template);
  // Errors so far change what the plan is generated from; progress it then lacks is a follow-on.
  const followOn = out.problems.some(isError);
  const generated = template ? generatedPlan(engagement, context, template) : undefined;
  if (generated && !generated.ok && !followOn) {
    out.add({ pointer: '/plan/template', code: 'plan-failed', params: { reason: generated.reason } });
  }
  const plan = generated?.ok ? generated.plan : undefined;
  if (plan) checkPlanDates(out, engagement, plan);
  if (plan && !out.problems.some(isError)) checkCalendarYears(out, engagement, plan);
  const progress = { engagement, template, plan, frameworks: [...context.frameworks.keys()], followOn };
  checkTasks(out, progress);
  checkGates(out, progress);
  checkConfusableNames(out, engagement);
  return out.problems;
}

function checkAnswers(
  out: Collector,
  context: ContentContext,
  team: Map<string, string>,
  at: string,
  frameworkId: string,
  answers: FrameworkAnswers,
): void {
  const framework = context.frameworks.get(frameworkId);
  if (!checkReference(out, at, 'framework', frameworkId, context.frameworks.keys(), undefined, 'key')) return;
  if (!framework) return;
  if (framework.use !== 'assessment') {
    out.add({
      pointer: at,
      at: 'key',
      code: 'not-an-assessment',
      params: { framework: frameworkId, use: framework.use },
    });
    return;
  }
  const questions = questionIndex(framework);
  for (const [questionId, answer] of Object.entries(answers)) {
    const answerAt = `${at}/${questionId}`;
    if (!checkReference(out, answerAt, 'question', questionId, questions.keys(), frameworkId, 'key')) continue;
    const info = questions.get(questionId);
    if (!info?.scale) continue;
    checkScaleValue(out, `${answerAt}/value`, questionId, info.scale, answer.value);
    if (answer.target !== undefined) {
      if (info.question.measures !== 'current-and-target') {
        out.add({ pointer: `${answerAt}/target`, code: 'target-not-asked', params: { question: questionId } });
      } else {
        checkScaleValue(out, `${answerAt}/target`, questionId, info.scale, answer.target, false);
      }
    }
    if (answer.by !== undefined) checkReference(out, `${answerAt}/by`, 'member', answer.by, team);
    if (answer.room) checkDate(out, `${answerAt}/room/date`, answer.room.date);
    // The room's votes are evidence for the answer, so they must be points of the same scale.
    answer.room?.votes.forEach((vote, i) => {
      if (info.scale) checkScaleValue(out, `${answerAt}/room/votes/${i}/value`, questionId, info.scale, vote.value);
    });
  }
}

function checkAlignmentRatings(out: Collector, engagement: Engagement, context: ContentContext): void {
  for (const [frameworkId, ratings] of Object.entries(engagement.alignment ?? {})) {
    const at = `/alignment/${frameworkId}`;
    if (!checkReference(out, at, 'framework', frameworkId, context.frameworks.keys(), undefined, 'key')) continue;
    const alignment = context.frameworks.get(frameworkId)?.alignment;
    if (!alignment) {
      out.add({
        pointer: at,
        code: 'unknown-reference',
        params: { what: 'alignment-pair', id: frameworkId, where: frameworkId },
      });
      continue;
    }
    const pairs = new Set(alignment.pairs.flatMap((p) => [`${p.a}+${p.b}`, `${p.b}+${p.a}`]));
    const scale = context.frameworks.get(frameworkId)?.scales?.find((s) => s.id === alignment.scale);
    const seen = new Map<string, string>();
    ratings.forEach((rating, i) => {
      const ratingAt = `${at}/${i}`;
      const key = `${rating.a}+${rating.b}`;
      if (!pairs.has(key)) {
        out.add({
          pointer: ratingAt,
          code: 'unknown-reference',
          params: { what: 'alignment-pair', id: key, where: frameworkId, known: '' },
        });
        return;
      }
      const canonical = [rating.a, rating.b].sort().join('+');
      const first = seen.get(canonical);
      if (first)
        out.add({ pointer: ratingAt, code: 'pair-duplicate', params: { a: rating.a, b: rating.b, firstAt: first } });
      else seen.set(canonical, ratingAt);
      if (scale) checkScaleValue(out, `${ratingAt}/value`, key, scale, rating.value, false);
    });
  }
}

function checkPlan(out: Collector, engagement: Engagement, context: ContentContext): Template | undefined {
  const plan = engagement.plan;
  if (!plan) return undefined;
  checkDate(out, '/plan/startDate', plan.startDate);
  (plan.holidays ?? []).forEach((day, i) => checkDate(out, `/plan/holidays/${i}`, day));
  (plan.workdays ?? []).forEach((day, i) => checkDate(out, `/plan/workdays/${i}`, day));
  if (plan.template === undefined) {
    // No template named: the plan uses the best fitting one, so its tasks are what status refers to.
    return chooseTemplate(engagement, context.frameworks.values(), context.templates.values()).template;
  }
  if (!checkReference(out, '/plan/template', 'template', plan.template, context.templates.keys())) return undefined;
  return context.templates.get(plan.template);
}

/** Baselines have one name each and real dates; the plan measures against one it has. */
function checkBaselines(out: Collector, engagement: Engagement): void {
  const names = new Map<string, string>();
  (engagement.baselines ?? []).forEach((baseline, b) => {
    const at = `/baselines/${b}`;
    const first = names.get(baseline.name);
    if (first !== undefined) {
      out.add({
        pointer: `${at}/name`,
        code: 'duplicate-id',
        params: { what: 'baseline', id: baseline.name, firstAt: `${first}/name` },
      });
    } else names.set(baseline.name, at);
    checkDate(out, `${at}/taken`, baseline.taken);
    for (const [id, task] of Object.entries(baseline.tasks)) {
      checkDate(out, `${at}/tasks/${id}/start`, task.start);
      checkDate(out, `${at}/tasks/${id}/finish`, task.finish);
    }
  });
  const chosen = engagement.plan?.baseline;
  if (chosen !== undefined) checkReference(out, '/plan/baseline', 'baseline', chosen, names.keys());
}

/**
 * The plan that task and gate status refer to: the generated one (template tasks, gates, and
 * tasks and checklist items from findings, risks, the vendor and the ROI case). It cannot be
 * generated when other problems in the file (reported on their own) break its input; without
 * them, a failure is reported as a problem of the file rather than left for a command to crash on.
 */
function generatedPlan(
  engagement: Engagement,
  context: ContentContext,
  template: Template,
): { ok: true; plan: Plan } | { ok: false; reason: string } {
  try {
    const findings = assessEngagement(context.frameworks.values(), engagement).flatMap((r) => r.findings);
    return { ok: true, plan: generatePlan({ engagement, template, frameworks: context.frameworks, findings }) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Names in one list that differ only by look-alike characters: a warning on the later one. */
function checkConfusableNames(out: Collector, engagement: Engagement): void {
  const named = <T>(items: readonly T[] | undefined, at: string, name: (item: T) => string | undefined): NamedAt[] =>
    (items ?? []).flatMap((item, i) => {
      const text = name(item);
      return text ? [{ name: text, pointer: `${at}/${i}/name` }] : [];
    });
  const lists: [string, NamedAt[]][] = [
    ['vendor', named(engagement.vendors, '/vendors', (v) => v.name)],
    ['segment', named(engagement.segments, '/segments', (s) => s.name)],
    ['member', named(engagement.team, '/team', (m) => m.name)],
    ['assessor', named(engagement.vendorSelection?.assessors, '/vendorSelection/assessors', (a) => a.name)],
    ['risk', (engagement.risks ?? []).map((r, i) => ({ name: r.title, pointer: `/risks/${i}/title` }))],
    [
      'line',
      [
        ...(engagement.finance?.costs ?? []).flatMap((c, i) =>
          c.label ? [{ name: c.label, pointer: `/finance/costs/${i}/label` }] : [],
        ),
        ...(engagement.finance?.benefits ?? []).flatMap((b, i) =>
          b.label ? [{ name: b.label, pointer: `/finance/benefits/${i}/label` }] : [],
        ),
      ],
    ],
  ];
  for (const [kind, items] of lists) {
    for (const pair of confusablePairs(items)) {
      out.add({
        pointer: pair.second.pointer,
        severity: 'warning',
        code: 'confusable-name',
        params: {
          what: kind,
          name: pair.second.name,
          other: pair.first.name,
          at: pair.first.pointer,
          chars: pair.differing.join(', '),
        },
      });
    }
  }
}
