/**
 * Checks inside one framework that JSON Schema cannot express: unique ids, references
 * between parts (question → scale, band → recommendation, pair → element), bands that
 * cover 0–100 exactly, indicators that fit their question's scale.
 */
import type { Framework, LocalizedText, Question, Scale } from '../../schemas/generated/types.ts';
import type { RawProblem } from '../load/problem.ts';
import { checkReference, collector, indexIds, withPointers, type Collector } from '../load/check-tools.ts';
import { WORDING_NAME, WORDING_NAMES, type WordingKey } from './plan-wording.ts';

export function checkFramework(framework: Framework): RawProblem[] {
  const out = collector();
  const scales = indexIds(out, 'scale', withPointers(framework.scales, '/scales'));
  const groups = indexIds(out, 'group', withPointers(framework.groups, '/groups'));
  const elements = indexIds(out, 'element', withPointers(framework.elements, '/elements'));
  const recommendations = indexIds(out, 'recommendation', withPointers(framework.recommendations, '/recommendations'));
  const questions = new Map<string, string>();
  const items = new Map<string, string>();
  framework.elements.forEach((element, e) => {
    indexIds(out, 'question', withPointers(element.questions, `/elements/${e}/questions`), questions);
    indexIds(out, 'item', withPointers(element.items, `/elements/${e}/items`), items);
  });

  (framework.scales ?? []).forEach((scale, s) => checkScalePoints(out, scale, `/scales/${s}`));
  framework.elements.forEach((element, e) => {
    const at = `/elements/${e}`;
    if (element.group !== undefined) checkReference(out, `${at}/group`, 'group', element.group, groups);
    (element.questions ?? []).forEach((question, q) =>
      checkReference(out, `${at}/questions/${q}/scale`, 'scale', question.scale, scales),
    );
  });

  checkBands(out, framework);
  const recommendationIds = [...recommendations.keys()];
  const checkRecommendations = (at: string, ids: readonly string[] | undefined): void =>
    (ids ?? []).forEach((id, r) => checkReference(out, `${at}/${r}`, 'recommendation', id, recommendationIds));
  (framework.bands ?? []).forEach((band, b) =>
    checkRecommendations(`/bands/${b}/recommendations`, band.recommendations),
  );
  framework.elements.forEach((element, e) => {
    (element.triggers ?? []).forEach((trigger, t) =>
      checkRecommendations(`/elements/${e}/triggers/${t}/recommendations`, trigger.recommendations),
    );
    (element.questions ?? []).forEach((question, q) =>
      (question.triggers ?? []).forEach((trigger, t) =>
        checkRecommendations(`/elements/${e}/questions/${q}/triggers/${t}/recommendations`, trigger.recommendations),
      ),
    );
  });

  if (framework.alignment) checkAlignment(out, framework, scales, elements, recommendationIds);
  if (framework.portfolio) checkPortfolio(out, framework, recommendationIds);
  checkClassifications(out, framework, recommendationIds);
  checkPlacements(out, framework);
  checkWording(out, framework);
  return out.problems;
}

/** The phrases a framework needs: for the work it adds to a plan (see plan/contributors.ts). */
function neededPhrases(framework: Framework): WordingKey[] {
  const catalogs = new Set(framework.elements.map((e) => e.catalog));
  const triggers = framework.elements.some((e) => (e.questions ?? []).some((q) => (q.triggers ?? []).length > 0));
  return [
    ...(triggers ? (['done'] as const) : []),
    ...(catalogs.has('risk') ? (['riskTask', 'riskReduced'] as const) : []),
    ...(catalogs.has('benefit') ? (['benefitBaseline', 'benefitBaselineDescription', 'benefitMeasured'] as const) : []),
    ...(framework.use === 'vendor-criteria'
      ? (Object.keys(WORDING_NAMES).filter((k) => k.startsWith('vendor')) as WordingKey[])
      : []),
  ];
}

/** Every name a phrase uses is one it has; a phrase the framework's plan work needs is there (a warning). */
function checkWording(out: Collector, framework: Framework): void {
  const wording = framework.planWording ?? {};
  for (const [key, phrase] of Object.entries(wording) as [WordingKey, LocalizedText][]) {
    const known = WORDING_NAMES[key];
    for (const lang of ['en', 'zh'] as const) {
      for (const [, name] of phrase[lang].matchAll(WORDING_NAME)) {
        if (name !== undefined && !known.includes(name))
          out.add({
            pointer: `/planWording/${key}/${lang}`,
            code: 'wording-unknown-name',
            params: { name, known: known.map((n) => `{${n}}`).join(', ') },
          });
      }
    }
  }
  const missing = neededPhrases(framework).filter((key) => wording[key] === undefined);
  if (missing.length > 0)
    out.add({
      pointer: framework.planWording ? '/planWording' : '',
      ...(framework.planWording ? { at: 'key' as const } : {}),
      code: 'wording-missing',
      params: { phrases: missing.join(', ') },
      severity: 'warning',
    });
}

/** A recommendation cannot wait for its own work, nor both wait for and come before the same work. */
function checkPlacements(out: Collector, framework: Framework): void {
  (framework.recommendations ?? []).forEach((rec, r) => {
    const plan = rec.plan;
    if (!plan) return;
    const at = `/recommendations/${r}/plan`;
    plan.after.forEach((intent, i) => {
      if (intent === plan.intent)
        out.add({ pointer: `${at}/after/${i}`, code: 'waits-for-itself', params: { intent } });
      else if ((plan.before ?? []).includes(intent)) {
        out.add({ pointer: `${at}/after/${i}`, code: 'after-and-before', params: { intent } });
      }
    });
    (plan.before ?? []).forEach((intent, i) => {
      if (intent === plan.intent)
        out.add({ pointer: `${at}/before/${i}`, code: 'waits-for-itself', params: { intent } });
    });
  });
}

function checkScalePoints(out: Collector, scale: Scale, at: string): void {
  scale.points.forEach((point, i) => {
    const previous = scale.points[i - 1];
    if (previous && point.value <= previous.value) {
      out.add({
        pointer: `${at}/points/${i}/value`,
        code: 'scale-order',
        params: { value: point.value, previous: previous.value },
      });
    }
  });
}

/** Bands sorted by `min` must run 0 → 100, each starting where the previous ended. */
function checkBands(out: Collector, framework: Framework): void {
  const bands = (framework.bands ?? []).map((band, index) => ({ band, index }));
  if (bands.length === 0) return;
  indexIds(out, 'band', withPointers(framework.bands, '/bands'));
  for (const { band, index } of bands) {
    if (band.min > band.max)
      out.add({ pointer: `/bands/${index}/min`, code: 'min-above-max', params: { min: band.min, max: band.max } });
  }
  const sorted = [...bands].sort((a, b) => a.band.min - b.band.min);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && last && (first.band.min !== 0 || Math.max(...sorted.map((s) => s.band.max)) !== 100)) {
    out.add({
      pointer: '/bands',
      code: 'bands-range',
      params: { from: first.band.min, to: Math.max(...sorted.map((s) => s.band.max)) },
    });
  }
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (!prev || !next) continue;
    if (next.band.min > prev.band.max) {
      out.add({
        pointer: `/bands/${next.index}/min`,
        code: 'bands-gap',
        params: { from: prev.band.max, to: next.band.min },
      });
    } else if (next.band.min < prev.band.max) {
      out.add({
        pointer: `/bands/${next.index}/min`,
        code: 'bands-overlap',
        params: { a: prev.band.id, b: next.band.id, from: next.band.min, to: Math.min(prev.band.max, next.band.max) },
      });
    }
  }
}

function checkAlignment(
  out: Collector,
  framework: Framework,
  scales: Map<string, string>,
  elements: Map<string, string>,
  recommendations: string[],
): void {
  const alignment = framework.alignment;
  if (!alignment) return;
  checkReference(out, '/alignment/scale', 'scale', alignment.scale, scales);
  const seen = new Map<string, string>();
  alignment.pairs.forEach((pair, i) => {
    const at = `/alignment/pairs/${i}`;
    checkReference(out, `${at}/a`, 'element', pair.a, elements);
    checkReference(out, `${at}/b`, 'element', pair.b, elements);
    checkReference(out, `${at}/recommendation`, 'recommendation', pair.recommendation, recommendations);
    if (pair.a === pair.b) out.add({ pointer: `${at}/b`, code: 'pair-same-element' });
    const key = [pair.a, pair.b].sort().join('|');
    const first = seen.get(key);
    if (first) out.add({ pointer: at, code: 'pair-duplicate', params: { a: pair.a, b: pair.b, firstAt: first } });
    else seen.set(key, at);
  });
}

function checkPortfolio(out: Collector, framework: Framework, recommendations: string[]): void {
  const portfolio = framework.portfolio;
  if (!portfolio) return;
  indexIds(out, 'option', withPointers(portfolio.quadrants, '/portfolio/quadrants'));
  const seen = new Map<string, string>();
  portfolio.quadrants.forEach((quadrant, i) => {
    const at = `/portfolio/quadrants/${i}`;
    const key = `${quadrant.x}|${quadrant.y}`;
    const first = seen.get(key);
    if (first)
      out.add({
        pointer: `${at}/y`,
        code: 'pair-duplicate',
        params: { a: `x ${quadrant.x}`, b: `y ${quadrant.y}`, firstAt: first },
      });
    else seen.set(key, at);
    if (quadrant.recommendation !== undefined) {
      checkReference(out, `${at}/recommendation`, 'recommendation', quadrant.recommendation, recommendations);
    }
  });
}

function checkClassifications(out: Collector, framework: Framework, recommendations: string[]): void {
  const classifications = framework.classifications ?? [];
  const ids = indexIds(out, 'classification', withPointers(classifications, '/classifications'));
  const questionScales = new Map<string, { question: Question; scale: Scale | undefined }>();
  for (const element of framework.elements) {
    for (const question of element.questions ?? []) {
      questionScales.set(question.id, { question, scale: framework.scales?.find((s) => s.id === question.scale) });
    }
  }
  classifications.forEach((classification, c) => {
    const at = `/classifications/${c}`;
    indexIds(out, 'option', withPointers(classification.options, `${at}/options`));
    if (classification.when) {
      const target = classifications.find((k) => k.id === classification.when?.classification);
      if (
        checkReference(out, `${at}/when/classification`, 'classification', classification.when.classification, ids) &&
        target
      ) {
        checkReference(
          out,
          `${at}/when/option`,
          'option',
          classification.when.option,
          target.options.map((o) => o.id),
        );
      }
    }
    classification.options.forEach((option, o) => {
      const optionAt = `${at}/options/${o}`;
      (option.recommendations ?? []).forEach((id, r) =>
        checkReference(out, `${optionAt}/recommendations/${r}`, 'recommendation', id, recommendations),
      );
      option.indicators.forEach((indicator, n) => {
        const indicatorAt = `${optionAt}/indicators/${n}`;
        if (!checkReference(out, `${indicatorAt}/question`, 'question', indicator.question, questionScales.keys()))
          return;
        if (indicator.min !== undefined && indicator.max !== undefined && indicator.min > indicator.max) {
          out.add({
            pointer: `${indicatorAt}/min`,
            code: 'min-above-max',
            params: { min: indicator.min, max: indicator.max },
          });
        }
        const scale = questionScales.get(indicator.question)?.scale;
        if (!scale) return;
        const values = scale.points.map((p) => p.value);
        for (const bound of ['min', 'max'] as const) {
          const value = indicator[bound];
          if (value !== undefined && !values.includes(value)) {
            out.add({
              pointer: `${indicatorAt}/${bound}`,
              code: 'off-scale',
              params: {
                question: indicator.question,
                points: values.join(', '),
                got: String(value),
                gotKind: 'number',
              },
            });
          }
        }
      });
    });
  });
}
