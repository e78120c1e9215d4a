/**
 * `crmkit assess FILE [--framework ID] [--json]`: the engine's scores, bands, coverage and
 * findings for one engagement file, as text to read or JSON to script and diff.
 */
import { jsonText } from './terminal-text.ts';
import { assessEngagement, type AssessmentResult } from '../core/assess/assess-engagement.ts';
import { formatScore, frameworkLabels, recommendationsOf } from '../core/assess/explain.ts';
import { explainFinding } from '../render/finding-words.ts';
import { chooseTemplate, type TemplateChoice } from '../core/plan/choose-template.ts';
import { templateChoiceWords } from '../render/template-choice-words.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import { ASSESS_STRINGS } from '../i18n/cli.ts';
import type { CommandResult } from './validate.ts';

export interface AssessOptions extends EngagementCommandOptions {
  framework: string | undefined;
}

export function assessCommand(options: AssessOptions): CommandResult {
  const fallback = options.lang ?? 'en';
  const opened = openEngagements(options, ASSESS_STRINGS[fallback].usage);
  if (!opened.ok) return opened.result;
  const { content, engagements } = opened;
  if (options.framework !== undefined && !content.frameworks.has(options.framework)) {
    return { exitCode: 2, stdout: ASSESS_STRINGS[fallback].unknownFramework(options.framework) + '\n' };
  }
  const reports = engagements.map((engagement) => {
    const results = assessEngagement(content.frameworks.values(), engagement).filter(
      (r) => options.framework === undefined || r.framework.id === options.framework,
    );
    return { engagement, results, lang: reportLanguage(options, engagement) };
  });
  if (options.json) {
    return {
      exitCode: 0,
      stdout: jsonText(
        reports.map((r) =>
          toJson(
            r.engagement,
            r.results,
            r.lang,
            chooseTemplate(r.engagement, content.frameworks.values(), content.templates.values()),
          ),
        ),
      ),
      document: true,
    };
  }
  return {
    exitCode: 0,
    stdout:
      reports
        .map((r) => toText(r.engagement, r.results, r.lang, content.frameworks.values(), content.templates.values()))
        .join('\n\n') + '\n',
  };
}

function toJson(engagement: Engagement, results: AssessmentResult[], lang: Language, choice: TemplateChoice) {
  return {
    engagement: engagement.id,
    language: lang,
    template: {
      used: choice.template?.id,
      chosen: choice.source,
      ranked: choice.ranking.ranked.map((r) => ({
        template: r.template.id,
        score: r.score,
        matched: r.matched,
        tiedWith: r.tiedWith,
      })),
    },
    assessments: results.map((r) => ({
      ...r,
      framework: r.framework.id,
      findings: r.findings.map((f) => ({ ...f, why: explainFinding(f, r.framework, lang) })),
    })),
  };
}

function toText(
  engagement: Engagement,
  results: AssessmentResult[],
  lang: Language,
  frameworks: Iterable<Framework>,
  templates: Iterable<Template>,
): string {
  const w = ASSESS_STRINGS[lang];
  const n = (v: number) => formatScore(v, lang);
  const out: string[] = [`${engagement.title} — ${engagement.client.name}`];
  for (const r of results) {
    const labels = frameworkLabels(r.framework, lang);
    const s = r.score;
    // The id only as the value of --framework, which picks this assessment.
    out.push('', `## ${r.framework.title[lang]} (--framework ${r.framework.id})`);
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
  const choice = chooseTemplate(engagement, frameworks, templates);
  out.push('', ...templateChoiceWords(lang).summary(choice));
  return out.join('\n');
}
