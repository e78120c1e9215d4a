/**
 * Checks an engagement against itself and against the shared content: answers name
 * real frameworks and questions and sit on the question's scale, team members,
 * templates, tasks, catalogue categories and dates all exist.
 */
import { chooseTemplate } from '../plan/choose-template.ts';
import type { Engagement, FrameworkAnswers, Template } from '../../schemas/generated/types.ts';
import type { RawProblem } from '../load/problem.ts';
import { assessEngagement } from '../assess/assess-engagement.ts';
import { generatePlan } from '../plan/generate.ts';
import type { Plan } from '../plan/types.ts';
import { checkDate, checkReference, collector, indexIds, withPointers, type Collector } from './helpers.ts';
import { checkScaleValue, questionIndex, type ContentContext } from './content-lookups.ts';
import { checkFinance, checkRisks, checkVendors } from './decision-checks.ts';

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
  checkRisks(out, engagement, context, template);
  const needsPlan = Object.keys(engagement.tasks ?? {}).length + Object.keys(engagement.gates ?? {}).length > 0;
  const plan = template && needsPlan ? generatedPlan(engagement, context, template) : undefined;
  checkTasks(out, engagement, template, plan);
  checkGates(out, engagement, template, plan);
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
  if (plan.template === undefined) {
    // No template named: the plan uses the best fitting one, so its tasks are what status refers to.
    return chooseTemplate(engagement, context.frameworks.values(), context.templates.values()).template;
  }
  if (!checkReference(out, '/plan/template', 'template', plan.template, context.templates.keys())) return undefined;
  return context.templates.get(plan.template);
}

/**
 * The plan that task and gate status refer to: the generated one (template tasks, gates, and
 * tasks and checklist items from findings, risks and the ROI case), or undefined when other
 * problems in the file (reported on their own) keep it from being generated.
 */
function generatedPlan(engagement: Engagement, context: ContentContext, template: Template): Plan | undefined {
  try {
    const findings = assessEngagement(context.frameworks.values(), engagement).flatMap((r) => r.findings);
    return generatePlan({ engagement, template, frameworks: context.frameworks, findings });
  } catch {
    return undefined;
  }
}

function checkTasks(out: Collector, engagement: Engagement, template: Template | undefined, plan?: Plan): void {
  const tasks = plan ? plan.tasks.map((t) => t.id) : (template?.phases.flatMap((p) => p.tasks.map((t) => t.id)) ?? []);
  if (!engagement.plan && Object.keys(engagement.tasks ?? {}).length > 0) {
    out.add({ pointer: '/tasks', at: 'key', code: 'tasks-without-plan' });
  }
  for (const [taskId, status] of Object.entries(engagement.tasks ?? {})) {
    const at = `/tasks/${taskId}`;
    if (template) checkReference(out, at, 'task', taskId, tasks, template.id, 'key');
    checkDate(out, `${at}/actualStart`, status.actualStart);
    checkDate(out, `${at}/actualFinish`, status.actualFinish);
    if (status.actualStart && status.actualFinish && status.actualFinish < status.actualStart) {
      out.add({
        pointer: `${at}/actualFinish`,
        code: 'date-order',
        params: {
          later: 'actualFinish',
          laterDate: status.actualFinish,
          earlier: 'actualStart',
          earlierDate: status.actualStart,
        },
      });
    }
  }
}

/** Gate status names a gate of the plan and ticks off items of that gate's readiness checklist. */
function checkGates(out: Collector, engagement: Engagement, template: Template | undefined, plan?: Plan): void {
  const entries = Object.entries(engagement.gates ?? {});
  if (!engagement.plan && entries.length > 0) out.add({ pointer: '/gates', at: 'key', code: 'gates-without-plan' });
  if (!template) return;
  const gates = new Map(
    (plan?.phases ?? template.phases).map((p) => [p.gate.id, (p.gate.checklist ?? []).map((c) => c.id)]),
  );
  for (const [gateId, status] of entries) {
    const at = `/gates/${gateId}`;
    if (!checkReference(out, at, 'gate', gateId, gates, template.id, 'key')) continue;
    checkDate(out, `${at}/decided`, status.decided);
    (status.checked ?? []).forEach((item, i) =>
      checkReference(out, `${at}/checked/${i}`, 'check-item', item, gates.get(gateId) ?? [], gateId),
    );
  }
}
