/**
 * Which plan template fits the client: the growth stage, CRM application mode and business
 * mode the client profile states (or, where it states none, the assessment classified),
 * matched against the combinations each template's `appliesTo` names. The consultant's
 * statement wins because it is a decision; where the answers point elsewhere the plan says
 * so (`compareWithProfile` in classify.ts) rather than silently following either.
 *
 * A combination fits when every dimension it names is known for the client and equal; its
 * score is the weight of the dimensions it names (growth stage 1, application mode 2,
 * business mode 4: the business mode says most about the work). A template scores its
 * best fitting combination. Ties are broken by a stated rule, never by file order:
 * 1. the higher score (the more, and weightier, dimensions matched);
 * 2. the narrower template (fewer combinations in its `appliesTo`);
 * 3. still equal: a tie, said as such; the templates are listed by id.
 *
 * When no template fits, the nearest one (`nearestTemplate`) may stand in: the one whose
 * nearest combination matches the most weight of the client's known profile, so a client
 * whose combination nobody wrote a template for still gets a plan, said to be the nearest.
 */
import type { Engagement, Template, TemplateFitCombination } from '../../schemas/generated/types.ts';
import type { ClassificationResult } from '../assess/classify.ts';

export interface ClientFit {
  growthStage?: string;
  applicationMode?: string;
  businessMode?: string;
}

export type FitDimension = keyof ClientFit;

export interface TemplateRecommendation {
  template: Template;
  /** Dimensions of the best fitting combination, with the client's value, in weight order. */
  matched: { dimension: FitDimension; value: string }[];
  score: number;
  /** How many combinations the template names: fewer is more specific. */
  combinations: number;
  /** Other templates that fit exactly as well, by the rule above (only on the ones ranked equal). */
  tiedWith: string[];
}

/** A template that does not fit, and the nearest combination it names with what differs. */
export interface TemplateMismatch {
  template: Template;
  /** The client's value (or none known) against what the nearest combination asks. */
  differs: { dimension: FitDimension; wanted: string; client?: string }[];
  /** What that combination shares with the client, and the weight of it. */
  shared: { dimension: FitDimension; value: string }[];
  sharedWeight: number;
}

export interface TemplateRanking {
  fit: ClientFit;
  /** Best first. */
  ranked: TemplateRecommendation[];
  /** Templates that fit no combination (or name none), by id. */
  others: TemplateMismatch[];
}

export const FIT_DIMENSIONS: readonly {
  dimension: FitDimension;
  classification: string;
  key: 'growthStages' | 'applicationModes' | 'businessModes';
  weight: number;
}[] = [
  { dimension: 'growthStage', classification: 'growth-stage', key: 'growthStages', weight: 1 },
  { dimension: 'applicationMode', classification: 'application-mode', key: 'applicationModes', weight: 2 },
  { dimension: 'businessMode', classification: 'business-mode', key: 'businessModes', weight: 4 },
];

function statedAndDecided(engagement: Engagement, classifications: readonly ClassificationResult[]) {
  return FIT_DIMENSIONS.map(({ dimension, classification }) => {
    const stated = engagement.client[dimension];
    return {
      dimension,
      stated: typeof stated === 'string' ? stated : undefined,
      decided: classifications.find((c) => c.classification === classification)?.winner,
    };
  });
}

/** The client's stage and modes: the stated profile first, the decided classification where none is stated. */
export function clientFit(engagement: Engagement, classifications: readonly ClassificationResult[]): ClientFit {
  const fit: ClientFit = {};
  for (const { dimension, stated, decided } of statedAndDecided(engagement, classifications)) {
    const value = stated ?? decided;
    if (value !== undefined) fit[dimension] = value;
  }
  return fit;
}

/** The combinations a template fits: its `fits`, or every combination of its three lists. */
export function fitCombinations(template: Template): TemplateFitCombination[] {
  const applies = template.appliesTo;
  if (!applies) return [];
  if (applies.fits) return applies.fits;
  let combos: TemplateFitCombination[] = [{}];
  for (const { dimension, key } of FIT_DIMENSIONS) {
    const values = applies[key] as readonly string[] | undefined;
    if (!values) continue;
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [dimension]: v })));
  }
  return combos.filter((c) => Object.keys(c).length > 0);
}

function scoreOf(combination: TemplateFitCombination, fit: ClientFit) {
  const named = FIT_DIMENSIONS.filter(({ dimension }) => combination[dimension] !== undefined);
  const differs = named.flatMap(({ dimension }) => {
    const wanted = combination[dimension] ?? '';
    const client = fit[dimension];
    return client === wanted ? [] : [{ dimension, wanted, ...(client === undefined ? {} : { client }) }];
  });
  const score = named.reduce((sum, d) => sum + d.weight, 0);
  const matched = named.map(({ dimension }) => ({ dimension, value: fit[dimension] ?? '' }));
  const sharedDims = named.filter(({ dimension }) => !differs.some((d) => d.dimension === dimension));
  const shared = sharedDims.map(({ dimension }) => ({ dimension, value: fit[dimension] ?? '' }));
  const sharedWeight = sharedDims.reduce((sum, d) => sum + d.weight, 0);
  return { score, differs, matched, shared, sharedWeight };
}

/** Every template, the fitting ones ranked by the rule above, the others with what keeps them out. */
export function rankTemplates(templates: readonly Template[], fit: ClientFit): TemplateRanking {
  const ranked: TemplateRecommendation[] = [];
  const others: TemplateMismatch[] = [];
  for (const template of [...templates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const combos = fitCombinations(template);
    const scored = combos.map((c) => scoreOf(c, fit));
    const best = scored.filter((s) => s.differs.length === 0).sort((a, b) => b.score - a.score)[0];
    if (best) {
      ranked.push({ template, matched: best.matched, score: best.score, combinations: combos.length, tiedWith: [] });
    } else {
      const nearest = [...scored].sort((a, b) => a.differs.length - b.differs.length || b.score - a.score)[0];
      others.push({
        template,
        differs: nearest?.differs ?? [],
        shared: nearest?.shared ?? [],
        sharedWeight: nearest?.sharedWeight ?? 0,
      });
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.combinations - b.combinations);
  for (const r of ranked) {
    r.tiedWith = ranked
      .filter((o) => o !== r && o.score === r.score && o.combinations === r.combinations)
      .map((o) => o.template.id);
  }
  return { fit, ranked, others };
}

/** Templates that fit, best first (see the rule at the top of this file). */
export function recommendTemplates(templates: readonly Template[], fit: ClientFit): TemplateRecommendation[] {
  return rankTemplates(templates, fit).ranked;
}

/**
 * The template to stand in when none fits: the one sharing the most weight of the client's
 * profile (the business mode counts most), then the fewer differences, then by id. None when
 * nothing is shared: a client whose profile is not known yet gets no guess.
 */
export function nearestTemplate(ranking: TemplateRanking): TemplateMismatch | undefined {
  const near = ranking.others
    .filter((o) => o.sharedWeight > 0)
    .sort(
      (a, b) =>
        b.sharedWeight - a.sharedWeight ||
        a.differs.length - b.differs.length ||
        (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0),
    );
  return near[0];
}
