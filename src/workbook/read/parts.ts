/**
 * The workbook-wide parts the engine needs: the sheet list (names, hidden state, where each
 * lives), the date system, the number format of each cell style, and the shared strings.
 */
import { attr, isMain, readXml, relId, type Tag } from './xml';

export interface SheetEntry {
  name: string;
  /** visible, hidden or veryHidden */
  state: string;
  relId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900-01-00. */
  date1904: boolean;
}

const truthy = (v: string | undefined) => v === '1' || v === 'true';

export function readWorkbookPart(bytes: Uint8Array, part: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  readXml(bytes, part, {
    open(tag) {
      if (isMain(tag, 'sheet')) {
        out.sheets.push({ name: attr(tag, 'name') ?? '', state: attr(tag, 'state') ?? 'visible', relId: relId(tag) ?? '' });
      } else if (isMain(tag, 'workbookPr')) {
        out.date1904 = truthy(attr(tag, 'date1904'));
      }
    },
  });
  return out;
}

/**
 * The built-in number formats (ECMA-376 18.8.30) that have one code in every language, as
 * exceljs names them; the locale-dependent ones (27–36, 50–81) read as General, as in exceljs.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy',
  18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** The number format of each cell style (the index a cell's s attribute gives). */
export function readStylesPart(bytes: Uint8Array, part: string): string[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  readXml(bytes, part, {
    open(tag) {
      if (isMain(tag, 'numFmt')) custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? 'General');
      else if (isMain(tag, 'cellXfs')) inCellXfs = true;
      else if (inCellXfs && isMain(tag, 'xf')) ids.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(tag) {
      if (isMain(tag, 'cellXfs')) inCellXfs = false;
    },
  });
  return ids.map((id) => (id ? custom.get(id) ?? BUILT_IN[id] ?? 'General' : 'General'));
}

/** "_x000D_" in a text: the character it escapes (ECMA-376 22.9.2.19). */
export function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * Collects the text of a string item (<si> of the shared strings, <is> of an inline string):
 * its <t>, or the <t> of each rich-text run <r>, never the phonetic guide <rPh>.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private inPhonetic = 0;

  open(tag: Tag): void {
    if (isMain(tag, 'rPh')) this.inPhonetic++;
    else if (isMain(tag, 't') && !this.inPhonetic) this.inText = true;
  }

  close(tag: Tag): void {
    if (isMain(tag, 'rPh')) this.inPhonetic--;
    else if (isMain(tag, 't')) this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text; the collector is empty again after. */
  take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    return unescapeText(s);
  }
}

export function readSharedStrings(bytes: Uint8Array, part: string): string[] {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  readXml(bytes, part, {
    open(tag) {
      if (isMain(tag, 'si')) inItem = true;
      else if (inItem) item.open(tag);
    },
    close(tag) {
      if (isMain(tag, 'si')) {
        inItem = false;
        strings.push(item.take());
      } else if (inItem) item.close(tag);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}

/** exceljs's test, so both readers call the same cells dates: a date or time code outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  if (!format || format === 'General') return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
