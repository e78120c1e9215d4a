/**
 * Checks an engagement against itself and against the shared content: answers name
 * real frameworks and questions and sit on the question's scale, team members,
 * templates, tasks, catalogue categories and dates all exist.
 */
import type {
  Engagement,
  Framework,
  FrameworkAnswers,
  Question,
  Scale,
  Template,
} from '../../schemas/generated/types.ts';
import type { RawProblem } from '../load/problem.ts';
import { gotParams } from '../load/messages.ts';
import { checkDate, checkReference, collector, indexIds, withPointers, type Collector } from './helpers.ts';

export interface ContentContext {
  frameworks: ReadonlyMap<string, Framework>;
  templates: ReadonlyMap<string, Template>;
}

interface QuestionInfo {
  question: Question;
  scale: Scale | undefined;
}

export function questionIndex(framework: Framework): Map<string, QuestionInfo> {
  const index = new Map<string, QuestionInfo>();
  for (const element of framework.elements) {
    for (const question of element.questions ?? []) {
      index.set(question.id, { question, scale: framework.scales?.find((s) => s.id === question.scale) });
    }
  }
  return index;
}

/** Catalogue categories of a kind (cost, benefit, risk) across catalogue frameworks. */
function catalogIds(context: ContentContext, catalog: 'cost' | 'benefit' | 'risk'): string[] {
  const ids: string[] = [];
  for (const framework of context.frameworks.values()) {
    for (const element of framework.elements) {
      if (element.catalog !== catalog) continue;
      if (catalog === 'risk') ids.push(element.id);
      else ids.push(...(element.items ?? []).map((item) => item.id));
    }
  }
  return ids;
}

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
  checkTasks(out, engagement, template);
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
  }
}

export function checkScaleValue(
  out: Collector,
  pointer: string,
  question: string,
  scale: Scale,
  value: number | 'na',
  naPossible = true,
): void {
  const naAllowed = naPossible && scale.allowNotApplicable !== false;
  if (value === 'na') {
    if (!naAllowed) out.add({ pointer, code: 'na-not-allowed', params: { question } });
    return;
  }
  const values = scale.points.map((p) => p.value);
  if (!values.includes(value)) {
    out.add({
      pointer,
      code: 'off-scale',
      params: { question, points: describePoints(values), ...(naAllowed ? { na: 1 } : {}), ...gotParams(value) },
    });
  }
}

/** "1 to 5" for a run of consecutive values, else the values listed. */
function describePoints(values: readonly number[]): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first !== undefined && last !== undefined && last - first === values.length - 1) return `${first} to ${last}`;
  return values.join(', ');
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

function checkVendors(out: Collector, engagement: Engagement, context: ContentContext): void {
  indexIds(out, 'vendor', withPointers(engagement.vendors, '/vendors'));
  const criteria = new Map<string, QuestionInfo>();
  for (const framework of context.frameworks.values()) {
    if (framework.use !== 'vendor-criteria') continue;
    for (const [id, info] of questionIndex(framework)) criteria.set(id, info);
  }
  (engagement.vendors ?? []).forEach((vendor, v) => {
    for (const [criterion, score] of Object.entries(vendor.scores ?? {})) {
      const at = `/vendors/${v}/scores/${criterion}`;
      if (!checkReference(out, at, 'vendor-criterion', criterion, criteria.keys(), undefined, 'key')) continue;
      const scale = criteria.get(criterion)?.scale;
      if (scale) checkScaleValue(out, `${at}/value`, criterion, scale, score.value, false);
    }
  });
}

function checkFinance(out: Collector, engagement: Engagement, context: ContentContext): void {
  const finance = engagement.finance;
  if (!finance) return;
  const costs = catalogIds(context, 'cost');
  const benefits = catalogIds(context, 'benefit');
  const lines = new Map<string, string>();
  indexIds(out, 'cost', withPointers(finance.costs, '/finance/costs'), lines);
  indexIds(out, 'benefit', withPointers(finance.benefits, '/finance/benefits'), lines);
  (finance.costs ?? []).forEach((line, i) =>
    checkReference(out, `/finance/costs/${i}/category`, 'cost-category', line.category, costs),
  );
  (finance.benefits ?? []).forEach((line, i) =>
    checkReference(out, `/finance/benefits/${i}/category`, 'benefit-category', line.category, benefits),
  );
}

function checkPlan(out: Collector, engagement: Engagement, context: ContentContext): Template | undefined {
  const plan = engagement.plan;
  if (!plan) return undefined;
  checkDate(out, '/plan/startDate', plan.startDate);
  (plan.holidays ?? []).forEach((day, i) => checkDate(out, `/plan/holidays/${i}`, day));
  if (!checkReference(out, '/plan/template', 'template', plan.template, context.templates.keys())) return undefined;
  return context.templates.get(plan.template);
}

function checkRisks(
  out: Collector,
  engagement: Engagement,
  context: ContentContext,
  template: Template | undefined,
): void {
  indexIds(out, 'risk', withPointers(engagement.risks, '/risks'));
  const categories = catalogIds(context, 'risk');
  (engagement.risks ?? []).forEach((risk, i) => {
    checkReference(out, `/risks/${i}/category`, 'risk-category', risk.category, categories);
    if (risk.phase !== undefined && template) {
      checkReference(
        out,
        `/risks/${i}/phase`,
        'phase',
        risk.phase,
        template.phases.map((p) => p.id),
        template.id,
      );
    }
  });
}

function checkTasks(out: Collector, engagement: Engagement, template: Template | undefined): void {
  const tasks = template ? template.phases.flatMap((p) => p.tasks.map((t) => t.id)) : [];
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
