/**
 * `crmkit assess FILE [--framework ID] [--json]`: the engine's scores, bands, coverage and
 * findings for one engagement file, as text to read or JSON to script and diff.
 */
import { assessEngagement, type AssessmentResult } from '../core/assess/assess-engagement.ts';
import { explainFinding, formatScore, frameworkLabels, recommendationsOf } from '../core/assess/explain.ts';
import { originOf } from '../core/content/load-content.ts';
import { formatProblem } from '../core/load/problem.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { loadTargets } from './load-targets.ts';
import { ASSESS_STRINGS, CLI_STRINGS } from './strings.ts';
import type { CommandResult } from './validate.ts';

export interface AssessOptions {
  paths: string[];
  contentRoots: string[];
  framework: string | undefined;
  json: boolean;
  /** Undefined: each engagement's own language. */
  lang: Language | undefined;
  cwd: string;
}

export function assessCommand(options: AssessOptions): CommandResult {
  const fallback = options.lang ?? 'en';
  if (options.paths.length !== 1) return { exitCode: 2, stdout: ASSESS_STRINGS[fallback].usage + '\n' };
  const { content, problems, targets } = loadTargets(options.paths, options.contentRoots, options.cwd);
  if (problems.length > 0) {
    const lines = problems.map((p) => formatProblem(p, fallback));
    const files = new Set(problems.map((p) => p.file)).size;
    return {
      exitCode: 1,
      stdout: `${lines.join('\n')}\n\n${CLI_STRINGS[fallback].summary(problems.length, files, files)}\n`,
    };
  }
  const engagements = [...content.engagements.values()].filter((e) =>
    targets.includes(originOf(content, 'engagement', e.id)?.file ?? ''),
  );
  if (engagements.length === 0)
    return { exitCode: 2, stdout: ASSESS_STRINGS[fallback].noEngagement(options.paths[0] ?? '') + '\n' };
  if (options.framework !== undefined && !content.frameworks.has(options.framework)) {
    return { exitCode: 2, stdout: ASSESS_STRINGS[fallback].unknownFramework(options.framework) + '\n' };
  }
  const reports = engagements.map((engagement) => {
    const results = assessEngagement(content.frameworks.values(), engagement).filter(
      (r) => options.framework === undefined || r.framework.id === options.framework,
    );
    return { engagement, results, lang: options.lang ?? engagement.language ?? 'en' };
  });
  if (options.json) {
    return {
      exitCode: 0,
      stdout:
        JSON.stringify(
          reports.map((r) => toJson(r.engagement, r.results, r.lang)),
          null,
          2,
        ) + '\n',
    };
  }
  return { exitCode: 0, stdout: reports.map((r) => toText(r.engagement, r.results, r.lang)).join('\n\n') + '\n' };
}

function toJson(engagement: Engagement, results: AssessmentResult[], lang: Language) {
  return {
    engagement: engagement.id,
    language: lang,
    assessments: results.map((r) => ({
      ...r,
      framework: r.framework.id,
      findings: r.findings.map((f) => ({ ...f, why: explainFinding(f, r.framework, lang) })),
    })),
  };
}

function toText(engagement: Engagement, results: AssessmentResult[], lang: Language): string {
  const w = ASSESS_STRINGS[lang];
  const n = (v: number) => formatScore(v, lang);
  const out: string[] = [`${engagement.title} — ${engagement.client.name}`];
  for (const r of results) {
    const labels = frameworkLabels(r.framework, lang);
    const s = r.score;
    out.push('', `## ${r.framework.title[lang]} (${r.framework.id})`);
    out.push(
      s.score !== undefined
        ? w.overall(n(s.score), s.band?.label[lang] ?? '', s.coverage.answered, s.coverage.total, s.percentToTarget)
        : w.noOverall(s.coverage.answered, s.coverage.total),
    );
    for (const e of s.elements) {
      const cover = `${e.coverage.answered}/${e.coverage.total}`;
      if (e.weight === 0) out.push(`  ${labels.element(e.element)}: ${w.descriptive(cover)}`);
      else if (e.score === undefined) out.push(`  ${labels.element(e.element)}: ${w.tooFew(cover)}`);
      else
        out.push(
          `  ${labels.element(e.element)}: ${n(e.score)}${e.band ? ` (${e.band.label[lang]})` : ''} · ${w.weight} ${n(e.weight)} · ${w.coverage} ${cover}` +
            (e.target !== undefined && e.percentToTarget !== undefined
              ? ` · ${w.target} ${n(e.target)} · ${w.toTarget(n(e.percentToTarget))}`
              : ''),
        );
    }
    if (r.fit) {
      const hard = r.fit.groups.find((g) => g.group === 'hard')?.score;
      const soft = r.fit.groups.find((g) => g.group === 'soft')?.score;
      if (hard !== undefined && soft !== undefined) out.push(w.hardSoft(n(hard), n(soft), n(hard - soft)));
    }
    if (r.portfolio) {
      for (const seg of r.portfolio.segments) out.push(`  ${seg.name}: ${labels.quadrant(seg.quadrant)}`);
      if (r.portfolio.topShare)
        out.push(w.topShare(n(r.portfolio.topShare.customerShare * 100), n(r.portfolio.topShare.valueShare * 100)));
    }
    for (const c of r.classifications ?? []) {
      const title = labels.classification(c.classification);
      if (c.status === 'decided' && c.winner) out.push(`  ${title}: ${labels.option(c.classification, c.winner)}`);
      else if (c.status === 'undecided') out.push(`  ${title}: ${w.undecided}`);
    }
    if (r.findings.length > 0) out.push(w.findings);
    for (const f of r.findings) {
      out.push(`  - ${explainFinding(f, r.framework, lang)}`);
      for (const rec of recommendationsOf(r.framework, f)) out.push(`      → ${rec.title[lang]}`);
    }
  }
  return out.join('\n');
}
