import type { EquityYear } from '../domain/equity';
import type { Finding } from '../domain/findings';
import { formatKronor } from '../domain/format';
import { quoteSheetName } from '../domain/formulas';

const HEADINGS = { error: 'Fel', warning: 'Varningar' } as const;
const STATUS = { ok: 'inom gränserna', 'over-cap': 'ÖVER TAKET', 'below-floor': 'UNDER GOLVET' } as const;

function value(v: number | string): string {
  return typeof v === 'number' ? formatKronor(v) : v;
}

/** Findings grouped by severity, each with sheet!cell, message, expected and actual. */
export function findingsText(findings: Finding[]): string[] {
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', `${HEADINGS[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${quoteSheetName(f.sheet)}!${f.cell}  [${f.rule}] ${f.message}`);
      const parts: string[] = [];
      if (f.expected !== undefined) parts.push(`förväntat ${value(f.expected)}`);
      if (f.actual !== undefined) parts.push(`faktiskt ${value(f.actual)}`);
      if (parts.length) lines.push(`      ${parts.join(', ')}`);
    }
  }
  return lines;
}

export function summaryLine(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (!findings.length) return 'Inga fel och inga varningar.';
  return `Sammanfattning: ${errors} fel, ${warnings} varningar.`;
}

function pad(s: string, n: number, right = true): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** Equity per year as a table a person can read. */
export function equityTable(equity: EquityYear[], detailed = false): string[] {
  const cols = detailed
    ? (['Ingående', 'Medlemsbidrag', 'Övr. intäkter', 'Kostnader', 'Utgående', 'Tak', 'Golv'] as const)
    : (['Ingående', 'Medlemsbidrag', 'Utgående', 'Tak', 'Golv'] as const);
  const pick: Record<string, (e: EquityYear) => number | null> = {
    Ingående: (e) => e.opening,
    Medlemsbidrag: (e) => e.contributions,
    'Övr. intäkter': (e) => e.otherIncome,
    Kostnader: (e) => e.costs,
    Utgående: (e) => e.closing,
    Tak: (e) => e.cap,
    Golv: (e) => e.floor,
  };
  const w = 14;
  const lines = [`${pad('År', 6, false)}${cols.map((c) => pad(c, w)).join('')}  Status`];
  for (const e of equity) {
    const cells = cols.map((c) => {
      const v = pick[c](e);
      return pad(v === null ? '–' : formatKronor(v), w);
    });
    lines.push(`${pad(String(e.year), 6, false)}${cells.join('')}  ${STATUS[e.status]}`);
  }
  return lines;
}
