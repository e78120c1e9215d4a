/**
 * The PowerPoint deck of the executive summary (src/render/deck.ts, `crmkit report --format pptx`):
 * read back as the zip it is, nine slides carry the summary's own figures and names as text,
 * tables, the chart and the roadmap are native objects, the Chinese deck names a CJK font, a
 * blank engagement says what is missing, and hostile text stays text in well-formed XML.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SyntaxValidator } from 'fast-xml-validator';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { runAsync } from '../../src/cli/main.ts';
import { formatMoney } from '../../src/i18n/lib/format.ts';
import { shortLabel } from '../../src/core/plan/gantt-data.ts';
import type { ExecutiveSummary } from '../../src/core/views/summary-view.ts';
import { starterFinance } from '../../src/core/workshop/edit-finance.ts';
import { blankEngagement } from '../../src/core/workshop/edit.ts';
import { engagementToYaml } from '../../src/core/workshop/import-export.ts';
import { DECK } from '../../src/i18n/deck.ts';
import { SUMMARY } from '../../src/i18n/summary.ts';
import { deckInput } from '../../src/render/deck-input.ts';
import { deckBytes } from '../../src/render/deck.ts';
import type { Engagement, Language } from '../../src/schemas/generated/types.ts';
import { sample, shipped, type SampleId } from './assess-helpers.ts';

const content = { frameworks: [...shipped.frameworks.values()], templates: [...shipped.templates.values()] };
const SAMPLES: SampleId[] = ['sony-china-after-sales', 'industrial-equipment-growth', 'singapore-tea-shop-loyalty'];
const TODAY = '2026-06-01';
const tmp = mkdtempSync(join(tmpdir(), 'crmkit-deck-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Deck {
  parts: Map<string, string>;
  /** The text of each slide (1-based index 0 = slide 1), runs decoded, one run per line. */
  slides: string[];
  /** The speaker notes of each slide. */
  notes: string[];
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join('\n');
const numbered = (parts: Map<string, string>, prefix: string) =>
  [...parts.keys()]
    .flatMap((name) => {
      const n = new RegExp(`^${prefix}(\\d+)\\.xml$`).exec(name)?.[1];
      return n ? [[Number(n), name] as const] : [];
    })
    .sort((a, b) => a[0] - b[0])
    .map(([, name]) => parts.get(name) ?? '');

async function readDeck(bytes: Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async('string'));
  }
  return {
    parts,
    slides: numbered(parts, 'ppt/slides/slide').map(runs),
    notes: numbered(parts, 'ppt/notesSlides/notesSlide').map(runs),
  };
}

function expectWellFormed(deck: Deck): void {
  for (const [name, xml] of deck.parts) expect(SyntaxValidator.validate(xml), name).toBe(true);
}

/** No figure ever reads NaN or undefined, on a slide or in its notes. */
function expectNoHoles(deck: Deck): void {
  for (const text of [...deck.slides, ...deck.notes]) expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
}

async function deckOf(engagement: Engagement, lang: Language): Promise<{ deck: Deck; summary: ExecutiveSummary }> {
  const { summary, ranking } = deckInput(engagement, content);
  const bytes = await deckBytes(summary, { lang, today: TODAY, ranking });
  return { deck: await readDeck(bytes), summary };
}

describe('the deck of each sample, in English and Chinese', () => {
  for (const id of SAMPLES) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${id} (${lang}): nine slides with the summary's names and figures, native objects, well-formed`, async () => {
        const engagement = sample(id);
        const { deck, summary } = await deckOf(engagement, lang);
        const w = SUMMARY[lang];
        expect(deck.slides).toHaveLength(9);
        expect(deck.slides[0]).toContain(engagement.title);
        expect(deck.slides[0]).toContain(w.preparedFor(engagement.client.name));
        // NPV, IRR and the rest come from the summary, formatted as the summary page formats them.
        const roi = summary.roi;
        if (!roi) throw new Error('samples have ROI');
        expect(deck.slides[4]).toContain(formatMoney(roi.npv, roi.currency, lang));
        if (roi.riskAdjusted) expect(deck.slides[4]).toContain(formatMoney(roi.riskAdjusted.npv, roi.currency, lang));
        for (const vendor of engagement.vendors ?? []) expect(deck.slides[3]).toContain(shortLabel(vendor.name, 60));
        for (const risk of summary.risks?.top ?? []) {
          expect(deck.slides[5]).toContain(shortLabel(risk.title, 44));
          expect(deck.notes[5]).toContain(risk.title);
        }
        for (const phase of summary.roadmap?.phases ?? []) expect(deck.notes[6]).toContain(phase.title[lang]);
        // Native, editable objects: tables, a bar chart with its data, shapes for the roadmap.
        const slideXml = numbered(deck.parts, 'ppt/slides/slide');
        for (const i of [1, 3, 4, 5, 7, 8]) expect(slideXml[i], `slide ${i + 1}`).toContain('<a:tbl>');
        expect(slideXml[4]).toContain('drawingml/2006/chart');
        const chart = [...deck.parts].find(([name]) => /^ppt\/charts\/chart\d+\.xml$/.test(name))?.[1] ?? '';
        expect(chart).toContain('<c:barChart>');
        expect(chart).toContain(String(roi.cumulative.at(-1)));
        expect(slideXml[5]).toMatch(/srgbClr val="(F7C6C0|FDE0C8|FFF4CC|E4F2E7)"/);
        expect(slideXml[6]).toContain('prst="diamond"');
        expect(slideXml[6]?.match(/prst="rect"/g)?.length ?? 0).toBeGreaterThanOrEqual(
          2 * (summary.roadmap?.phases.length ?? 0),
        );
        // The font and language named on every run, and in the theme for text typed in later.
        const d = DECK[lang];
        expect(slideXml[0]).toContain(`<a:ea typeface="${d.font}"`);
        expect(slideXml[0]).toContain(`lang="${d.tag}"`);
        expect(deck.parts.get('ppt/theme/theme1.xml')).toContain(`<a:latin typeface="${d.font}"/>`);
        expectWellFormed(deck);
        expectNoHoles(deck);
      });
    }
  }

  test('the Chinese deck names a CJK font, the English one a Latin font', async () => {
    const zh = await deckOf(sample('sony-china-after-sales'), 'zh');
    const en = await deckOf(sample('sony-china-after-sales'), 'en');
    expect(DECK.zh.font).toBe('Microsoft YaHei');
    expect(zh.deck.parts.get('ppt/slides/slide1.xml')).toContain('typeface="Microsoft YaHei"');
    expect(zh.deck.parts.get('ppt/slides/slide1.xml')).toContain('lang="zh-CN"');
    expect(en.deck.parts.get('ppt/slides/slide1.xml')).toContain('typeface="Calibri"');
    expect(en.deck.parts.get('ppt/slides/slide1.xml')).not.toContain('Microsoft YaHei');
  });
});

const blank = (finance = false): Engagement => ({
  ...blankEngagement(
    { clientName: 'Blank Client Ltd', industry: 'Retail', size: 'small', currency: 'EUR', language: 'en' },
    TODAY,
    new Set(),
  ),
  ...(finance ? { finance: starterFinance(content.frameworks) } : {}),
});

describe('a blank or sparse engagement', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`${lang}: every slide says what is missing, nothing reads NaN or undefined`, async () => {
      const { deck } = await deckOf(blank(), lang);
      const w = SUMMARY[lang];
      expect(deck.slides).toHaveLength(9);
      expect(deck.slides[0]).toContain('Blank Client Ltd');
      expect(deck.slides[3]).toContain(w.noVendor);
      expect(deck.slides[4]).toContain(w.noRoi);
      expect(deck.slides[5]).toContain(w.noRisks);
      expect(deck.slides[6]).toContain(w.noPlanSteps['no-plan']);
      expect(deck.slides[7]).toContain(w.noPlanSteps['no-plan']);
      expectWellFormed(deck);
      expectNoHoles(deck);
    });
  }

  test('an ROI case with every amount 0 says there is nothing to compute', async () => {
    const { deck } = await deckOf(blank(true), 'en');
    expect(deck.slides[4]).toContain(SUMMARY.en.roiEmpty);
    expectNoHoles(deck);
  });
});

const HOSTILE = [
  '<script>alert("x")</script> & <b>bold</b>',
  'O\'Brien & Söhne "quoted" ]]> <![CDATA[x]]>',
  'ctl\u0000\u0001\u0008\u000b\u001b[31mred\u007f\u0085\u009b end',
  '\u202eRTL override مرحبا بالعالم שלום',
  'emoji 🚀 👩‍👩‍👧 🇨🇳 and a lone \ud800 surrogate',
  '=HYPERLINK("https://evil.invalid") {{constructor}} %%{init}%%',
];

/** The sample with `text` in every free-text field the deck shows: title, client, vendors, risks, rationale. */
function withText(engagement: Engagement, text: (i: number) => string): Engagement {
  return {
    ...engagement,
    title: text(0),
    client: { ...engagement.client, name: text(1) },
    ...(engagement.vendors
      ? { vendors: engagement.vendors.map((v, i) => ({ ...v, name: `${text(2 + i)} ${i}` })) }
      : {}),
    ...(engagement.risks ? { risks: engagement.risks.map((r, i) => ({ ...r, title: text(5 + i) })) } : {}),
    ...(engagement.vendorSelection ? { vendorSelection: { ...engagement.vendorSelection, rationale: text(4) } } : {}),
  };
}

describe('hostile text stays text', () => {
  test('markup, quotes, control characters, RTL and emoji: escaped or replaced, XML well-formed', async () => {
    const engagement = withText(sample('singapore-tea-shop-loyalty'), (i) => HOSTILE[i % HOSTILE.length] ?? '');
    const { deck } = await deckOf(engagement, 'en');
    expectWellFormed(deck);
    const xml = [...deck.parts.values()].join('');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<b>');
    // eslint-disable-next-line no-control-regex -- the characters XML forbids must not reach the file
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(deck.slides[0]).toContain('<script>alert("x")</script> & <b>bold</b>');
    expect(deck.slides[0]).toContain('O\'Brien & Söhne "quoted"');
    expect(deck.slides.join('\n')).toContain('\u202eRTL override مرحبا');
    expect(deck.slides.join('\n')).toContain('🚀 👩‍👩‍👧 🇨🇳');
    expect(deck.slides.join('\n')).toContain('ctl\ufffd\ufffd');
  });

  test('a 5,000-character name is shortened on the slide and kept whole in the notes', async () => {
    const long = 'Ω'.repeat(2500) + 'x'.repeat(2500);
    const engagement = withText(sample('sony-china-after-sales'), () => long);
    const { deck } = await deckOf(engagement, 'zh');
    expectWellFormed(deck);
    for (const slide of deck.slides) expect(slide).not.toContain(long);
    expect(deck.slides[0]).toContain('Ω'.repeat(50));
    expect(deck.notes[0]).toContain(long);
    expect(deck.notes[3]).toContain(`${long} 0`);
    expect(deck.notes[5]).toContain(long);
  });

  test('property: any text in the samples gives nine well-formed slides with no NaN or undefined', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SAMPLES),
        fc.constantFrom<Language>('en', 'zh'),
        fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...HOSTILE)), {
          minLength: 1,
          maxLength: 8,
        }),
        async (id, lang, texts) => {
          const engagement = withText(sample(id), (i) => texts[i % texts.length] ?? '');
          const { deck } = await deckOf(engagement, lang);
          expect(deck.slides).toHaveLength(9);
          expectWellFormed(deck);
          for (const text of [...deck.slides, ...deck.notes]) expect(text).not.toMatch(/\bNaN\b/);
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('crmkit report --format pptx', () => {
  test('writes the deck to --out and says so; the summary in it is the sample’s', async () => {
    const out = join(tmp, 'deck.pptx');
    const result = await runAsync([
      'report',
      'assessments/sony-china-after-sales.yaml',
      '--format',
      'pptx',
      '--out',
      out,
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/deck\.pptx/);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const deck = await readDeck(bytes);
    expect(deck.slides).toHaveLength(9);
    expect(deck.slides[0]).toContain(sample('sony-china-after-sales').client.name);
  });

  test('a blank engagement file gives a deck too', async () => {
    const file = join(tmp, 'blank.yaml');
    writeFileSync(file, engagementToYaml(blank()));
    const out = join(tmp, 'blank.pptx');
    const result = await runAsync(['report', file, '--format', 'pptx', '--out', out]);
    expect(result.exitCode).toBe(0);
    const deck = await readDeck(readFileSync(out));
    expect(deck.slides[4]).toContain(SUMMARY.en.noRoi);
    expectNoHoles(deck);
  });

  test('without --out, or with --pdf, it is a usage error; a missing folder is said in one sentence', async () => {
    const sony = 'assessments/sony-china-after-sales.yaml';
    const noOut = await runAsync(['report', sony, '--format', 'pptx']);
    expect(noOut.exitCode).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const pdf = await runAsync(['report', sony, '--format', 'pptx', '--pdf', '--out', join(tmp, 'x.pptx')]);
    expect(pdf.exitCode).toBe(2);
    const bad = await runAsync(['report', sony, '--format', 'docx']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('"docx"');
    const missing = join(tmp, 'no-such-folder', 'deck.pptx');
    const failed = await runAsync(['report', sony, '--format', 'pptx', '--out', missing, '--lang', 'en']);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(/no-such-folder/);
    expect(failed.stdout).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(missing)).toBe(false);
  });

  test('the HTML report is unchanged by --format html', async () => {
    const sony = 'assessments/sony-china-after-sales.yaml';
    const plain = await runAsync(['report', sony], process.cwd());
    const html = await runAsync(['report', sony, '--format', 'html'], process.cwd());
    expect(html.exitCode).toBe(0);
    expect(html.stdout).toBe(plain.stdout);
  });
});
