/**
 * Checks of the decision parts of an engagement: vendors and how they are weighed
 * (direct weights, AHP comparisons, must-haves), the ROI case and its simulation
 * ranges, and the risk register with its own categories.
 */
import { financeInputProblems } from '../finance/input.ts';
import type { Engagement, Framework, Template } from '../../schemas/generated/types.ts';
import { catalogIds, checkScaleValue, questionIndex, type ContentContext } from './content-lookups.ts';
import { directWeightProblems } from '../decide/weights.ts';
import { selectionFramework } from '../decide/selection-framework.ts';
import { checkReference, indexIds, withPointers, type Collector } from '../load/check-tools.ts';

function vendorFrameworks(context: ContentContext): Framework[] {
  return [...context.frameworks.values()].filter((f) => f.use === 'vendor-criteria');
}

export function checkVendors(out: Collector, engagement: Engagement, context: ContentContext): void {
  const vendorIds = indexIds(out, 'vendor', withPointers(engagement.vendors, '/vendors'));
  const frameworks = vendorFrameworks(context);
  const criteria = new Map(frameworks.flatMap((f) => [...questionIndex(f)]));
  (engagement.vendors ?? []).forEach((vendor, v) => {
    for (const [criterion, score] of Object.entries(vendor.scores ?? {})) {
      const at = `/vendors/${v}/scores/${criterion}`;
      if (!checkReference(out, at, 'vendor-criterion', criterion, criteria.keys(), undefined, 'key')) continue;
      const scale = criteria.get(criterion)?.scale;
      // "na" on a vendor means "not assessed", which any criterion allows.
      if (scale && score.value !== 'na') checkScaleValue(out, `${at}/value`, criterion, scale, score.value, false);
    }
  });

  const selection = engagement.vendorSelection;
  if (!selection) return;
  const at = '/vendorSelection';
  if (selection.framework !== undefined) {
    const ids = frameworks.map((f) => f.id);
    if (!checkReference(out, `${at}/framework`, 'framework', selection.framework, ids)) return;
  }
  const framework = selectionFramework(engagement, frameworks);
  const topLevel = (framework?.elements ?? []).map((e) => e.id);
  for (const criterion of Object.keys(selection.weights ?? {})) {
    checkReference(out, `${at}/weights/${criterion}`, 'criterion', criterion, topLevel, undefined, 'key');
  }
  if (selection.weighting === 'direct') {
    if (Object.keys(selection.weights ?? {}).length === 0)
      out.add({ pointer: `${at}/weighting`, code: 'weights-missing' });
    else if (framework) directWeightProblems(selection.weights, topLevel, `${at}/weights`).forEach((p) => out.add(p));
  }
  if (selection.weighting === 'ahp' && (selection.assessors ?? []).length === 0) {
    out.add({ pointer: `${at}/weighting`, code: 'comparisons-missing' });
  }
  (selection.assessors ?? []).forEach((assessor, i) => {
    const judgementsAt = `${at}/assessors/${i}/judgements`;
    const seen = new Map<string, string>();
    assessor.judgements.forEach((j, k) => {
      const jAt = `${judgementsAt}/${k}`;
      const aOk = checkReference(out, `${jAt}/a`, 'criterion', j.a, topLevel);
      const bOk = checkReference(out, `${jAt}/b`, 'criterion', j.b, topLevel);
      if (!aOk || !bOk) return;
      if (j.a === j.b) {
        out.add({ pointer: jAt, code: 'pair-same-element' });
        return;
      }
      const pair = [j.a, j.b].sort().join('+');
      const first = seen.get(pair);
      if (first) out.add({ pointer: jAt, code: 'pair-duplicate', params: { a: j.a, b: j.b, firstAt: first } });
      else seen.set(pair, jAt);
    });
    if (selection.weighting !== 'ahp') return;
    const missing: string[] = [];
    topLevel.forEach((a, x) =>
      topLevel.slice(x + 1).forEach((b) => {
        if (!seen.has([a, b].sort().join('+'))) missing.push(`${a} / ${b}`);
      }),
    );
    if (missing.length > 0) {
      out.add({ pointer: judgementsAt, code: 'comparisons-incomplete', params: { missing: missing.join(', ') } });
    }
  });
  const subCriteria = framework ? questionIndex(framework) : criteria;
  (selection.mustHaves ?? []).forEach((must, i) => {
    const mustAt = `${at}/mustHaves/${i}`;
    if (!checkReference(out, `${mustAt}/criterion`, 'vendor-criterion', must.criterion, subCriteria.keys())) return;
    const scale = subCriteria.get(must.criterion)?.scale;
    if (scale && must.minimum !== undefined) {
      checkScaleValue(out, `${mustAt}/minimum`, must.criterion, scale, must.minimum, false);
    }
  });
  if (selection.chosen !== undefined) checkReference(out, `${at}/chosen`, 'vendor', selection.chosen, vendorIds);
}

export function checkFinance(out: Collector, engagement: Engagement, context: ContentContext): void {
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
  const seen = new Map<string, string>();
  (finance.simulation?.ranges ?? []).forEach((range, i) => {
    const at = `/finance/simulation/ranges/${i}`;
    if (checkReference(out, `${at}/line`, 'line', range.line, lines)) {
      const first = seen.get(range.line);
      if (first)
        out.add({ pointer: `${at}/line`, code: 'range-duplicate', params: { line: range.line, firstAt: first } });
      else seen.set(range.line, `${at}/line`);
    }
  });
  // What the finance engine would refuse to compute (a 12-year horizon, min > mode > max, …).
  for (const problem of financeInputProblems(finance)) out.add(problem);
}

export function checkRisks(
  out: Collector,
  engagement: Engagement,
  context: ContentContext,
  template: Template | undefined,
): void {
  indexIds(out, 'risk', withPointers(engagement.risks, '/risks'));
  const shared = catalogIds(context, 'risk');
  const own = indexIds(out, 'risk-category', withPointers(engagement.riskCategories, '/riskCategories'));
  (engagement.riskCategories ?? []).forEach((category, i) => {
    if (shared.includes(category.id)) {
      out.add({ pointer: `/riskCategories/${i}/id`, code: 'category-exists', params: { id: category.id } });
    }
  });
  const categories = [...shared, ...own.keys()];
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
