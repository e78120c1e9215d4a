/**
 * The task chart as static SVG, drawn on the server (and by the workshop from the draft) so a
 * steering committee can read it on a projector and on paper: a label column with every
 * title in full (wrapped, never cut), a month axis in readable type, one bar per task filled
 * to its percent complete, the critical path outlined, the baseline as a thin bar under the
 * task when one is chosen, dependency arrows, gates and milestones as diamonds, the status
 * date, and a legend. Colours come from CSS classes (styles/charts.css; standaloneSvg writes
 * them into a downloaded file). Every value is escaped by the html template.
 */
import type { GanttRow } from '../core/plan/gantt-data.ts';
import { isWide, languageTag } from '../core/shared/text.ts';
import type { Language } from '../schemas/generated/types.ts';
import { TASK_CHART_WORDS } from '../i18n/roadmap.ts';
import { html, type Safe } from './html.ts';
import { monthTicks } from './svg-charts.ts';
import { DAY, dayTime as time, round } from './svg-units.ts';

/** The width the chart is drawn at unless it is told the width it gets; narrower, it is scaled down. */
export const TASK_CHART_WIDTH = 1200;
/** A page without script draws a second chart at this width for screens of 1,700 px and more (a 1920 screen's column). */
export const WIDE_SCREEN_CHART = 1860;
/** From this width up the label column is wider, so titles take fewer lines. */
const WIDE_FROM = 1600;
/** The label column: titles wrap inside it at this many Latin-letter widths (a Chinese character counts two). */
const LABEL_WIDTH = 380;
const WRAP_AT = 40;
const WIDE_LABEL_WIDTH = 500;
const WIDE_WRAP_AT = 56;
const LINE = 19;
const PAD = 10;
const AXIS = 30;
const BAR = 14;

/**
 * A title in lines of at most `width` Latin-letter widths: Latin text breaks at spaces (a word
 * longer than a line breaks inside), Chinese between any two characters. Nothing is dropped.
 */
export function wrapTitle(text: string, width = WRAP_AT): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    const w = [...token].reduce((sum, ch) => sum + (isWide(ch) ? 2 : 1), 0);
    if (token.trim() === '') {
      if (used > 0 && used + 1 <= width) {
        line += ' ';
        used += 1;
      }
      continue;
    }
    if (used + w > width && used > 0) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    if (w > width) {
      // One word longer than a line: cut it into line-sized pieces, keeping every letter.
      for (const ch of token) {
        const cw = isWide(ch) ? 2 : 1;
        if (used + cw > width) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += ch;
        used += cw;
      }
      continue;
    }
    line += token;
    used += w;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** Runs of narrow letters, single wide characters and single spaces: the places a line may break. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const ch of text) {
    if (ch === ' ' || isWide(ch)) {
      if (run) out.push(run);
      run = '';
      out.push(ch);
    } else run += ch;
  }
  if (run) out.push(run);
  return out;
}

export interface TaskChartInput {
  lang: Language;
  rows: readonly GanttRow[];
  /** The status date, drawn as a dashed line when it falls inside the chart. */
  asOf?: string;
  /** The chart's name, for its title and label. */
  title: string;
  /** Unique on the page: it names the arrowhead the links refer to. */
  id: string;
  /**
   * The width in CSS pixels the chart will be shown at. Drawn at that width its type stays at
   * its size on a large screen and the time line takes the room; below TASK_CHART_WIDTH the
   * chart is drawn at that and scaled down.
   */
  width?: number | undefined;
}

interface Placed {
  row: GanttRow;
  lines: string[];
  top: number;
  height: number;
  mid: number;
}

/** The task chart of `rows` (one phase, or every task of a short plan). */
export function taskChart({ lang, rows, asOf, title, id, width }: TaskChartInput): Safe {
  const words = TASK_CHART_WORDS[lang];
  const chartWidth = Math.max(TASK_CHART_WIDTH, Math.round(width ?? TASK_CHART_WIDTH));
  const wide = chartWidth >= WIDE_FROM;
  const labelWidth = wide ? WIDE_LABEL_WIDTH : LABEL_WIDTH;
  const placed: Placed[] = [];
  let y = AXIS;
  for (const row of rows) {
    const lines = wrapTitle(`${row.number}. ${row.title}`, wide ? WIDE_WRAP_AT : WRAP_AT);
    const height = Math.max(BAR + 2 * PAD, lines.length * LINE + PAD);
    placed.push({ row, lines, top: y, height, mid: y + height / 2 });
    y += height;
  }
  const bottom = y;
  const hasBaseline = rows.some((r) => r.baseline);
  const dates = rows.flatMap((r) => [r.start, r.finish, ...(r.baseline ? [r.baseline.start, r.baseline.finish] : [])]);
  const first = time(dates.reduce((a, b) => (b < a ? b : a), dates[0] ?? '2000-01-01'));
  const last = time(dates.reduce((a, b) => (b > a ? b : a), dates[0] ?? '2000-01-01')) + DAY;
  const left = labelWidth + 12;
  // Room right of the last bar for its percent or gate readiness.
  const right = chartWidth - 96;
  const x = (t: number) => left + ((t - first) / (last - first || 1)) * (right - left);
  const byId = new Map(placed.map((p) => [p.row.id, p]));

  const grid = ticks(first, last, lang).map(
    (tick) =>
      html`<g
        ><line
          class="chart-grid"
          x1="${round(x(tick.at))}"
          x2="${round(x(tick.at))}"
          y1="${AXIS - 6}"
          y2="${bottom}"
        ></line
        ><text class="chart-label task-axis" x="${round(x(tick.at))}" y="${AXIS - 10}" text-anchor="middle"
          >${tick.label}</text
        ></g
      >`,
  );

  // Every other row shaded, under the grid and the bars, so a long row reads across.
  const stripes = placed
    .filter((_, i) => i % 2 === 1)
    .map(
      ({ top, height }) =>
        html`<rect class="task-stripe" x="0" y="${top}" width="${chartWidth}" height="${height}"></rect>`,
    );
  const bars = placed.map(({ row, lines, top, height, mid }) => {
    const x0 = x(time(row.start));
    const x1 = x(time(row.finish) + DAY);
    const state = row.state ?? 'not-started';
    const percent = row.state === 'done' ? 100 : (row.percent ?? 0);
    const label = lines.map(
      (line, k) =>
        html`<tspan x="8" y="${round(top + PAD / 2 + LINE * (k + 1) - 4 + (height - lines.length * LINE - PAD) / 2)}"
          >${line}</tspan
        >`,
    );
    const tip = `${row.number}. ${row.title}: ${row.milestone ? row.start : `${row.start} – ${row.finish}`}`;
    const facts = row.readiness
      ? words.readiness(row.readiness.checked, row.readiness.total)
      : row.percent !== undefined
        ? `${Math.round(row.percent)}%`
        : '';
    const baseline =
      row.baseline &&
      html`<rect
        class="task-baseline"
        x="${round(x(time(row.baseline.start)))}"
        y="${round(mid + BAR / 2 + 1)}"
        width="${round(Math.max(2, x(time(row.baseline.finish) + DAY) - x(time(row.baseline.start))))}"
        height="4"
        ><title>${words.baselineTip(row.baseline.start, row.baseline.finish)}</title></rect
      >`;
    const shape = row.milestone
      ? html`<path
          class="task-milestone state-${state}${row.critical ? ' critical' : ''}${row.gate ? ' gate' : ''}"
          data-task="${row.id}"
          d="M ${round(x1)} ${round(mid - 8)} l 8 8 l -8 8 l -8 -8 z"
          ><title>${tip}</title></path
        >`
      : html`<rect
            class="task-bar state-${state}${row.critical ? ' critical' : ''}"
            data-task="${row.id}"
            x="${round(x0)}"
            y="${round(mid - BAR / 2)}"
            width="${round(Math.max(2, x1 - x0))}"
            height="${BAR}"
            rx="3"
            ><title>${tip}</title></rect
          >${
            percent > 0 && percent < 100
              ? html`<rect
                  class="task-progress"
                  x="${round(x0)}"
                  y="${round(mid - BAR / 2)}"
                  width="${round(((x1 - x0) * percent) / 100)}"
                  height="${BAR}"
                  rx="3"
                ></rect>`
              : ''
          }`;
    return html`<g class="task-row"
      ><text class="chart-label task-title${row.critical ? ' critical' : ''}">${label}</text>${shape}${baseline}${
        facts
          ? html`<text class="chart-facts" x="${round(x1 + (row.milestone ? 12 : 6))}" y="${round(mid + 5)}"
              >${facts}</text
            >`
          : ''
      }</g
    >`;
  });

  // Finish-to-start arrows between tasks both in the chart: down (or up) out of the end of the
  // predecessor's bar, so the percent beside the bar stays clear, then across into the
  // successor's start; around, between the rows, when the successor starts earlier (a lead).
  const links = placed.flatMap(({ row, mid }) =>
    row.after.flatMap((predecessor) => {
      const from = byId.get(predecessor);
      if (!from) return [];
      const down = mid > from.mid;
      const fx = x(time(from.row.finish) + DAY) - (from.row.milestone ? 0 : 3);
      const fy = from.mid + (down ? 1 : -1) * (from.row.milestone ? 8 : BAR / 2);
      const tx = row.milestone ? x(time(row.finish) + DAY) - 8 : x(time(row.start));
      let d: string;
      if (row.milestone && Math.abs(tx + 8 - fx) < 4) {
        d = `M ${round(tx + 8)} ${round(fy)} V ${round(down ? mid - 9 : mid + 9)}`;
      } else if (tx - 4 >= fx) {
        d = `M ${round(fx)} ${round(fy)} V ${round(mid)} H ${round(tx - 1)}`;
      } else {
        const between = down ? mid - BAR : mid + BAR;
        d = `M ${round(fx)} ${round(fy)} V ${round(between)} H ${round(tx - 8)} V ${round(mid)} H ${round(tx - 1)}`;
      }
      return [html`<path class="task-link" d="${d}" marker-end="url(#${id}-arrow)"></path>`];
    }),
  );

  const status =
    asOf && time(asOf) >= first && time(asOf) <= last
      ? html`<line
          class="chart-status"
          x1="${round(x(time(asOf) + DAY / 2))}"
          x2="${round(x(time(asOf) + DAY / 2))}"
          y1="${AXIS - 6}"
          y2="${bottom}"
          ><title>${words.asOf(asOf)}</title></line
        >`
      : '';

  // The legend, in one row under the chart: what each colour and shape means.
  const entries: { swatch: Safe; text: string }[] = [
    { swatch: html`<rect class="task-bar state-done" width="18" height="10" rx="2"></rect>`, text: words.done },
    {
      swatch: html`<rect class="task-bar state-active" width="18" height="10" rx="2"></rect
        ><rect class="task-progress" width="9" height="10" rx="2"></rect>`,
      text: words.active,
    },
    { swatch: html`<rect class="task-bar state-blocked" width="18" height="10" rx="2"></rect>`, text: words.blocked },
    {
      swatch: html`<rect class="task-bar state-not-started" width="18" height="10" rx="2"></rect>`,
      text: words.notStarted,
    },
    {
      swatch: html`<rect class="task-bar state-not-started critical" width="18" height="10" rx="2"></rect>`,
      text: words.critical,
    },
    {
      swatch: html`<path class="task-milestone state-not-started" d="M 9 -1 l 6 6 l -6 6 l -6 -6 z"></path>`,
      text: words.milestone,
    },
    ...(hasBaseline
      ? [{ swatch: html`<rect class="task-baseline" y="3" width="18" height="4"></rect>`, text: words.baseline }]
      : []),
    ...(status
      ? [{ swatch: html`<line class="chart-status" x1="9" x2="9" y1="-2" y2="12"></line>`, text: words.statusDate }]
      : []),
  ];
  let lx = 8;
  let ly = bottom + 22;
  const legend = entries.map(({ swatch, text }) => {
    const w = 30 + text.length * (lang === 'zh' ? 15 : 7.4) + 16;
    if (lx + w > chartWidth - 8) {
      lx = 8;
      ly += 22;
    }
    const at = html`<g transform="translate(${round(lx)} ${ly})"
      >${swatch}<text class="chart-label" x="26" y="10">${text}</text></g
    >`;
    lx += w;
    return at;
  });
  const height = ly + 20;
  const label = words.chartLabel(title);
  return html`<svg class="task-chart" viewBox="0 0 ${chartWidth} ${round(height)}" role="img" aria-label="${label}">
    <title>${label}</title>
    <defs>
      <marker
        id="${id}-arrow"
        viewBox="0 0 8 8"
        refX="7"
        refY="4"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path class="task-arrow" d="M 0 0 L 8 4 L 0 8 z"></path>
      </marker>
    </defs>
    ${stripes}${grid}${bars}${links}${status}
    <line class="chart-axis" x1="${left}" x2="${left}" y1="${AXIS - 6}" y2="${bottom}"></line>
    <g class="task-legend" aria-hidden="true">${legend}</g>
  </svg>`;
}

/**
 * Month ticks for a long span; for one of a few months, every Monday (every other Monday past
 * two months) with its day, so a phase of five weeks still has a date to read its bars by.
 */
function ticks(first: number, last: number, lang: Language): { at: number; label: string }[] {
  const days = (last - first) / DAY;
  if (days > 100) return monthTicks(isoOf(first), isoOf(last), lang);
  const step = days > 60 ? 14 : 7;
  const format = new Intl.DateTimeFormat(languageTag(lang), { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const out: { at: number; label: string }[] = [];
  // 1970-01-05 was a Monday: the first Monday on or after the chart's first day.
  const monday = first + ((((4 - Math.floor(first / DAY)) % 7) + 7) % 7) * DAY;
  for (let at = monday; at <= last; at += step * DAY) out.push({ at, label: format.format(new Date(at)) });
  return out;
}

function isoOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** One task chart per phase of the rows given (a phase without rows gets none): a long plan's charts. */
export function taskChartsByPhase(
  phases: readonly { id: string; title: string }[],
  rows: readonly GanttRow[],
  { lang, asOf, id, width }: { lang: Language; asOf?: string | undefined; id: string; width?: number | undefined },
): { key: string; title: string; rows: GanttRow[]; svg: Safe }[] {
  return phases
    .map((p) => ({ key: p.id, title: p.title, rows: rows.filter((r) => r.phase === p.id) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => ({
      ...g,
      svg: taskChart({ lang, rows: g.rows, ...(asOf ? { asOf } : {}), title: g.title, id: `${id}-${g.key}`, width }),
    }));
}
