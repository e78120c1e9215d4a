/**
 * Applies a consultancy's overlay to a shipped framework, giving the framework the
 * workshop uses. The shipped data is never mutated. Problems are reported against
 * the overlay file: a change to an id that does not exist, an added id that clashes,
 * or an added question whose scale is unknown.
 */
import type { Framework, FrameworkOverlay } from '../../schemas/generated/types.ts';
import { checkFramework } from './framework-checks.ts';
import { checkReference, collector } from '../load/check-tools.ts';
import type { RawProblem } from '../load/problem.ts';

export interface OverlayResult {
  framework: Framework;
  problems: RawProblem[];
}

export function applyOverlay(base: Framework, overlay: FrameworkOverlay): OverlayResult {
  const out = collector();
  const framework: Framework = structuredClone(base);
  const change = overlay.change ?? {};
  const add = overlay.add ?? {};

  if (change.framework) Object.assign(framework, change.framework);

  change.elements?.forEach((patch, i) => {
    const element = framework.elements.find((e) => e.id === patch.id);
    if (
      !checkReference(
        out,
        `/change/elements/${i}/id`,
        'element',
        patch.id,
        framework.elements.map((e) => e.id),
        base.id,
      )
    )
      return;
    if (element) Object.assign(element, patch);
  });

  const allQuestions = () => framework.elements.flatMap((e) => e.questions ?? []);
  change.questions?.forEach((patch, i) => {
    const question = allQuestions().find((q) => q.id === patch.id);
    if (
      !checkReference(
        out,
        `/change/questions/${i}/id`,
        'question',
        patch.id,
        allQuestions().map((q) => q.id),
        base.id,
      )
    )
      return;
    if (question) Object.assign(question, patch);
  });

  change.scalePoints?.forEach((patch, i) => {
    const scale = framework.scales?.find((s) => s.id === patch.scale);
    if (
      !checkReference(
        out,
        `/change/scalePoints/${i}/scale`,
        'scale',
        patch.scale,
        (framework.scales ?? []).map((s) => s.id),
        base.id,
      )
    )
      return;
    const point = scale?.points.find((p) => p.value === patch.value);
    if (!point) {
      checkReference(
        out,
        `/change/scalePoints/${i}/value`,
        'point',
        String(patch.value),
        (scale?.points ?? []).map((p) => String(p.value)),
        patch.scale,
      );
      return;
    }
    if (patch.label) point.label = patch.label;
    if (patch.description) point.description = patch.description;
  });

  // Additions are appended, so a problem found in the merged framework at an
  // appended index maps back to the overlay entry that added it.
  const mapping: { prefix: string; target: string }[] = [];
  const appended = <T>(list: T[], items: readonly T[] | undefined, mergedBase: string, overlayBase: string): T[] => {
    (items ?? []).forEach((item, i) => {
      mapping.push({ prefix: `${mergedBase}/${list.length}`, target: `${overlayBase}/${i}` });
      list.push(structuredClone(item));
    });
    return list;
  };
  framework.scales = appended(framework.scales ?? [], add.scales, '/scales', '/add/scales');
  framework.recommendations = appended(
    framework.recommendations ?? [],
    add.recommendations,
    '/recommendations',
    '/add/recommendations',
  );
  add.questions?.forEach((batch, b) => {
    const index = framework.elements.findIndex((e) => e.id === batch.element);
    if (
      !checkReference(
        out,
        `/add/questions/${b}/element`,
        'element',
        batch.element,
        framework.elements.map((e) => e.id),
        base.id,
      )
    )
      return;
    const element = framework.elements[index];
    if (element)
      element.questions = appended(
        element.questions ?? [],
        batch.questions,
        `/elements/${index}/questions`,
        `/add/questions/${b}/questions`,
      );
  });
  framework.elements = appended(
    framework.elements,
    add.elements,
    '/elements',
    '/add/elements',
  ) as Framework['elements'];

  for (const problem of checkFramework(framework)) {
    const pointer = mapPointer(problem.pointer, mapping);
    if (pointer === undefined) continue; // the shipped framework's own problems are reported on its file
    const firstAt = problem.params?.['firstAt'];
    if (problem.code === 'duplicate-id' && typeof firstAt === 'string') {
      const firstInOverlay = mapPointer(firstAt, mapping);
      out.add(
        firstInOverlay === undefined
          ? { pointer, code: 'overlay-collision', params: { id: problem.params?.['id'], framework: base.id } }
          : { ...problem, pointer, params: { ...problem.params, firstAt: firstInOverlay } },
      );
      continue;
    }
    out.add({ ...problem, pointer });
  }
  return { framework, problems: out.problems };
}

function mapPointer(pointer: string, mapping: readonly { prefix: string; target: string }[]): string | undefined {
  for (const { prefix, target } of mapping) {
    if (pointer === prefix || pointer.startsWith(`${prefix}/`)) return target + pointer.slice(prefix.length);
  }
  return undefined;
}
