/**
 * `crmkit risks FILE [--json]`: the engagement's risk register ranked by score, with
 * residual risk after mitigation, the 5×5 heat map and the exposure before and after.
 */
import { riskView, type ReadyRiskView } from '../core/views/risk-view.ts';
import { jsonText } from './terminal-text.ts';
import type { RiskRegister } from '../core/risk/register.ts';
import { term } from '../i18n/ui.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import { RISK_STRINGS } from '../i18n/cli.ts';
import type { CommandResult } from './validate.ts';

export function risksCommand(options: EngagementCommandOptions): CommandResult {
  const fallback = options.lang ?? 'en';
  const opened = openEngagements(options, RISK_STRINGS[fallback].usage);
  if (!opened.ok) return opened.result;
  const { frameworks, templates } = opened.content;
  const reports: { engagement: Engagement; view: ReadyRiskView; lang: Language }[] = [];
  for (const engagement of opened.engagements) {
    const view = riskView(engagement, frameworks.values(), templates.values());
    if (!view.ok) return { exitCode: 2, stdout: RISK_STRINGS[fallback].noFramework + '\n' };
    reports.push({ engagement, view, lang: reportLanguage(options, engagement) });
  }
  if (options.json) {
    const json = reports.map(({ engagement, view: { register } }) => ({
      engagement: engagement.id,
      risks: register.risks.map((r) => ({
        id: r.risk.id,
        category: r.risk.category,
        phase: r.risk.phase,
        owner: r.risk.owner,
        current: { ...r.current, band: r.current.band?.id },
        residual: r.residual && { ...r.residual, band: r.residual.band?.id },
        reduction: r.reduction,
      })),
      byBand: register.byBand.map((b) => ({ band: b.band.id, current: b.current, residual: b.residual })),
      heatMap: register.heatMap.map((row) => row.map((c) => c.risks)),
      residualHeatMap: register.residualHeatMap.map((row) => row.map((c) => c.risks)),
      exposure: register.exposure,
    }));
    return { exitCode: 0, stdout: jsonText(json), document: true };
  }
  return {
    exitCode: 0,
    stdout:
      reports
        .map((r) => toText(r.engagement, r.view.register, r.view.framework, r.view.template, r.lang))
        .join('\n\n') + '\n',
  };
}

function toText(
  engagement: Engagement,
  register: RiskRegister,
  framework: Framework,
  template: Template | undefined,
  lang: Language,
): string {
  const w = RISK_STRINGS[lang];
  const phases = new Map((template?.phases ?? []).map((p) => [p.id, p.title[lang]]));
  const categories = new Map<string, string>([
    ...framework.elements.map((e) => [e.id, e.title[lang]] as const),
    ...(engagement.riskCategories ?? []).map((c) => [c.id, c.title] as const),
  ]);
  const out = [`${engagement.title} — ${w.title}`, ''];
  if (register.risks.length === 0) return [...out, w.none].join('\n');
  register.risks.forEach((r, i) => {
    const { current, residual } = r;
    const after = residual ? ` → ${residual.score} ${residual.band?.label[lang] ?? ''}` : '';
    out.push(`${i + 1}. ${current.score} ${current.band?.label[lang] ?? ''}${after} · ${r.risk.title}`);
    const where = [
      categories.get(r.risk.category) ?? r.risk.category,
      r.risk.phase && (phases.get(r.risk.phase) ?? r.risk.phase),
      r.risk.owner && term(r.risk.owner, lang),
    ].filter(Boolean);
    out.push(`   ${w.likelihoodImpact(current.likelihood, current.impact)} · ${where.join(' · ')}`);
  });
  out.push('', w.heatMap, '       1  2  3  4  5');
  for (const row of register.heatMap) {
    const cells = row.map((c) => (c.risks.length === 0 ? '.' : String(c.risks.length)).padStart(3)).join('');
    out.push(`  ${row[0]?.likelihood ?? ''}  ${cells}`);
  }
  const bands = register.byBand.map((b) => `${b.band.label[lang]} ${b.current} → ${b.residual}`);
  out.push('', w.bands(bands.join(lang === 'zh' ? '，' : ', ')));
  out.push(w.exposure(register.exposure.current, register.exposure.residual));
  return out.join('\n');
}
