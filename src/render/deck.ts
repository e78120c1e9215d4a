/**
 * The executive summary as a PowerPoint deck (pptxgenjs), for the sponsor who reads slides:
 * title, standing, decisions, vendor, ROI, risk heat map, roadmap, next steps and sources,
 * each built from the summary's own view model (core/views/summary-view.ts) and worded as the
 * summary page words it (i18n/summary.ts, render/summary-html.ts), so no figure is
 * computed twice. Tables, the cash-flow chart and the roadmap bars are native PowerPoint
 * objects a consultant can edit. No DOM and no file system: the bytes come back, in Node and
 * in the browser alike.
 *
 * User text is only ever text: XML-special characters are escaped by pptxgenjs, characters XML
 * cannot carry become U+FFFD (core/shared/text.ts NOT_XML_TEXT), and text too long for its box is cut
 * with an ellipsis while the slide's speaker notes keep it whole.
 */
import { hexOf } from '../design/tokens.ts';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { formatScore } from '../core/assess/explain.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../i18n/lib/format.ts';
import { shortLabel } from '../core/plan/gantt-data.ts';
import { pick } from '../core/plan/plan-text.ts';
import { esc } from './html.ts';
import { decisionText, sourceHref, sourceName } from './summary-html.ts';
import type { ExecutiveSummary, Source } from '../core/views/summary-view.ts';
import { NOT_XML_TEXT } from '../core/shared/text.ts';
import { DECK } from '../i18n/deck.ts';
import { ROADMAP_WORDS } from '../i18n/roadmap.ts';
import { SUMMARY } from '../i18n/summary.ts';
import { term } from '../i18n/ui.ts';
import type { Language, LocalizedText } from '../schemas/generated/types.ts';
import { DAY, dayTime as time } from './svg-units.ts';

/** One vendor of the ranking table, as the vendor engine ranks them (src/render/deck-input.ts). */
export interface RankedVendor {
  name: string;
  rank?: number;
  total?: number;
  knockedOut: number;
  incomplete: boolean;
  chosen: boolean;
}

export interface DeckOptions {
  lang: Language;
  /** The day the deck is made (YYYY-MM-DD). */
  today: string;
  /** Every vendor, ranked first; the summary itself names only the chosen one and the runner-up. */
  ranking?: readonly RankedVendor[];
  /** Base URL of the published crmkit site: the sources slide then links to its pages. */
  site?: string | undefined;
}

const INK = hexOf('ink');
const SOFT = hexOf('inkSoft');
const TEAL = hexOf('accent');
const RUST = hexOf('warn');
const TRACK = hexOf('track');
const HEAD = hexOf('paper2');
/** The heat-map bands, the colours of the page's band-* classes (design/tokens.ts). */
const BAND: Record<string, string> = {
  'low-risk': hexOf('bandLow'),
  'medium-risk': hexOf('bandMedium'),
  'high-risk': hexOf('bandHigh'),
  'critical-risk': hexOf('bandCritical'),
};
/** 16:9, 13.33 × 7.5 inches. */
const W = 13.333;
const MARGIN = 0.5;
const BODY_TOP = 1.25;
const BODY_W = W - 2 * MARGIN;
/** Rows of a table beyond this go to the notes, so no table runs off its slide. */
const MAX_ROWS = 10;

/** Text as XML can carry it; everything else pptxgenjs escapes. */
const clean = (text: string): string => text.replace(NOT_XML_TEXT, '\uFFFD');

/** One slide with its title, its notes (kept whole), and the shared font and language. */
class SlideWriter {
  readonly slide: PptxGenJS.Slide;
  private readonly notes: string[] = [];
  private readonly cut: string[] = [];
  private readonly lang: Language;

  constructor(deck: PptxGenJS, lang: Language, title: string) {
    this.lang = lang;
    this.slide = deck.addSlide();
    this.text(title, { x: MARGIN, y: 0.35, w: BODY_W, h: 0.75, fontSize: 28, bold: true, color: INK }, 90);
  }

  get base(): PptxGenJS.TextPropsOptions {
    const d = DECK[this.lang];
    return { fontFace: d.font, lang: d.tag, color: INK };
  }

  /** `text` cut to `width` (Latin letters; a Chinese character counts two), the whole of it noted when cut. */
  fit(text: string, width: number): string {
    const full = clean(text);
    const short = shortLabel(full, width);
    if (short !== full.replace(/\s+/g, ' ').trim()) this.cut.push(full);
    return short;
  }

  text(text: string, options: PptxGenJS.TextPropsOptions, width = 400): void {
    this.slide.addText(this.fit(text, width), { ...this.base, valign: 'top', fontSize: 16, ...options });
  }

  /** Lines as paragraphs in one box (each line fitted), bullets or numbers as asked. */
  lines(lines: readonly string[], options: PptxGenJS.TextPropsOptions, kind?: 'bullet' | 'number', width = 400): void {
    if (lines.length === 0) return;
    this.slide.addText(
      lines.map((line, i) => ({
        text: this.fit(line, width),
        options: {
          ...(kind === 'bullet' ? { bullet: true } : kind === 'number' ? { bullet: { type: 'number' as const } } : {}),
          breakLine: i < lines.length - 1,
          paraSpaceAfter: 6,
        },
      })),
      { ...this.base, valign: 'top', fontSize: 16, ...options },
    );
  }

  /** A note for the speaker (never shown on the slide). */
  note(text: string): void {
    this.notes.push(clean(text));
  }

  /** A native table; rows past MAX_ROWS are left to the notes with a line saying so. */
  table(header: readonly string[], rows: PptxGenJS.TableRow[], options: PptxGenJS.TableProps): number {
    const shown = rows.slice(0, MAX_ROWS);
    const head = header.map((h) => ({ text: this.fit(h, 40), options: { bold: true, fill: { color: HEAD } } }));
    const all = [head, ...shown];
    this.slide.addTable(all, {
      ...this.base,
      fontSize: 12,
      border: { type: 'solid', pt: 0.5, color: 'C9D1DF' },
      valign: 'middle',
      margin: 0.05,
      ...options,
    });
    const rowH = typeof options.rowH === 'number' ? options.rowH : 0.4;
    const bottom = (options.y as number) + all.length * rowH;
    if (rows.length > shown.length) {
      this.text(DECK[this.lang].more(rows.length - shown.length), {
        x: MARGIN,
        y: bottom + 0.05,
        w: BODY_W,
        h: 0.35,
        fontSize: 12,
        color: SOFT,
      });
      for (const row of rows.slice(MAX_ROWS))
        this.note(row.map((c) => (typeof c.text === 'string' ? c.text : '')).join(' · '));
    }
    return bottom + 0.1;
  }

  /** A muted line saying what is missing, where the slide's content would be. */
  missing(text: string): void {
    this.text(text, { x: MARGIN, y: BODY_TOP + 0.2, w: BODY_W, h: 1.2, fontSize: 20, color: SOFT, italic: true });
  }

  finish(): void {
    const notes = [...this.notes];
    if (this.cut.length > 0) notes.push('', DECK[this.lang].fullText, ...this.cut);
    if (notes.length > 0) this.slide.addNotes(notes.join('\n'));
  }
}

const cell = (text: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({ text, options });

export async function deckBytes(summary: ExecutiveSummary, options: DeckOptions): Promise<Uint8Array> {
  const { lang } = options;
  const w = SUMMARY[lang];
  const d = DECK[lang];
  const words = ROADMAP_WORDS[lang];
  const list = lang === 'zh' ? '；' : '; ';
  const score = (v: number | undefined) => (v === undefined ? '–' : formatScore(v, lang));
  const date = (iso: string) => formatDate(iso, lang);
  const years = (v: number | undefined) => (v === undefined ? w.noPayback : w.years(formatNumber(v, lang, 1)));
  const rate = (v: number | undefined) => (v === undefined ? w.noIrr : formatPercent(v, lang));
  const frameworks = new Map<string, LocalizedText>(summary.standing.scores.map((s) => [s.framework, s.title]));

  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.author = 'crmkit';
  // pptxgenjs 4.0.1 writes the company into docProps/app.xml unescaped (the title it escapes).
  deck.company = esc(clean(summary.engagement.client));
  deck.title = clean(w.reportTitle(summary.engagement.title));
  deck.subject = w.title;
  // New text typed into the deck in PowerPoint gets the same font as crmkit's.
  deck.theme = { headFontFace: d.font, bodyFontFace: d.font };
  const slides: SlideWriter[] = [];
  const slide = (title: string) => {
    const s = new SlideWriter(deck, lang, title);
    slides.push(s);
    return s;
  };

  // 1. Title: what, for whom, as of when.
  const { engagement, standing, vendor, roi, risks, roadmap } = summary;
  {
    const s = slide(w.title);
    s.text(engagement.title, { x: MARGIN, y: 2.2, w: BODY_W, h: 1.6, fontSize: 36, bold: true, color: TEAL }, 120);
    const status = roadmap?.asOf ?? engagement.updated;
    s.lines(
      [
        w.preparedFor(engagement.client),
        ...(status ? [w.statusDate(date(status))] : []),
        w.generated(date(options.today)),
      ],
      { x: MARGIN, y: 4.0, w: BODY_W, h: 1.8, fontSize: 20, color: SOFT },
      undefined,
      110,
    );
    s.note(`${engagement.title} · ${w.preparedFor(engagement.client)}`);
  }

  // 2. Standing: every assessment's score against its target, then the readiness and 7-S readings.
  {
    const s = slide(w.standing);
    if (standing.scores.length === 0) s.missing(d.noScores);
    else {
      s.text(w.standingIntro, { x: MARGIN, y: BODY_TOP - 0.1, w: BODY_W, h: 0.45, fontSize: 14, color: SOFT });
      const bottom = s.table(
        [w.assessment, w.score, w.target, w.band],
        standing.scores.map((line) => [
          cell(s.fit(line.title[lang], 50)),
          cell(line.score === undefined ? w.notScored : score(line.score), { align: 'right' }),
          cell(score(line.target), { align: 'right' }),
          cell(s.fit(line.band?.[lang] ?? '', 40)),
        ]),
        { x: MARGIN, y: BODY_TOP + 0.4, w: BODY_W, colW: [5.2, 2.1, 1.6, 3.43], rowH: 0.38 },
      );
      const readings = [
        ...(standing.readiness && standing.readiness.weakest.length > 0
          ? [w.weakest(standing.readiness.weakest.map((e) => `${e.title[lang]} ${score(e.score)}`).join(list))]
          : []),
        ...(standing.sevenS
          ? [
              w.sevenSGroups(standing.sevenS.groups.map((g) => `${g.title[lang]} ${score(g.score)}`).join(list)),
              standing.sevenS.misfits.length === 0
                ? w.noMisfits
                : w.misfits(
                    standing.sevenS.misfits.map((m) => `${m.a[lang]} – ${m.b[lang]} ${score(m.fit)}`).join(list),
                  ),
            ]
          : []),
        ...summary.modes.map((mode) => `${mode.title[lang]}: ${mode.option ? mode.option[lang] : w.undecided}`),
      ];
      s.lines(
        readings,
        { x: MARGIN, y: bottom, w: BODY_W, h: Math.max(0.6, 7.1 - bottom), fontSize: 14 },
        'bullet',
        150,
      );
    }
  }

  // 3. Decisions needed, worded as the summary page words them.
  {
    const s = slide(w.decisions);
    if (summary.decisions.length === 0) s.missing(w.noDecisions);
    else {
      const shown = summary.decisions.slice(0, 7).map((x) => decisionText(x, lang));
      s.lines(shown, { x: MARGIN, y: BODY_TOP, w: BODY_W, h: 5.7, fontSize: 18 }, 'number', 180);
      for (const x of summary.decisions.slice(7)) s.note(decisionText(x, lang));
    }
  }

  // 4. Vendor: the ranking as a table, the chosen vendor and what stands against it.
  {
    const s = slide(w.vendor);
    const ranking = options.ranking ?? [];
    if (!vendor && ranking.length === 0) s.missing(w.noVendor);
    else {
      let y = BODY_TOP;
      if (vendor) {
        const lines = [
          (vendor.chosen ? w.vendorChosen : w.vendorLeading)(vendor.name, formatScore(vendor.total, lang)) +
            (vendor.chosenNotWinner
              ? ` ${w.vendorChosenNotWinner(vendor.chosenNotWinner.winner, formatScore(vendor.chosenNotWinner.winnerTotal, lang))}`
              : ''),
          ...(vendor.knockedOut.length > 0
            ? [
                w.vendorKnockedOut(
                  vendor.knockedOut.map((k) => k[lang]),
                  vendor.noneQualifies,
                ),
              ]
            : []),
          ...(vendor.weightsDisputed ? [w.vendorWeightsDisputed(vendor.weightsDisputed.pairs)] : []),
          ...(vendor.rationale ? [`${w.vendorRationale} ${vendor.rationale}`] : []),
        ];
        s.lines(lines, { x: MARGIN, y, w: BODY_W, h: 1.6, fontSize: 15 }, 'bullet', 200);
        y += 1.7;
      }
      if (ranking.length > 0) {
        const mustHaves = (v: RankedVendor) =>
          v.knockedOut > 0 ? `${d.fails} ${v.knockedOut}` : v.incomplete ? d.incomplete : d.passes;
        s.table(
          [d.rank, d.vendorName, d.fit, d.mustHaves, d.chosen],
          ranking.map((v) => {
            const emphasis = v.chosen ? { bold: true, fill: { color: 'E0F0EE' } } : {};
            return [
              cell(v.rank === undefined ? '–' : String(v.rank), { align: 'center', ...emphasis }),
              cell(s.fit(v.name, 60), emphasis),
              cell(v.total === undefined ? '–' : formatScore(v.total, lang), { align: 'right', ...emphasis }),
              cell(mustHaves(v), emphasis),
              cell(v.chosen ? '✓' : '', { align: 'center', ...emphasis }),
            ];
          }),
          { x: MARGIN, y, w: BODY_W, colW: [1.0, 6.0, 1.8, 2.4, 1.13], rowH: 0.36 },
        );
      }
      if (vendor) s.note(sourceName(vendor.source, lang, frameworks));
    }
  }

  // 5. ROI: the headline figures as a table, and the cumulative cash flow as a native bar chart.
  {
    const s = slide(w.roi);
    if (!roi) s.missing(w.noRoi);
    else if (roi.empty) s.missing(w.roiEmpty);
    else {
      const money = (v: number) => formatMoney(v, roi.currency, lang);
      const ra = roi.riskAdjusted;
      const rows: [string, string, string | undefined][] = [
        [w.npv, money(roi.npv), ra && money(ra.npv)],
        [d.irr, rate(roi.irr), ra && rate(ra.irr)],
        [w.payback, years(roi.payback), ra && years(ra.payback)],
        ...(roi.roiPercent !== undefined ? [[d.roiPercent, formatPercent(roi.roiPercent / 100, lang), undefined]] : []),
        ...(roi.presentRoiPercent !== undefined
          ? [[d.presentRoiPercent, formatPercent(roi.presentRoiPercent / 100, lang), undefined]]
          : []),
      ] as [string, string, string | undefined][];
      const bottom = s.table(
        ra ? [d.figure, d.base, d.riskAdjusted] : [d.figure, d.base],
        rows.map(([label, base, adjusted]) => [
          cell(label),
          cell(base, { align: 'right' }),
          ...(ra ? [cell(adjusted ?? '–', { align: 'right' })] : []),
        ]),
        { x: MARGIN, y: BODY_TOP, w: 5.6, colW: ra ? [2.2, 1.7, 1.7] : [2.8, 2.8], rowH: 0.42 },
      );
      s.text(
        w.rangeLine(
          money(roi.range.p10),
          money(roi.range.p90),
          formatPercent(roi.range.probabilityPositive, lang),
          formatNumber(roi.range.runs, lang, 0),
        ),
        { x: MARGIN, y: bottom + 0.1, w: 5.6, h: 1.4, fontSize: 13, color: SOFT },
      );
      const unit = roi.currency;
      s.slide.addChart(
        'bar',
        [
          {
            name: clean(`${w.cumulative} (${unit})`),
            labels: roi.cumulative.map((_, i) => w.year(i)),
            values: roi.cumulative,
          },
        ],
        {
          x: 6.4,
          y: BODY_TOP,
          w: 6.43,
          h: 5.6,
          barDir: 'col',
          chartColors: [TEAL],
          showTitle: true,
          title: clean(`${w.cashChartLabel} (${unit})`),
          titleFontFace: d.font,
          titleFontSize: 14,
          titleColor: INK,
          showValue: true,
          dataLabelFormatCode: '#,##0',
          dataLabelFontFace: d.font,
          dataLabelFontSize: 9,
          valAxisLabelFormatCode: '#,##0',
          valAxisLabelFontFace: d.font,
          catAxisLabelFontFace: d.font,
          valAxisLabelFontSize: 10,
          catAxisLabelFontSize: 10,
          showLegend: false,
        },
      );
      s.note(w.roiLine(formatMoney(roi.npv, roi.currency, lang), rate(roi.irr), years(roi.payback), roi.years));
      roi.cumulative.forEach((v, i) => s.note(`${w.year(i)}: ${money(v)}`));
    }
  }

  // 6. Top risks: the heat map as a table of coloured cells holding the risk ranks, then the list.
  {
    const s = slide(w.risks);
    if (!risks) s.missing(w.noRisks);
    else {
      s.text(
        w.risksIntro(risks.top.length, risks.count, String(risks.exposure.current), String(risks.exposure.residual)),
        { x: MARGIN, y: BODY_TOP - 0.1, w: BODY_W, h: 0.45, fontSize: 14, color: SOFT },
      );
      const columns = risks.heatMap[0] ?? [];
      const header = [
        cell(''),
        ...columns.map((c) => cell(`${w.impact} ${c.impact}`, { bold: true, align: 'center' })),
      ];
      const grid = risks.heatMap.map((row) => [
        cell(`${w.likelihood} ${row[0]?.likelihood ?? ''}`, { bold: true }),
        ...row.map((c) =>
          cell(
            [String(c.score), c.risks.map((id) => `#${risks.rankOf[id] ?? '?'}`).join(' ')].filter(Boolean).join('\n'),
            {
              align: 'center',
              fill: { color: BAND[c.band?.id ?? ''] ?? 'FFFFFF' },
              bold: c.risks.length > 0,
            },
          ),
        ),
      ]);
      const heatW = 5.4;
      s.slide.addTable([header, ...grid], {
        ...s.base,
        x: MARGIN,
        y: BODY_TOP + 0.5,
        w: heatW,
        colW: [1.4, ...columns.map(() => (heatW - 1.4) / Math.max(1, columns.length))],
        rowH: 0.62,
        fontSize: 11,
        border: { type: 'solid', pt: 0.75, color: 'FFFFFF' },
        valign: 'middle',
      });
      s.text(w.heatCaption, { x: MARGIN, y: 6.6, w: heatW, h: 0.6, fontSize: 11, color: SOFT });
      s.table(
        ['#', w.risk, w.score, w.residual, w.owner],
        risks.top.map((r) => [
          cell(String(r.rank), { align: 'center' }),
          cell(s.fit(r.title, 44)),
          cell(`${r.score}${r.band ? ` ${r.band[lang]}` : ''}`, { fill: { color: BAND[r.bandId ?? ''] ?? 'FFFFFF' } }),
          cell(r.residual === undefined ? '–' : String(r.residual), { align: 'right' }),
          cell(r.owner ? term(r.owner, lang) : ''),
        ]),
        { x: 6.2, y: BODY_TOP + 0.5, w: 6.63, colW: [0.45, 3.0, 1.35, 0.9, 0.93], rowH: 0.5, fontSize: 11 },
      );
      for (const r of risks.top) s.note(`#${r.rank} ${r.title}`);
    }
  }

  // 7. Roadmap: one row of native shapes per phase on a time line, dates and gate in words beside.
  {
    const s = slide(w.roadmap);
    if (!roadmap) s.missing(summary.noPlan ? w.noPlanSteps[summary.noPlan] : w.noPlan);
    else {
      s.text(w.roadmapIntro(date(roadmap.start), date(roadmap.end), date(roadmap.forecastEnd), roadmap.slip), {
        x: MARGIN,
        y: BODY_TOP - 0.1,
        w: BODY_W,
        h: 0.45,
        fontSize: 14,
        color: SOFT,
      });
      const labelW = 4.3;
      const left = MARGIN + labelW + 0.1;
      const right = W - MARGIN - 0.2;
      const top = BODY_TOP + 0.55;
      const rowH = Math.min(0.95, 4.9 / Math.max(1, roadmap.phases.length));
      const first = Math.min(time(roadmap.start), ...roadmap.phases.map((p) => time(p.forecastStart)));
      const last = Math.max(time(roadmap.end), time(roadmap.forecastEnd)) + DAY;
      const x = (t: number) => left + ((t - first) / (last - first || 1)) * (right - left);
      const clamp = (v: number) => Math.max(0, Math.min(100, v));
      const percent = (p: number) => formatPercent(p / 100, lang, 0);
      roadmap.phases.forEach((p, i) => {
        const y = top + i * rowH;
        s.text(`${i + 1}. ${p.title[lang]}`, { x: MARGIN, y, w: labelW, h: rowH * 0.45, fontSize: 12, bold: true }, 40);
        s.text(
          `${date(p.forecastStart)} – ${date(p.forecastFinish)} · ${words.done(percent(p.percent))} · ${words.gateReadiness(p.gate.checked, p.gate.total)}${p.gate.decision ? ` · ${term(p.gate.decision, lang)}` : ''}`,
          { x: MARGIN, y: y + rowH * 0.42, w: labelW, h: rowH * 0.5, fontSize: 9, color: SOFT },
          120,
        );
        const x0 = x(time(p.start));
        const x1 = x(time(p.finish) + DAY);
        const barH = rowH * 0.38;
        s.slide.addShape('rect', {
          x: x0,
          y: y + rowH * 0.1,
          w: Math.max(0.02, x1 - x0),
          h: barH,
          fill: { color: TRACK },
          line: { color: SOFT, width: 0.5 },
        });
        if (p.percent > 0)
          s.slide.addShape('rect', {
            x: x0,
            y: y + rowH * 0.1,
            w: Math.max(0.02, ((x1 - x0) * clamp(p.percent)) / 100),
            h: barH,
            fill: { color: TEAL },
          });
        const f0 = x(time(p.forecastStart));
        const f1 = x(time(p.forecastFinish) + DAY);
        s.slide.addShape('rect', {
          x: f0,
          y: y + rowH * 0.1 + barH + 0.04,
          w: Math.max(0.02, f1 - f0),
          h: Math.min(0.1, rowH * 0.12),
          fill: { color: RUST },
        });
        s.slide.addShape('diamond', {
          x: x1 - 0.1,
          y: y + rowH * 0.1 + barH / 2 - 0.1,
          w: 0.2,
          h: 0.2,
          fill: { color: INK },
        });
        s.note(
          `${i + 1}. ${p.title[lang]}: ${d.baseline} ${date(p.start)} – ${date(p.finish)}; ${d.forecast} ${date(p.forecastStart)} – ${date(p.forecastFinish)}; ${p.gate.title[lang]}`,
        );
      });
      const axisY = top + roadmap.phases.length * rowH;
      s.slide.addShape('line', { x: left, y: axisY, w: right - left, h: 0, line: { color: SOFT, width: 0.75 } });
      const asOf = time(roadmap.asOf);
      if (asOf >= first && asOf <= last) {
        const ax = x(asOf + DAY / 2);
        s.slide.addShape('line', {
          x: ax,
          y: top - 0.1,
          w: 0,
          h: axisY - top + 0.1,
          line: { color: RUST, width: 1.5, dashType: 'dash' },
        });
        s.text(`${w.asOf} ${date(roadmap.asOf)}`, {
          x: ax - 1,
          y: axisY + 0.3,
          w: 2,
          h: 0.3,
          fontSize: 9,
          align: 'center',
          color: RUST,
        });
      }
      s.text(date(roadmap.start), { x: left - 0.2, y: axisY + 0.02, w: 1.6, h: 0.3, fontSize: 9, color: SOFT });
      s.text(date(new Date(last - DAY).toISOString().slice(0, 10)), {
        x: right - 1.4,
        y: axisY + 0.02,
        w: 1.6,
        h: 0.3,
        fontSize: 9,
        color: SOFT,
        align: 'right',
      });
      s.text(d.roadmapKey, { x: MARGIN, y: 6.75, w: BODY_W, h: 0.45, fontSize: 10, color: SOFT });
    }
  }

  // 8. Next steps: blocked work first, then what is in progress and what starts next.
  {
    const s = slide(w.nextSteps);
    if (summary.noPlan) s.missing(w.noPlanSteps[summary.noPlan]);
    else if (summary.nextSteps.length === 0) s.missing(w.noNextSteps);
    else
      s.table(
        [w.task, w.owner, w.dates, w.status],
        summary.nextSteps.map((step) => [
          cell(s.fit(pick(step.title, lang), 70)),
          cell(term(step.owner, lang)),
          cell(`${date(step.start)} – ${date(step.finish)}`),
          cell(term(step.status, lang), step.status === 'blocked' ? { bold: true, color: RUST } : {}),
        ]),
        { x: MARGIN, y: BODY_TOP, w: BODY_W, colW: [5.6, 2.4, 2.8, 1.53], rowH: 0.45 },
      );
  }

  // 9. Sources: the page each slide's figures come from, linked when the site's address is known.
  {
    const s = slide(w.sourcesTitle);
    const site = options.site?.replace(/\/+$/, '');
    // Each slide names its pages; the standing slide has one per assessment.
    const rows: [string, Source[]][] = [
      ...(standing.scores.length > 0
        ? [[w.standing, standing.scores.map((line) => line.source)] as [string, Source[]]]
        : []),
      ...(summary.modes[0] ? [[w.approach, [summary.modes[0].source]] as [string, Source[]]] : []),
      ...(vendor ? [[w.vendor, [vendor.source]] as [string, Source[]]] : []),
      ...(roi ? [[w.roi, [roi.source]] as [string, Source[]]] : []),
      ...(risks ? [[w.risks, [risks.source]] as [string, Source[]]] : []),
      ...(roadmap ? [[w.roadmap, [roadmap.source]] as [string, Source[]]] : []),
      ...(roadmap ? [[w.nextSteps, [{ page: 'tracking' }]] as [string, Source[]]] : []),
    ];
    const href = (source: Source) => (site ? `${site}${sourceHref(lang, engagement.id, source)}` : undefined);
    if (rows.length === 0) s.missing(d.noScores);
    else
      s.table(
        [d.section, d.sourcePage],
        rows.map(([section, sources]) => {
          const names = sources.map((source) => sourceName(source, lang, frameworks));
          const url = sources.length === 1 && sources[0] ? href(sources[0]) : undefined;
          const name = s.fit(names.join(list), 300);
          return [cell(s.fit(section, 60)), cell(name, url ? { hyperlink: { url }, color: TEAL } : {})];
        }),
        { x: MARGIN, y: BODY_TOP, w: BODY_W, colW: [3.6, 8.73], rowH: 0.5 },
      );
    const summaryUrl = site
      ? `${site}${sourceHref(lang, engagement.id, { page: 'plan' }).replace(/plan\/$/, 'summary/')}`
      : undefined;
    s.text(
      `${w.generated(date(options.today))}${summaryUrl ? ` · ${d.summaryOnSite}: ${summaryUrl}` : ''}`,
      {
        x: MARGIN,
        y: 6.7,
        w: BODY_W,
        h: 0.4,
        fontSize: 11,
        color: SOFT,
      },
      200,
    );
  }

  for (const s of slides) s.finish();
  // pptxgenjs 4.0.1 stores every part uncompressed when asked for bytes (its `compression` reaches
  // only the Blob and stream outputs), so the package is deflated here with the JSZip it is built on.
  const stored = (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(stored);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
