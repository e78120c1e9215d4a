/**
 * `crmkit vendors FILE [--json]`: the weighted vendor ranking with must-have knock-outs, where the
 * weights came from (and, for AHP, how consistent each assessor was), and the weight sensitivity.
 */
import { jsonText } from './terminal-text.ts';
import { formatScore } from '../core/assess/explain.ts';
import { vendorDecision, type VendorDecision } from '../core/decide/vendor-decision.ts';
import { subCriterionLabel } from '../core/decide/labels.ts';
import { COMPATIBILITY_LIMIT } from '../core/decide/ahp.ts';
import { defaultMinimum } from '../core/decide/vendors.ts';
import type { CriterionWeights } from '../core/decide/weights.ts';
import { renderMessage } from '../i18n/messages.ts';
import { formatNumber, formatPercent } from '../i18n/lib/format.ts';
import { languageTag } from '../core/shared/text.ts';
import type { Engagement, Language } from '../schemas/generated/types.ts';
import { openEngagements, reportLanguage, type EngagementCommandOptions } from './engagement-command.ts';
import { VENDOR_STRINGS } from '../i18n/cli.ts';
import { VENDOR_PAGE } from '../i18n/vendors.ts';
import type { CommandResult } from './validate.ts';

export function vendorsCommand(options: EngagementCommandOptions): CommandResult {
  const fallback = options.lang ?? 'en';
  const opened = openEngagements(options, VENDOR_STRINGS[fallback].usage);
  if (!opened.ok) return opened.result;
  const reports: { engagement: Engagement; decision: VendorDecision; lang: Language }[] = [];
  for (const engagement of opened.engagements) {
    const decision = vendorDecision(engagement, opened.content.frameworks.values());
    if (!decision) return { exitCode: 2, stdout: VENDOR_STRINGS[fallback].noDecision(engagement.id) + '\n' };
    reports.push({ engagement, decision, lang: reportLanguage(options, engagement) });
  }
  if (options.json) {
    return {
      exitCode: 0,
      stdout: jsonText(reports.map((r) => toJson(r.engagement, r.decision))),
      document: true,
    };
  }
  return { exitCode: 0, stdout: reports.map((r) => toText(r.engagement, r.decision, r.lang)).join('\n\n') + '\n' };
}

function toJson(engagement: Engagement, { framework, evaluation, sensitivity }: VendorDecision): unknown {
  const { weights } = evaluation;
  return {
    engagement: engagement.id,
    framework: framework.id,
    weighting: weights.weighting,
    weights: weights.weights && Object.fromEntries(weights.criteria.map((c, i) => [c, weights.weights?.[i]])),
    ahp: weights.ahp && {
      combined: weights.ahp.combined,
      assessors: weights.ahp.assessors.map((a) => ({ name: a.name, ...a.result })),
      agreement: weights.ahp.agreement,
      consensus: weights.ahp.consensus,
    },
    vendors: evaluation.vendors.map((v) => ({
      id: v.id,
      name: v.name,
      rank: v.rank,
      total: v.total,
      criteria: Object.fromEntries(v.criteria.map((c) => [c.criterion, c.score])),
      knockOuts: v.knockOuts,
      missing: v.missing,
    })),
    winner: evaluation.winner,
    chosen: evaluation.chosen,
    sensitivity,
    problems: evaluation.problems,
  };
}

function toText(engagement: Engagement, decision: VendorDecision, lang: Language): string {
  const w = VENDOR_STRINGS[lang];
  const { framework, evaluation, sensitivity } = decision;
  const ratio = new Intl.NumberFormat(languageTag(lang), {
    signDisplay: 'negative',
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  });
  const criterionTitle = new Map(framework.elements.map((e) => [e.id, e.title[lang]]));
  const title = (id: string): string => criterionTitle.get(id) ?? id;
  const names = new Map(evaluation.vendors.map((v) => [v.id, v.name]));
  const sub = subCriterionLabel(framework, lang);
  const list = lang === 'zh' ? '；' : '; ';
  const { weights } = evaluation;
  const out = [`${engagement.title} — ${w.title}`, ''];

  if (!weights.weights) {
    out.push(
      w.noWeights,
      ...weights.problems.map((p) => `  ${p.pointer}  ${renderMessage(p.code, p.params ?? {}, lang)}`),
    );
  } else {
    out.push(w.weights(w.weighting[weights.weighting]));
    out.push(
      '  ' +
        weights.criteria.map((c, i) => `${title(c)} ${formatPercent(weights.weights?.[i] ?? 0, lang)}`).join(' · '),
    );
    const judged = weights.ahp
      ? [
          { name: w.combined, result: weights.ahp.combined },
          ...weights.ahp.assessors.map((a, i) => ({ ...a, name: a.name ?? `#${i + 1}` })),
        ]
      : [];
    for (const { name, result } of judged) {
      out.push(w.cr(name, ratio.format(result.consistencyRatio), result.consistent));
      const worst = result.mostInconsistent;
      if (!result.consistent && worst) {
        const a = weights.criteria[worst.row] ?? '';
        const b = weights.criteria[worst.column] ?? '';
        out.push(w.worst(title(a), title(b), ratio.format(worst.given), ratio.format(worst.implied)));
      }
    }
    out.push(...disagreement(weights, title, lang));
  }
  const scales = new Map(framework.elements.flatMap((e) => (e.questions ?? []).map((q) => [q.id, q.scale])));
  const mustHaves = (engagement.vendorSelection?.mustHaves ?? []).map((m) => {
    const minimum = m.minimum ?? defaultMinimum(framework.scales?.find((s) => s.id === scales.get(m.criterion)));
    return `“${sub(m.criterion)}” ≥ ${minimum}`;
  });
  if (mustHaves.length > 0) out.push(w.mustHaves(mustHaves.join(list)));

  out.push('', weights.ahp?.agreement?.agreed === false ? w.rankingDisputed : w.ranking);
  for (const vendor of evaluation.vendors) {
    if (vendor.rank !== undefined) {
      const chosen = vendor.id === evaluation.chosen ? w.chosen : '';
      out.push(`${vendor.rank}. ${vendor.name}  ${formatScore(vendor.total ?? 0, lang)}${chosen}`);
      const parts = vendor.criteria.map(
        (c) => `${title(c.criterion)} ${c.score === undefined ? '–' : formatScore(c.score, lang)}`,
      );
      out.push(`   ${parts.join(' · ')}`);
    } else if (vendor.knockOuts.length > 0) {
      const knockOuts = vendor.knockOuts.map((k) => `“${sub(k.question)}” ${k.value ?? w.notScored} < ${k.minimum}`);
      out.push(w.knockedOut(vendor.name, knockOuts.join(list)));
    } else if (vendor.unranked === 'missing') {
      out.push(w.incomplete(vendor.name, vendor.missing.map((id) => `“${sub(id)}”`).join(list)));
    } else {
      out.push(vendor.unranked === 'all-na' ? w.allNa(vendor.name) : w.unweighted(vendor.name));
    }
  }
  const { chosen, winner } = evaluation;
  if (chosen !== undefined && winner !== undefined && chosen !== winner) {
    const rationale = engagement.vendorSelection?.rationale;
    out.push(
      '',
      rationale
        ? w.chosenWhy(names.get(chosen) ?? chosen, names.get(winner) ?? winner, rationale)
        : w.chosenDiffers(names.get(chosen) ?? chosen, names.get(winner) ?? winner),
    );
  }
  if (sensitivity.length > 0) {
    out.push('', w.sensitivity);
    for (const s of sensitivity) {
      const shifts = (['down', 'up'] as const).flatMap((dir) => {
        const shift = s[dir];
        return shift
          ? [w.shift(dir, formatPercent(shift.weight, lang), names.get(shift.newWinner) ?? shift.newWinner)]
          : [];
      });
      out.push(
        w.sensitivityLine(
          title(s.criterion),
          formatPercent(s.weight, lang),
          shifts.length > 0 ? shifts.join(' · ') : w.never,
        ),
      );
    }
  }
  return out.join('\n');
}

/** What the combined AHP weights hide: assessors who contradict each other, or who are far from the combined weights. */
function disagreement(weights: CriterionWeights, title: (id: string) => string, lang: Language): string[] {
  const agreement = weights.ahp?.agreement;
  if (!agreement || !weights.ahp) return [];
  const w = VENDOR_STRINGS[lang];
  const names = weights.ahp.assessors.map((a, i) => a.name ?? `#${i + 1}`);
  const times = (v: number): string => formatNumber(v, lang, 2);
  const consensus = weights.ahp.consensus;
  const out = [
    w.compatibility(
      agreement.compatibility.map((s, i) => `${names[i] ?? ''} ${times(s)}`).join(lang === 'zh' ? '，' : ', '),
    ),
    ...(consensus
      ? [w.consensus(formatPercent(consensus.value, lang), VENDOR_PAGE[lang].consensusBand[consensus.band])]
      : []),
  ];
  if (agreement.contradictions.length > 0) {
    out.push(w.contradict(agreement.contradictions.length));
    for (const c of agreement.contradictions) {
      const a = title(weights.criteria[c.row] ?? '');
      const b = title(weights.criteria[c.column] ?? '');
      const [first, second] = c.assessors;
      out.push(
        w.contradiction(a, b, names[first] ?? '', times(c.values[0]), names[second] ?? '', times(1 / c.values[1])),
      );
    }
  }
  // Contradicting assessors are far from the combined weights by construction: said once, above.
  const far = agreement.compatibility.flatMap((s, i) => (s > COMPATIBILITY_LIMIT ? [names[i] ?? ''] : []));
  if (far.length > 0 && agreement.contradictions.length === 0)
    out.push(w.incompatible(far.join(lang === 'zh' ? '、' : ', ')));
  return out;
}
