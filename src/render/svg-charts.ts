/**
 * The summary's charts as static SVG, drawn without JavaScript so they show on a page with no
 * islands, in a report opened from disk, and in print. Colours come from CSS classes (the page
 * stylesheet and the report's inlined copy); every chart has a table beside it, so colour and
 * shape are never the only way to read it.
 */
import { formatMoneyShort } from '../i18n/lib/format.ts';
import { shortLabel } from '../core/plan/gantt-data.ts';
import { languageTag } from '../core/shared/text.ts';
import type { Language } from '../schemas/generated/types.ts';
import { html, type Safe } from './html.ts';
import { COLOUR } from '../design/tokens.ts';
import { ROADMAP_WORDS } from '../i18n/roadmap.ts';
import type { PhaseTimeline } from '../core/plan/timeline.ts';
import { DAY, dayTime as time, round } from './svg-units.ts';

const clamp = (v: number) => Math.max(0, Math.min(100, v));

/** A 0–100 score as a bar with the target as a tick; the numbers are in the cells beside it. */
export function scoreBar(score: number | undefined, target: number | undefined): Safe {
  const s = score === undefined ? 0 : clamp(score);
  const t = target === undefined ? undefined : clamp(target);
  return html`<svg class="score-bar" viewBox="0 0 100 12" width="150" height="18" aria-hidden="true" focusable="false">
    <rect class="chart-track" x="0" y="2" width="100" height="8" rx="2"></rect>
    <rect class="chart-done" x="0" y="2" width="${round(s)}" height="8" rx="2"></rect>
    ${t === undefined ? '' : html`<rect class="chart-target" x="${round(Math.max(0, t - 0.75))}" y="0" width="1.5" height="12"></rect>`}
  </svg>`;
}

/** Cumulative net cash flow per year as bars above and below zero, each labelled with its amount. */
export function cashFlowChart(
  cumulative: readonly number[],
  currency: string,
  lang: Language,
  words: { label: string; period: (n: number) => string },
): Safe {
  const label = words.label;
  const width = 640;
  const height = 220;
  const top = 24;
  // Room below the lowest bar for its amount, then the period numbers on their own line.
  const bottom = 48;
  const max = Math.max(0, ...cumulative);
  const min = Math.min(0, ...cumulative);
  const span = max - min || 1;
  const y = (v: number) => top + ((max - v) / span) * (height - top - bottom);
  const slot = width / Math.max(1, cumulative.length);
  const bars = cumulative.map((value, i) => {
    const x = i * slot + slot * 0.2;
    const w = slot * 0.6;
    const y0 = y(0);
    const yv = y(value);
    const labelY = value >= 0 ? yv - 6 : yv + 16;
    return html`<g
      ><rect
        class="${value >= 0 ? 'chart-pos' : 'chart-neg'}"
        x="${round(x)}"
        y="${round(Math.min(y0, yv))}"
        width="${round(w)}"
        height="${round(Math.max(1, Math.abs(yv - y0)))}"
      ></rect
      ><text class="chart-value" x="${round(x + w / 2)}" y="${round(labelY)}" text-anchor="middle"
        >${formatMoneyShort(value, currency, lang)}</text
      ><text class="chart-label" x="${round(x + w / 2)}" y="${height - 6}" text-anchor="middle"
        >${words.period(i)}</text
      ></g
    >`;
  });
  return html`<svg class="cash-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">
    <title>${label}</title>
    <line class="chart-axis" x1="0" x2="${width}" y1="${round(y(0))}" y2="${round(y(0))}"></line>
    ${bars}
  </svg>`;
}

/** Month ticks for a span; every third month once the plan runs past a year, so labels never crowd. */
export function monthTicks(start: string, end: string, lang: Language): { at: number; label: string }[] {
  const from = new Date(time(start));
  const to = time(end);
  const months =
    (new Date(to).getUTCFullYear() - from.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - from.getUTCMonth();
  const step = months > 12 ? 3 : 1;
  const format = new Intl.DateTimeFormat(languageTag(lang), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const out: { at: number; label: string }[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  while (cursor.getTime() <= to) {
    if ((cursor.getUTCMonth() - from.getUTCMonth() - 1 + 120) % step === 0) {
      out.push({ at: cursor.getTime(), label: format.format(cursor) });
    }
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return out;
}

/** The phase roadmap's design width; styles/charts.css shows it at most 48rem wide. */
export const ROADMAP_WIDTH = 720;

/**
 * Phases on a time line: one row each with its number, short title, percent done and gate
 * readiness written above its bar; the bar spans the planned dates, its filled part is the
 * share done, the diamond at its end is the gate, and a dashed line marks the status date.
 */
export function roadmapChart(roadmap: PhaseTimeline, lang: Language, drawWidth = ROADMAP_WIDTH): Safe {
  const words = ROADMAP_WORDS[lang];
  // Wider than its design width when the page has the room (the roadmap island on a large
  // screen): the time line stretches, the type and row heights stay.
  const width = Math.max(ROADMAP_WIDTH, Math.round(drawWidth));
  const row = 46;
  const axis = 26;
  const left = 8;
  const right = width - 16;
  const first = time(roadmap.start);
  const last = Math.max(time(roadmap.end), time(roadmap.forecastEnd)) + DAY;
  const x = (t: number) => left + ((t - first) / (last - first || 1)) * (right - left);
  const height = roadmap.phases.length * row + axis + 8;
  const percent = new Intl.NumberFormat(languageTag(lang), {
    signDisplay: 'negative',
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const rows = roadmap.phases.map((phase, i) => {
    const y = i * row + 6;
    const x0 = x(time(phase.start));
    const x1 = x(time(phase.finish) + DAY);
    const done = x0 + ((x1 - x0) * clamp(phase.percent)) / 100;
    const title = `${i + 1}. ${shortLabel(phase.title[lang], 56)}`;
    const facts = `${words.done(percent.format(phase.percent / 100))} · ${words.gateReadiness(phase.gate.checked, phase.gate.total)}`;
    return html`<g
      ><text class="chart-label" x="${left}" y="${y + 13}"
        >${title}<tspan class="chart-facts" dx="8">${facts}</tspan></text
      ><rect
        class="chart-track"
        x="${round(x0)}"
        y="${y + 20}"
        width="${round(Math.max(2, x1 - x0))}"
        height="14"
        rx="3"
      ></rect
      ><rect
        class="chart-done"
        x="${round(x0)}"
        y="${y + 20}"
        width="${round(Math.max(0, done - x0))}"
        height="14"
        rx="3"
      ></rect
      ><path class="chart-gate" d="M ${round(x1)} ${y + 19} l 8 8 l -8 8 l -8 -8 z"
        ><title>${phase.gate.title[lang]}</title></path
      ></g
    >`;
  });
  const axisY = roadmap.phases.length * row + 10;
  const marks = monthTicks(roadmap.start, roadmap.end, lang).map(
    (tick) =>
      html`<g
        ><line class="chart-grid" x1="${round(x(tick.at))}" x2="${round(x(tick.at))}" y1="0" y2="${axisY}"></line
        ><text class="chart-label" x="${round(x(tick.at))}" y="${axisY + 16}" text-anchor="middle"
          >${tick.label}</text
        ></g
      >`,
  );
  const asOf = x(time(roadmap.asOf) + DAY / 2);
  const showAsOf = time(roadmap.asOf) >= first && time(roadmap.asOf) <= last;
  return html`<svg class="roadmap-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${words.chartLabel}">
    <title>${words.chartLabel}</title>
    ${marks}${
      showAsOf
        ? html`<line class="chart-status" x1="${round(asOf)}" x2="${round(asOf)}" y1="0" y2="${axisY}"
            ><title>${words.asOf}: ${roadmap.asOf}</title></line
          >`
        : ''
    }${rows}
  </svg>`;
}

/**
 * A chart as a file of its own: the namespace, a white background and the chart colours
 * written in, since the page's stylesheet does not travel with a downloaded SVG.
 */
export function standaloneSvg(chart: Safe): string {
  const C = COLOUR;
  const style = [
    `text{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:13px;fill:${C.ink}}`,
    `.chart-track{fill:${C.paper2};stroke:${C.inkSoft};stroke-width:.5}`,
    `.chart-done,.chart-pos{fill:${C.accent}}`,
    `.chart-neg{fill:${C.warn}}`,
    `.chart-target,.chart-gate{fill:${C.ink}}`,
    `.chart-axis{stroke:${C.ink}}`,
    `.chart-grid{stroke:${C.line}}`,
    `.chart-status{stroke:${C.warn};stroke-width:2;stroke-dasharray:5 4}`,
    '.chart-value{font-weight:600}',
    `.chart-facts{fill:${C.inkSoft}}`,
    `.roadmap-chart .chart-label{paint-order:stroke;stroke:${C.paper};stroke-width:4px;stroke-linejoin:round}`,
    '.task-chart text{font-size:15px}',
    `.task-stripe{fill:${C.paper2}}`,
    `.task-bar,.task-milestone{stroke:${C.inkSoft};stroke-width:1}`,
    `.task-bar.state-not-started,.task-bar.state-active{fill:${C.track}}`,
    `.task-bar.state-done,.task-milestone.state-done,.task-progress{fill:${C.accent}}`,
    `.task-bar.state-blocked,.task-milestone.state-blocked{fill:${C.warnSoft};stroke:${C.warn};stroke-width:2}`,
    `.task-milestone.state-not-started,.task-milestone.state-active{fill:${C.ink}}`,
    `.task-bar.critical,.task-milestone.critical{stroke:${C.ink};stroke-width:2.5}`,
    `.task-baseline{fill:${C.quiet}}`,
    `.task-link{fill:none;stroke:${C.inkSoft};stroke-width:1}`,
    `.task-arrow{fill:${C.inkSoft}}`,
    '.flow-chart text{font-size:14px}.flow-title{font-weight:600}',
    `.flow-phase{fill:${C.paper};stroke:${C.accent};stroke-width:1.5}`,
    `.flow-gate{fill:${C.paper2};stroke:${C.ink};stroke-width:1.5}`,
    `.flow-gate.decision-go{fill:${C.accentSoft};stroke:${C.accent}}`,
    `.flow-gate.decision-no-go{fill:${C.warnSoft};stroke:${C.warn};stroke-width:2.5}`,
    `.flow-link{fill:none;stroke:${C.inkSoft};stroke-width:1.5}`,
  ].join('');
  return chart.value
    .replace('<svg ', `<svg xmlns="http://www.w3.org/2000/svg" `)
    .replace(/(<svg[^>]*>)/, `$1<style>${style}</style><rect width="100%" height="100%" fill="${C.paper}"></rect>`);
}
