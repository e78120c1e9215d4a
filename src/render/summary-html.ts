/**
 * The executive summary as HTML, the same markup on the site's summary page and in the
 * standalone report: headline figures first, then one short section per question an
 * executive asks, each chart with its table. Figures link to their source through `link`
 * (site pages, or none in a report read offline, where the source is named in words).
 */
import { formatScore } from '../core/assess/explain.ts';
import {
  currencyUnit,
  formatDate,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
} from '../i18n/lib/format.ts';
import { RISK_PAGE } from '../i18n/risks.ts';
import { ROI_PAGE } from '../i18n/roi.ts';
import { TRACKING_PAGE } from '../i18n/tracking.ts';
import { VENDOR_PAGE } from '../i18n/vendors.ts';
import { PLAN_PAGE } from '../i18n/plan-page.ts';
import { SUMMARY } from '../i18n/summary.ts';
import { pagePath, term } from '../i18n/ui.ts';
import type { Language, LocalizedText } from '../schemas/generated/types.ts';
import { pick } from '../core/plan/plan-text.ts';
import { cashFlowChart, roadmapChart, scoreBar } from './svg-charts.ts';
import { html, type Safe } from './html.ts';
import { CONFIDENT, type Decision, type ExecutiveSummary, type Source } from '../core/views/summary-view.ts';
import { own } from '../core/shared/own.ts';

/** Where a source lives; undefined when the reader has no way to follow a link. */
export type LinkTo = (source: Source) => string | undefined;

/** The site path of a source page in a language, as the site's pages are laid out. */
export function sourceHref(lang: Language, engagement: string, source: Source): string {
  const base = `engagements/${engagement}`;
  if (source.page === 'framework') return pagePath(lang, `${base}/${source.framework}`);
  if (source.page === 'task') return `${pagePath(lang, `${base}/plan`)}#task-${source.task}`;
  return pagePath(lang, `${base}/${source.page}`);
}

/** The name of a source page, for the "source" line of a report read offline. */
export function sourceName(source: Source, lang: Language, frameworks: Map<string, LocalizedText>): string {
  switch (source.page) {
    case 'framework':
      return frameworks.get(source.framework)?.[lang] ?? source.framework;
    case 'vendors':
      return VENDOR_PAGE[lang].title;
    case 'roi':
      return ROI_PAGE[lang].title;
    case 'risks':
      return RISK_PAGE[lang].title;
    case 'tracking':
      return TRACKING_PAGE[lang].title;
    default:
      return PLAN_PAGE[lang].title;
  }
}

/** What every section needs: the words, the formats and the links, in the reader's language. */
function summaryParts(summary: ExecutiveSummary, lang: Language, link: LinkTo) {
  const w = SUMMARY[lang];
  const frameworks = new Map(summary.standing.scores.map((s) => [s.framework, s.title]));
  const score = (v: number | undefined) => (v === undefined ? '–' : formatScore(v, lang));
  const money = (v: number, currency: string) => formatMoneyShort(v, currency, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const years = (v: number | undefined) => (v === undefined ? w.noPayback : w.years(formatNumber(v, lang, 1)));
  const rate = (v: number | undefined) => (v === undefined ? w.noIrr : formatPercent(v, lang));
  /** A figure (or any content) linked to where it comes from, when the reader can follow links. */
  const to = (source: Source, content: Safe | string): Safe => {
    const href = link(source);
    return href ? html`<a href="${href}">${content}</a>` : html`${content}`;
  };
  /** Closes a section: a link to its source page, or its name where links cannot be followed. */
  const sourceLine = (source: Source): Safe => {
    const name = sourceName(source, lang, frameworks);
    return html`<p class="summary-source">${w.source}${to(source, name)}</p>`;
  };
  return { summary, lang, w, frameworks, score, money, date, years, rate, to, sourceLine };
}

type SummaryParts = ReturnType<typeof summaryParts>;

export function summaryHtml(summary: ExecutiveSummary, lang: Language, link: LinkTo): Safe {
  const parts = summaryParts(summary, lang, link);
  return html`<div class="summary">
    ${glanceSection(parts)}${decisionsSection(parts)}${standingSection(parts)}${approachSection(parts)}${vendorSection(parts)}${roiSection(parts)}${risksSection(parts)}${roadmapSection(parts)}${nextSection(parts)}
  </div>`;
}

/** The summary's headline figures alone, for the engagement overview. */
export function summaryGlance(summary: ExecutiveSummary, lang: Language, link: LinkTo): Safe {
  return glanceSection(summaryParts(summary, lang, link));
}

function glanceSection({ lang, w, score, money, date, years, to, summary }: SummaryParts): Safe {
  const { standing, roi, roadmap } = summary;
  const glance = [
    standing.readiness && {
      label: w.readiness,
      value: score(standing.readiness.score),
      note: `${w.outOf100}${standing.readiness.band ? ` · ${standing.readiness.band[lang]}` : ''}`,
      source: standing.readiness.source,
      id: 'readiness',
    },
    standing.sevenS && {
      label: w.sevenS,
      value: score(standing.sevenS.score),
      note: `${w.outOf100}${standing.sevenS.band ? ` · ${standing.sevenS.band[lang]}` : ''}`,
      source: standing.sevenS.source,
      id: 'seven-s',
    },
    roi &&
      !roi.empty && {
        label: roi.riskAdjusted ? w.npvRiskAdjusted : w.npv,
        value: money(roi.riskAdjusted?.npv ?? roi.npv, roi.currency),
        note: `${w.payback} ${years(roi.riskAdjusted ? roi.riskAdjusted.payback : roi.payback)}`,
        source: roi.source,
        id: 'npv',
      },
    roadmap && {
      label: w.progress,
      value: formatPercent(roadmap.percent / 100, lang, 0),
      note: `${w.forecastEnd} ${date(roadmap.forecastEnd)}`,
      source: { page: 'tracking' } as Source,
      id: 'progress',
    },
  ].filter((x) => !!x);
  return html`<section class="summary-block" aria-labelledby="summary-glance">
    <h2 id="summary-glance">${w.glance}</h2>
    <ul class="glance" data-testid="summary-glance">
      ${glance.map(
        (g) =>
          html`<li data-figure="${g.id}">
            ${to(g.source, html`<span class="glance-label">${g.label}</span><span class="glance-value">${g.value}</span>`)}
            <span class="glance-note">${g.note}</span>
          </li>`,
      )}
    </ul>
  </section>`;
}

function standingSection({ lang, w, score, to, summary }: SummaryParts): Safe {
  const { standing } = summary;
  return html`<section class="summary-block" aria-labelledby="summary-standing">
    <h2 id="summary-standing">${w.standing}</h2>
    <p class="muted">${w.standingIntro}</p>
    <table class="summary-scores" data-testid="summary-scores">
      <thead>
        <tr>
          <th scope="col">${w.assessment}</th>
          <th scope="col" class="number">${w.score}</th>
          <th scope="col" aria-hidden="true"></th>
          <th scope="col" class="number">${w.target}</th>
          <th scope="col">${w.band}</th>
        </tr>
      </thead>
      <tbody>
        ${standing.scores.map(
          (s) =>
            html`<tr>
              <th scope="row">${to(s.source, s.title[lang])}</th>
              <td class="number">${s.score === undefined ? w.notScored : score(s.score)}</td>
              <td aria-hidden="true">${scoreBar(s.score, s.target)}</td>
              <td class="number">${score(s.target)}</td>
              <td>${s.band?.[lang] ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      standing.readiness && standing.readiness.weakest.length > 0
        ? html`<p>
            ${w.weakest(
              standing.readiness.weakest
                .map((e) => `${e.title[lang]} ${score(e.score)}`)
                .join(lang === 'zh' ? '、' : ', '),
            )}
          </p>`
        : ''
    }
    ${
      standing.sevenS
        ? html`<p>
              ${w.sevenSGroups(
                standing.sevenS.groups
                  .map((g) => `${g.title[lang]} ${score(g.score)}`)
                  .join(lang === 'zh' ? '，' : ', '),
              )}
            </p>
            <p>
              ${
                standing.sevenS.misfits.length === 0
                  ? w.noMisfits
                  : w.misfits(
                      standing.sevenS.misfits
                        .map((m) => `${m.a[lang]} – ${m.b[lang]} ${score(m.fit)}`)
                        .join(lang === 'zh' ? '；' : '; '),
                    )
              }
            </p>`
        : ''
    }
  </section>`;
}

function approachSection({ summary, lang, w, to, sourceLine }: SummaryParts): Safe {
  return html`<section class="summary-block" aria-labelledby="summary-approach">
    <h2 id="summary-approach">${w.approach}</h2>
    ${summary.modes.map(
      (mode) =>
        html`<h3>${mode.title[lang]}: ${mode.option ? to(mode.source, mode.option[lang]) : w.undecided}</h3>
          ${
            mode.reasons.length > 0
              ? html`<ul>
                  ${mode.reasons.map((r) => html`<li>${r[lang]}</li>`)}
                </ul>`
              : ''
          }
          ${mode.statedDiffers ? html`<p class="warn">${w.statedDiffers(term(mode.statedDiffers, lang))}</p>` : ''}`,
    )}
    ${summary.modes[0] ? sourceLine(summary.modes[0].source) : ''}
  </section>`;
}

function vendorSection({ lang, w, to, sourceLine, summary }: SummaryParts): Safe {
  const { vendor } = summary;
  return html`<section class="summary-block" aria-labelledby="summary-vendor">
    <h2 id="summary-vendor">${w.vendor}</h2>
    ${
      vendor
        ? html`<p data-testid="summary-vendor">
              ${to(
                vendor.source,
                (vendor.chosen ? w.vendorChosen : w.vendorLeading)(vendor.name, formatScore(vendor.total, lang)),
              )}
              ${
                vendor.chosenNotWinner
                  ? w.vendorChosenNotWinner(
                      vendor.chosenNotWinner.winner,
                      formatScore(vendor.chosenNotWinner.winnerTotal, lang),
                    )
                  : ''
              }
              ${vendor.runnerUp ? w.vendorRunnerUp(vendor.runnerUp.name, formatScore(vendor.runnerUp.total, lang)) : ''}
            </p>
            ${
              vendor.knockedOut.length > 0
                ? html`<p class="warn" data-testid="summary-vendor-knocked-out">
                    ${w.vendorKnockedOut(
                      vendor.knockedOut.map((k) => k[lang]),
                      vendor.noneQualifies,
                    )}
                  </p>`
                : ''
            }
            ${
              vendor.weightsDisputed
                ? html`<p class="warn" data-testid="summary-vendor-disputed">
                    ${w.vendorWeightsDisputed(vendor.weightsDisputed.pairs)}
                  </p>`
                : ''
            }
            ${vendor.rationale ? html`<p data-testid="summary-vendor-rationale"><strong>${w.vendorRationale}</strong> ${vendor.rationale}</p>` : ''}
            ${
              vendor.strengths.length > 0
                ? html`<p>
                    ${w.vendorWhy(
                      vendor.strengths
                        .map((s) =>
                          w.vendorStrength(
                            s.criterion[lang],
                            formatScore(s.score, lang),
                            s.other === undefined ? undefined : formatScore(s.other, lang),
                          ),
                        )
                        .join(lang === 'zh' ? '；' : '; '),
                    )}
                  </p>`
                : ''
            }
            ${vendor.noneQualifies ? '' : html`<p class="muted">${w.vendorSensitive(vendor.sensitive, vendor.criteria)}</p>`}
            ${sourceLine(vendor.source)}`
        : html`<p class="muted">${w.noVendor}</p>`
    }
  </section>`;
}

// Each section with a chart keeps its heading, the lines under it and the chart in one block a
// printed page never splits (summary-keep), so no heading ends a page apart from its chart.
function roiSection({ lang, w, years, rate, to, sourceLine, summary }: SummaryParts): Safe {
  const { roi } = summary;
  return html`<section class="summary-block summary-keep" aria-labelledby="summary-roi">
    <h2 id="summary-roi">${w.roi}</h2>
    ${
      roi?.empty
        ? html`<p class="muted" data-testid="summary-roi-empty">${to(roi.source, w.roiEmpty)}</p>`
        : roi
          ? html`<p data-testid="summary-roi">
                ${to(roi.source, w.roiLine(formatMoney(roi.npv, roi.currency, lang), rate(roi.irr), years(roi.payback), roi.years))}
              </p>
              ${
                roi.roiPercent !== undefined && roi.presentRoiPercent !== undefined
                  ? html`<p data-testid="summary-roi-percent">
                      ${w.roiPercentLine(
                        formatPercent(roi.roiPercent / 100, lang),
                        formatPercent(roi.presentRoiPercent / 100, lang),
                      )}
                    </p>`
                  : ''
              }
              ${
                roi.riskAdjusted
                  ? html`<p>
                      ${w.riskAdjustedLine(
                        formatMoney(roi.riskAdjusted.npv, roi.currency, lang),
                        rate(roi.riskAdjusted.irr),
                        years(roi.riskAdjusted.payback),
                      )}
                    </p>`
                  : ''
              }
              <p>
                ${w.rangeLine(
                  formatMoney(roi.range.p10, roi.currency, lang),
                  formatMoney(roi.range.p90, roi.currency, lang),
                  formatPercent(roi.range.probabilityPositive, lang),
                  formatNumber(roi.range.runs, lang, 0),
                )}
              </p>
              <figure class="summary-figure">
                <figcaption>${ROI_PAGE[lang].inUnit(w.cashChart, currencyUnit(roi.currency, lang))}</figcaption>
                ${cashFlowChart(roi.cumulative, roi.currency, lang, { label: w.cashChartLabel, period: w.year })}
                <details>
                  <summary>${w.table}: ${w.cashChart}</summary>
                  <table data-testid="summary-cash-table">
                    <thead>
                      <tr>
                        <th scope="col">${w.period}</th>
                        <th scope="col" class="number">${w.cumulative}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${roi.cumulative.map(
                        (v, i) =>
                          html`<tr>
                            <th scope="row">${i}</th>
                            <td class="number">${formatMoney(v, roi.currency, lang)}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </details>
              </figure>
              ${sourceLine(roi.source)}`
          : html`<p class="muted">${w.noRoi}</p>`
    }
  </section>`;
}

function risksSection({ lang, w, to, sourceLine, summary }: SummaryParts): Safe {
  const { risks } = summary;
  const r = RISK_PAGE[lang];
  return html`<section class="summary-block summary-keep" aria-labelledby="summary-risks">
    <h2 id="summary-risks">${w.risks}</h2>
    ${
      risks
        ? html`<p>
              ${w.risksIntro(risks.top.length, risks.count, String(risks.exposure.current), String(risks.exposure.residual))}
            </p>
            <div class="summary-risks">
              <table class="heat-map" data-testid="summary-heat-map">
                <caption>
                  ${w.heatCaption}
                </caption>
                <thead>
                  <tr>
                    <td></td>
                    ${(risks.heatMap[0] ?? []).map((cell) => html`<th scope="col">${w.impact} ${cell.impact}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${risks.heatMap.map(
                    (row) =>
                      html`<tr>
                        <th scope="row">${w.likelihood} ${row[0]?.likelihood ?? ''}</th>
                        ${row.map(
                          (cell) =>
                            html`<td
                              class="band-${cell.band?.id ?? 'none'}"
                              title="${r.cell(cell.likelihood, cell.impact, cell.score, cell.band?.label[lang] ?? '')}"
                            >
                              <span class="heat-score">${cell.score}</span>
                              ${
                                cell.risks.length > 0
                                  ? html`<span class="heat-risks"
                                      >${cell.risks.map((id) => `#${own(risks.rankOf, id) ?? '?'}`).join(' ')}</span
                                    >`
                                  : ''
                              }
                            </td>`,
                        )}
                      </tr>`,
                  )}
                </tbody>
              </table>
              <table class="summary-risk-list" data-testid="summary-top-risks">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">${w.risk}</th>
                    <th scope="col" class="number">${w.score}</th>
                    <th scope="col" class="number">${w.residual}</th>
                    <th scope="col">${w.owner}</th>
                  </tr>
                </thead>
                <tbody>
                  ${risks.top.map(
                    (risk) =>
                      html`<tr>
                        <td>${risk.rank}</td>
                        <td>${to(risk.source, risk.title)}</td>
                        <td class="number">
                          ${risk.score}${risk.band ? html` <span class="band-tag band-${risk.bandId ?? 'none'}">${risk.band[lang]}</span>` : ''}
                        </td>
                        <td class="number">${risk.residual ?? '–'}</td>
                        <td>${risk.owner ? term(risk.owner, lang) : ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${sourceLine(risks.source)}`
        : html`<p class="muted">${w.noRisks}</p>`
    }
  </section>`;
}

// The phase table under the chart may break between rows, so only the heading, intro and chart stay together.
function roadmapSection({ lang, w, date, sourceLine, summary }: SummaryParts): Safe {
  const { roadmap } = summary;
  return html`<section class="summary-block" aria-labelledby="summary-roadmap">
    ${
      roadmap
        ? html`<div class="summary-keep">
              <h2 id="summary-roadmap">${w.roadmap}</h2>
              <p>${w.roadmapIntro(date(roadmap.start), date(roadmap.end), date(roadmap.forecastEnd), roadmap.slip)}</p>
              <figure class="summary-figure">${roadmapChart(roadmap, lang)}</figure>
            </div>
            <table class="summary-phases" data-testid="summary-phases">
              <caption>
                ${w.phasesBasis}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${w.phase}</th>
                  <th scope="col">${w.forecastStart}</th>
                  <th scope="col">${w.forecastFinish}</th>
                  <th scope="col" class="number">${w.progress}</th>
                  <th scope="col">${w.gate}</th>
                </tr>
              </thead>
              <tbody>
                ${roadmap.phases.map(
                  (p, i) =>
                    html`<tr>
                      <th scope="row">${i + 1}. ${p.title[lang]}</th>
                      <td class="nowrap">${date(p.forecastStart)}</td>
                      <td class="nowrap">${date(p.forecastFinish)}</td>
                      <td class="number">${formatPercent(p.percent / 100, lang, 0)}</td>
                      <td>
                        ${w.gateCell(p.gate.checked, p.gate.total)}${p.gate.decision ? ` · ${term(p.gate.decision, lang)}` : ''}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <p class="muted">${w.asOf}: ${date(roadmap.asOf)}</p>
            ${sourceLine(roadmap.source)}`
        : html`<h2 id="summary-roadmap">${w.roadmap}</h2>
            <p class="muted">${w.noPlan}</p>`
    }
  </section>`;
}

function decisionsSection({ summary, lang, w, to }: SummaryParts): Safe {
  return html`<section class="summary-block" aria-labelledby="summary-decisions">
    <h2 id="summary-decisions">${w.decisions}</h2>
    ${
      summary.decisions.length === 0
        ? html`<p class="muted">${w.noDecisions}</p>`
        : html`<ol data-testid="summary-decisions">
            ${summary.decisions.map((d) => html`<li data-kind="${d.kind}">${to(d.source, decisionText(d, lang))}</li>`)}
          </ol>`
    }
  </section>`;
}

function nextSection({ summary, lang, w, date, to }: SummaryParts): Safe {
  return html`<section class="summary-block" aria-labelledby="summary-next">
    <h2 id="summary-next">${w.nextSteps}</h2>
    ${
      summary.noPlan
        ? html`<p class="muted" data-testid="summary-no-plan">${w.noPlanSteps[summary.noPlan]}</p>`
        : summary.nextSteps.length === 0
          ? html`<p class="muted">${w.noNextSteps}</p>`
          : html`<table data-testid="summary-next-steps">
              <thead>
                <tr>
                  <th scope="col">${w.task}</th>
                  <th scope="col">${w.owner}</th>
                  <th scope="col">${w.dates}</th>
                  <th scope="col">${w.status}</th>
                </tr>
              </thead>
              <tbody>
                ${summary.nextSteps.map(
                  (s) =>
                    html`<tr>
                      <td>${to(s.source, pick(s.title, lang))}</td>
                      <td>${term(s.owner, lang)}</td>
                      <td class="nowrap">${date(s.start)} – ${date(s.finish)}</td>
                      <td class="nowrap">${term(s.status, lang)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
    }
  </section>`;
}

export function decisionText(d: Decision, lang: Language): string {
  const w = SUMMARY[lang];
  switch (d.kind) {
    case 'gate':
      return w.decisionGate(d.gate[lang], d.phase[lang], formatDate(d.due, lang), d.checked, d.total);
    case 'vendor-confirm':
      return w.decisionVendorConfirm(d.vendor);
    case 'vendor-differs':
      return w.decisionVendorDiffers(d.chosen, d.winner);
    case 'template':
      return w.decisionTemplate(d.current[lang], d.recommended[lang]);
    case 'budget':
      return w.decisionBudget(
        formatMoney(d.investment, d.currency, lang),
        d.years,
        formatPercent(d.probabilityPositive, lang),
        d.probabilityPositive >= CONFIDENT,
      );
    case 'mode':
      return w.decisionMode(d.title[lang], term(d.stated, lang), d.derived[lang]);
    case 'risk':
      return w.decisionRisk(d.risk, d.score);
    case 'blocked':
      return w.decisionBlocked(d.tasks.map((t) => pick(t, lang)));
  }
}
