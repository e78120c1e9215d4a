/**
 * The shipped content: complete, bilingual in fact (not only in form), and rich
 * enough that every later feature has real data to show.
 */
import { describe, expect, test } from 'vitest';
import { chooseTemplate } from '../../src/core/plan/choose-template.ts';
import { fitCombinations } from '../../src/core/plan/recommend.ts';
import { answerCoverage } from '../../src/core/assess/coverage.ts';
import { loadContent } from '../../src/core/check/load-content.ts';
import { formatProblem } from '../../src/i18n/messages.ts';
import { readSources, shippedContentFiles } from '../../src/node/content-files.ts';

const content = loadContent(readSources(shippedContentFiles()).sources);

/** Every { en, zh } object anywhere inside a value, with where it sits. */
function localizedTexts(value: unknown, path = ''): { path: string; en: string; zh: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}/${i}`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['en'] === 'string' && typeof record['zh'] === 'string' && Object.keys(record).length === 2) {
      return [{ path, en: record['en'], zh: record['zh'] }];
    }
    return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}/${k}`));
  }
  return [];
}

/** Every string anywhere inside a value, with where it sits. */
function allStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}/${k}`));
  }
  return [];
}

const HAS_CJK = /\p{Script=Han}/u;
/** A space beside full-width punctuation or between two Han characters: what YAML's folded `>-` style leaves in Chinese prose. */
const FOLDED_CJK_SPACE = /[，。；：、！？）”]\s|\s[，。；：、！？）”]|\p{Script=Han}\s+\p{Script=Han}/u;

describe('shipped content', () => {
  test('loads without a single problem', () => {
    expect(content.problems.map((p) => formatProblem(p))).toEqual([]);
  });

  test('carries every framework the toolkit needs', () => {
    expect([...content.frameworks.keys()].sort()).toEqual(
      [
        'change-plan',
        'customer-strategy',
        'growth-readiness',
        'mckinsey-7s',
        'risk-categories',
        'roi-categories',
        'value-chain',
        'value-proposition',
        'vendor-selection',
      ].sort(),
    );
  });

  test('carries the Sony four-phase, six-step and one template per SME application mode', () => {
    const ids = [...content.templates.keys()];
    expect(ids).toEqual(
      expect.arrayContaining(['sony-four-phase', 'six-step-rollout', 'sme-concept-led', 'sme-system-implementation']),
    );
    const combos = [...content.templates.values()].flatMap((t) => fitCombinations(t));
    const modes = new Set(combos.flatMap((c) => c.applicationMode ?? []));
    expect([...modes].sort()).toEqual(['business-application', 'concept-led', 'system-implementation']);
    const businessModes = new Set(combos.flatMap((c) => c.businessMode ?? []));
    expect([...businessModes].sort()).toEqual([
      'customer-behaviour',
      'maintenance-service',
      'market-information',
      'sales-process',
    ]);
  });

  test('every recommendation says where its work goes, and every template covers the anchors they wait for', () => {
    const recommendations = [...content.frameworks.values()].flatMap((f) =>
      (f.recommendations ?? []).map((r) => ({ at: `${f.id}/${r.id}`, plan: r.plan })),
    );
    expect(recommendations.filter((r) => !r.plan).map((r) => r.at)).toEqual([]);
    // The work most findings wait for is a task of every shipped template, so no plan falls back there.
    for (const template of content.templates.values()) {
      const covered = new Set(template.phases.flatMap((p) => p.tasks.flatMap((t) => t.covers ?? [])));
      const missing = ['project-team', 'requirements', 'system-selection', 'configuration', 'user-training', 'go-live'];
      expect({ template: template.id, missing: missing.filter((i) => !covered.has(i as never)) }).toEqual({
        template: template.id,
        missing: [],
      });
    }
  });

  test('every Chinese text is written in Chinese and differs from the English', () => {
    const items = [...content.frameworks.values(), ...content.templates.values()];
    const suspicious = items
      .flatMap((item) => localizedTexts(item).map((t) => ({ ...t, path: `${item.id}${t.path}` })))
      // A plan phrase may be names and punctuation alone: "{step}：{vendor}".
      .filter((t) => !HAS_CJK.test(t.zh) && t.zh !== t.en && !/^[\d\s.%–\-+/:]+$/.test(t.zh))
      .filter((t) => !/^(?:\{[a-z]+\}|\p{P})+$/u.test(t.zh))
      .map((t) => `${t.path}: ${t.zh}`);
    expect(suspicious).toEqual([]);
  });

  test('every assessment framework has bands and reaches each of its recommendations', () => {
    for (const framework of content.frameworks.values()) {
      if (framework.use !== 'assessment') continue;
      expect(framework.bands?.length, framework.id).toBeGreaterThan(0);
      const used = new Set([
        ...(framework.bands ?? []).flatMap((b) => b.recommendations ?? []),
        ...(framework.alignment?.pairs ?? []).map((p) => p.recommendation),
        ...(framework.portfolio?.quadrants ?? []).flatMap((q) => (q.recommendation ? [q.recommendation] : [])),
        ...(framework.classifications ?? []).flatMap((c) => c.options.flatMap((o) => o.recommendations ?? [])),
        ...framework.elements.flatMap((e) => [
          ...(e.triggers ?? []).flatMap((t) => t.recommendations),
          ...(e.questions ?? []).flatMap((q) => (q.triggers ?? []).flatMap((t) => t.recommendations)),
        ]),
      ]);
      const orphans = (framework.recommendations ?? []).filter((r) => !used.has(r.id)).map((r) => r.id);
      expect(orphans, framework.id).toEqual([]);
    }
  });

  test('Chinese prose has no stray spaces left by YAML line folding', () => {
    const everything = [...content.frameworks.values(), ...content.templates.values(), ...content.engagements.values()];
    const folded = everything.flatMap((item) =>
      allStrings(item, item.id)
        // English text may close a quote before a space: Risk “…” reduced.
        .filter(({ path, text }) => !path.endsWith('/en') && FOLDED_CJK_SPACE.test(text))
        .map(({ path, text }) => `${path}: ${text.match(FOLDED_CJK_SPACE)?.[0] ?? ''}`),
    );
    expect(folded).toEqual([]);
  });

  test('7-S rates all 21 pairs of its seven elements', () => {
    const sevenS = content.frameworks.get('mckinsey-7s');
    expect(sevenS?.elements).toHaveLength(7);
    expect(sevenS?.alignment?.pairs).toHaveLength(21);
  });

  test('the three sample engagements are complete enough to demonstrate every feature', () => {
    expect([...content.engagements.keys()].sort()).toEqual([
      'industrial-equipment-growth',
      'singapore-tea-shop-loyalty',
      'sony-china-after-sales',
    ]);
    for (const engagement of content.engagements.values()) {
      for (const framework of content.frameworks.values()) {
        if (framework.use !== 'assessment') continue;
        const { answered, total } = answerCoverage(framework, engagement.answers?.[framework.id]);
        expect(answered / total, `${engagement.id} answers ${framework.id}`).toBeGreaterThanOrEqual(0.85);
      }
      expect(engagement.alignment?.['mckinsey-7s'], engagement.id).toHaveLength(21);
      expect(engagement.segments?.length, engagement.id).toBeGreaterThanOrEqual(4);
      expect(engagement.vendors?.length, engagement.id).toBeGreaterThanOrEqual(3);
      expect(engagement.finance?.costs?.length, engagement.id).toBeGreaterThan(0);
      expect(engagement.finance?.benefits?.length, engagement.id).toBeGreaterThan(0);
      expect(engagement.risks?.length, engagement.id).toBeGreaterThanOrEqual(8);
      // A template named in the file, or (the tea shop names none) the recommended one.
      expect(
        chooseTemplate(engagement, content.frameworks.values(), content.templates.values()).template,
        engagement.id,
      ).toBeDefined();
      expect(engagement.plan?.startDate, engagement.id).toBeDefined();
      expect(Object.keys(engagement.tasks ?? {}).length, engagement.id).toBeGreaterThan(0);
      expect(engagement.snapshots?.length, engagement.id).toBeGreaterThan(0);
    }
  });
});
