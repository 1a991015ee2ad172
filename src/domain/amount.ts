import type { CellValue } from './snapshot';

/** What an amount cell holds, as the rules need to see it. */
export type AmountKind = 'number' | 'text-number' | 'dash' | 'blank' | 'error' | 'text';

export interface Amount {
  kind: AmountKind;
  /** The number the cell stands for (a dash is 0); null for blank, error and plain text. */
  value: number | null;
  raw: CellValue;
  /** Why a number is not taken as an amount (kind 'text'): for the rule that reports it. */
  why?: 'date' | 'too-large' | 'not-finite';
}

/** English and Swedish error values Excel shows in a cell. */
const ERROR_VALUES = new Set(
  [
    '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
    '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
    '#SKÄRNING!', '#DIVISION/0!', '#VÄRDEFEL!', '#REFERENS!', '#NAMN?', '#SAKNAS!',
    '#HÄMTAR_DATA', '#SPILL!', '#BERÄKNA!', '#FÄLT!', '#BLOCKERAD!', '#ANSLUT!', '#UPPTAGEN!',
    '#OKÄND!',
  ].map((e) => e.toUpperCase()),
);

export function isErrorValue(value: CellValue): value is string {
  // The length test first: a 1 MB note in 12 000 cells must not be trimmed and upper-cased per cell.
  return typeof value === 'string' && value.length <= 64 && ERROR_VALUES.has(value.trim().toUpperCase());
}

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const DASHES = /[\u2212\u2013\u2014]/g;

/**
 * Reads Swedish amount text: "2 115 000 kr", "−1 234,50", "1.234" is not Swedish and stays
 * text. Returns null when the text is not an amount.
 */
export function parseSwedishAmount(text: string): number | null {
  let s = text.replace(SPACES, '').replace(DASHES, '-');
  s = s.replace(/(kr|sek|:-)\.?$/i, '');
  if (!/^[-+]?\d+(,\d+)?$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) && Math.abs(n) <= MAX_AMOUNT ? n : null;
}

/** "-", "–" or "- kr" alone: an explicit zero. */
export function isDash(text: string): boolean {
  const s = text.replace(SPACES, '').replace(DASHES, '-').replace(/(kr|sek)$/i, '');
  return s === '-';
}

/**
 * The largest amount the tool takes as kronor: Excel keeps 15 significant digits, so beyond
 * 10^15 kr a cell is not a budget amount (1e308 is a typing slip or a hostile file). Taking it
 * would make sums overflow to Infinity, which no rule, format or JSON output can carry.
 */
export const MAX_AMOUNT = 1e15;

/**
 * An Excel number format that shows a date or time (d, m, y, h, s outside quotes, brackets and
 * escapes). Office.js reads a date as its serial number (46023 for 2026-01-01); it is no amount.
 */
const dateFormats = new Map<string, boolean>();

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  // A sheet has a handful of formats and many cells: decide each format once.
  const known = dateFormats.get(format);
  if (known !== undefined) return known;
  const result = showsDate(format);
  dateFormats.set(format, result);
  return result;
}

function showsDate(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/General/gi, '')
    .replace(/E[+-]/g, '');
  return /[dmyhs]/i.test(bare);
}

/** An empty cell, or one holding only spaces: what readAmount calls 'blank', without building it. */
export function isBlank(raw: CellValue | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

export function readAmount(raw: CellValue, numberFormat?: string): Amount {
  if (raw === null || raw === undefined) return { kind: 'blank', value: null, raw: null };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'text', value: null, raw, why: 'not-finite' };
    if (Math.abs(raw) > MAX_AMOUNT) return { kind: 'text', value: null, raw, why: 'too-large' };
    if (isDateFormat(numberFormat)) return { kind: 'text', value: null, raw, why: 'date' };
    return { kind: 'number', value: raw, raw };
  }
  if (typeof raw === 'boolean') return { kind: 'text', value: null, raw };
  if (raw.trim() === '') return { kind: 'blank', value: null, raw };
  if (isErrorValue(raw)) return { kind: 'error', value: null, raw };
  if (isDash(raw)) return { kind: 'dash', value: 0, raw };
  const n = parseSwedishAmount(raw);
  if (n !== null) return { kind: 'text-number', value: n, raw };
  return { kind: 'text', value: null, raw };
}
