/**
 * Lookups into the shared content that several engagement checks need: the questions
 * of a framework with their scales, the catalogue categories, and whether a value
 * sits on a question's scale.
 */
import type { Framework, Question, Scale, Template } from '../../schemas/generated/types.ts';
import { gotParams } from '../load/got-params.ts';
import type { Collector } from '../load/check-tools.ts';

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
export function catalogIds(context: ContentContext, catalog: 'cost' | 'benefit' | 'risk'): string[] {
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
