/**
 * Writes a workbook layout (src/render/roi-workbook.ts) as an .xlsx file with exceljs.
 * Text cells are always written as strings, so a label such as `=HYPERLINK(…)`, `+1` or `@SUM(A1)`
 * stays text and never becomes a formula; characters XML 1.0 forbids or discourages (control
 * characters, lone surrogates) are replaced by U+FFFD so the file opens.
 */
import ExcelJS from 'exceljs';
import type { CellFormat, SheetLayout, WorkbookLayout } from '../render/roi-workbook.ts';
import { NOT_XML_TEXT } from '../core/shared/text.ts';

/** The text as XML can carry it. `_xHHHH_` is OOXML's escape for a character, so its `_` is escaped too. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, '\uFFFD').replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function numberFormat(format: CellFormat | undefined, currency: string): string | undefined {
  switch (format) {
    case 'money':
      return `#,##0.00 "${currency.replaceAll('"', '')}"`;
    case 'rate':
      // Two decimals, up to four when needed (a monthly rate such as 0.6434%).
      return '0.00##%';
    case 'share':
      return '0.00%';
    case 'factor':
      return '0.000000';
    case 'periods':
    case 'ratio':
      return '0.00';
    case 'integer':
      return '0';
    case 'score':
      return '0.0';
    default:
      return undefined;
  }
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetLayout, currency: string): void {
  const ws = book.addWorksheet(sheet.name, {
    views: sheet.frozen ? [{ state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }] : [],
    // Printed (or turned into PDF) one page wide in landscape, as many pages down as it takes.
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.ref);
    if ('text' in cell) {
      target.value = xmlSafeText(cell.text);
      if (cell.style === 'title') target.font = { bold: true, size: 14 };
      else if (cell.style === 'heading') target.font = { bold: true };
      else if (cell.style === 'note') target.font = { italic: true };
      continue;
    }
    if ('date' in cell) {
      // Midnight UTC is a whole Excel day number, so no time zone moves the date.
      target.value = new Date(`${cell.date}T00:00:00Z`);
      target.numFmt = 'yyyy-mm-dd';
      continue;
    }
    target.value = 'number' in cell ? cell.number : { formula: cell.formula, date1904: false };
    const format = numberFormat(cell.format, currency);
    if (format) target.numFmt = format;
  }
}

/** The .xlsx file's bytes. Excel recomputes every formula when it opens the file. */
export async function workbookBytes(layout: WorkbookLayout): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'crmkit';
  book.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of layout.sheets) addSheet(book, sheet, layout.currency);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
