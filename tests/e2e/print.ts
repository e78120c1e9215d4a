/**
 * Printing a page to PDF in Chromium and reading it back with poppler (pdftotext, pdftoppm):
 * shared by the summary's print tests and the print tests of every engagement page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Text without its spacing: pdftotext spaces CJK text freely and wraps lines where the page does. */
export const flat = (text: string) => text.replace(/\s+/g, '');

/** The text of each page of a PDF, laid out as printed (one line of paper, one line of text). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

/** The whole text of a PDF in the order it was drawn: a table cell's wrapped lines stay together. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
}

/** The pages (1-based) on which a piece of text appears, spacing ignored. */
export const pagesWith = (pages: readonly string[], text: string) =>
  pages.flatMap((page, i) => (flat(page).includes(flat(text)) ? [i + 1] : []));

/** Prints the page to `dir/name.pdf` with its backgrounds, plus a PNG of each page to look at. */
export async function printPdf(page: Page, dir: string, name: string, format: 'A4' | 'Letter' = 'A4'): Promise<string> {
  mkdirSync(dir, { recursive: true });
  // No page images left from an earlier, longer print of the same page.
  for (const f of readdirSync(dir))
    if (f.startsWith(`${name}-`) && /^-\d+\.png$/.test(f.slice(name.length))) rmSync(`${dir}/${f}`);
  const path = `${dir}/${name}.pdf`;
  writeFileSync(path, await page.pdf({ format, printBackground: true }));
  execFileSync('pdftoppm', ['-r', '50', '-png', path, `${dir}/${name}`]);
  return path;
}

interface Raster {
  width: number;
  height: number;
  /** RGB, three bytes a pixel, row by row. */
  rgb: Buffer;
}

/** Each page of a PDF as pixels, from pdftoppm at a low resolution. */
export function rasterPages(path: string, dpi: number): Raster[] {
  const dir = `${path}-${dpi}dpi`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', String(dpi), path, `${dir}/p`]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => {
      const data = readFileSync(`${dir}/${f}`);
      // P6 header: magic, width, height, maximum value, each ended by one whitespace byte.
      const [, width = 0, height = 0] = data.subarray(0, 40).toString('latin1').split(/\s+/).map(Number);
      let offset = 0;
      for (let fields = 0; fields < 4; offset++) if (/\s/.test(String.fromCharCode(data[offset] ?? 32))) fields++;
      return { width, height, rgb: data.subarray(offset) };
    });
}

/** Pixels in rows [top, bottom) of a page that match. */
function count(page: Raster, top: number, bottom: number, match: (r: number, g: number, b: number) => boolean) {
  let n = 0;
  const end = Math.min(page.height, bottom) * page.width * 3;
  for (let i = Math.max(0, top) * page.width * 3; i + 2 < end; i += 3) {
    if (match(page.rgb[i] ?? 0, page.rgb[i + 1] ?? 0, page.rgb[i + 2] ?? 0)) n++;
  }
  return n;
}

/** A pixel of colour: not white, grey or the text's ink (a chart's bars and lines). */
const coloured = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 40;
/** A pixel with anything on it. */
const inked = (r: number, g: number, b: number) => Math.min(r, g, b) < 200;

/** Per page of a PDF, how many pixels carry colour at 50 dpi: a drawn chart adds hundreds, a blank one none. */
export const colouredPixels = (path: string): number[] =>
  rasterPages(path, 50).map((page) => count(page, 0, page.height, coloured));

interface TextLine {
  yMin: number;
  yMax: number;
  text: string;
}

/** The page's bottom margin (print.css: 18 mm), in points: the footer with the page number. */
const FOOTER_MARGIN = (18 / 25.4) * 72;

/**
 * The lines of text on each page of a PDF, top to bottom, with their heights on the page (points
 * from the top), apart from the footer in the bottom margin; and where the footer begins.
 */
function textLines(path: string): { lines: TextLine[]; footer: number }[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const footer = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0) - FOOTER_MARGIN;
      const lines = [
        ...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
      ]
        .map(([, yMin, yMax, words]) => ({
          yMin: Number(yMin),
          yMax: Number(yMax),
          text: [...(words ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
        }))
        .filter((line) => line.yMin < footer)
        .sort((a, b) => a.yMax - b.yMax);
      return { lines, footer };
    });
}

/**
 * The headings that end a page of the PDF (apart from the last page) with nothing of their
 * section after them: the last lines of text above the footer are the heading's text, and the
 * page below them is empty (a chart drawn as a picture has no text, but has ink).
 */
export function headingsAtPageFoot(path: string, headings: readonly string[]): string[] {
  const wanted = new Set(headings.map(flat).filter((h) => h !== ''));
  const DPI = 30;
  const pages = textLines(path);
  const pictures = rasterPages(path, DPI);
  return pages.slice(0, -1).flatMap(({ lines, footer }, i) => {
    const raster = pictures[i];
    // A heading may wrap: its last one to three lines, joined.
    for (let k = 1; k <= Math.min(3, lines.length); k++) {
      const tail = flat(
        lines
          .slice(-k)
          .map((line) => line.text)
          .join(''),
      );
      if (!wanted.has(tail) || !raster) continue;
      const below = (lines[lines.length - 1]?.yMax ?? 0) + 4;
      const end = footer - 4;
      const ink = count(raster, Math.ceil((below * DPI) / 72), Math.floor((end * DPI) / 72), inked);
      if (ink < 100) return [`page ${i + 1}: “${tail}”`];
    }
    return [];
  });
}
