import type { EquityYear } from '../domain/equity';
import { findingMessage, numberLines, ruleName } from '../domain/finding-text';
import type { Finding } from '../domain/findings';
import { formatKronor, NBSP } from '../domain/format';
import { groupFindings, groupTitle } from '../domain/groups';
import { wrap, WIDTH } from './text';

const HEADINGS = { error: 'Fel', warning: 'Varningar' } as const;
const STATUS = { ok: 'ok', 'over-cap': 'ÖVER TAK', 'below-floor': 'UNDER GOLV' } as const;

/**
 * Findings grouped by rule and cause, errors first: each group's title ("20 summor är inskrivna
 * som tal (B4:F4, …)"), then each cell with its message and its numbers, wrapped to 80 columns.
 * With `verbose`, each title also names the rule's id.
 */
export function findingsText(findings: Finding[], verbose = false): string[] {
  const lines: string[] = [];
  const groups = groupFindings(findings);
  for (const severity of ['error', 'warning'] as const) {
    const mine = groups.filter((g) => g.severity === severity);
    if (!mine.length) continue;
    lines.push('', `${HEADINGS[severity]} (${mine.reduce((n, g) => n + g.findings.length, 0)})`);
    for (const group of mine) {
      const title = group.findings.length > 1 ? groupTitle(group, 'sv') : ruleName(group.rule, 'sv');
      lines.push('', ...wrap(`${title}${verbose ? ` [${group.rule}]` : ''}`, '  '));
      const cellWidth = Math.max(...group.findings.map((f) => f.cell.length)) + 2;
      for (const f of group.findings) {
        const indent = ' '.repeat(4 + cellWidth);
        lines.push(...wrap(findingMessage(f, 'sv'), `    ${f.cell.padEnd(cellWidth)}`, indent));
        const numbers = numberLines(f, 'sv').map((n) => `${n.label}${NBSP}${n.value.replace(/ /g, NBSP)}`);
        if (numbers.length) lines.push(...wrap(numbers.join(' · '), indent));
      }
    }
  }
  return lines;
}

export function summaryLine(findings: Finding[], dismissed = 0): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const set = dismissed ? ` ${dismissed} ${dismissed === 1 ? 'ignorerad' : 'ignorerade'} (konfigurationens "dismissed").` : '';
  if (!findings.length) return `Inga fel och inga varningar.${set}`;
  return `Sammanfattning: ${errors} fel, ${warnings} varningar.${set}`;
}

const ROWS: { label: string; value: (e: EquityYear) => number | null; detailed?: boolean }[] = [
  { label: 'Ingående', value: (e) => e.opening },
  { label: 'Medlemsbidrag', value: (e) => e.contributions },
  { label: 'Övr. intäkter', value: (e) => e.otherIncome, detailed: true },
  { label: 'Kostnader', value: (e) => e.costs, detailed: true },
  { label: 'Utgående', value: (e) => e.closing },
  { label: 'Tak', value: (e) => e.cap },
  { label: 'Golv', value: (e) => e.floor },
];

function amount(v: number | null): string {
  return v === null ? '–' : formatKronor(v).replace(`${NBSP}kr`, '');
}

/**
 * Equity per year as a person reads a budget: one column per year, amounts in kronor without the
 * unit. Years go on as many blocks as needed to stay within 80 columns.
 */
export function equityTable(equity: EquityYear[], detailed = false): string[] {
  const rows = ROWS.filter((r) => detailed || !r.detailed);
  const labelWidth = Math.max(...rows.map((r) => r.label.length), 'Status'.length) + 2;
  const cells = equity.map((e) => [String(e.year), ...rows.map((r) => amount(r.value(e))), STATUS[e.status]]);
  const colWidth = Math.max(...cells.flat().map((c) => c.length)) + 2;
  const perBlock = Math.max(1, Math.floor((WIDTH - labelWidth) / colWidth));
  const labels = ['Belopp i kr', ...rows.map((r) => r.label), 'Status'];
  const lines: string[] = [];
  for (let start = 0; start < cells.length; start += perBlock) {
    if (start > 0) lines.push('');
    const block = cells.slice(start, start + perBlock);
    labels.forEach((label, i) => lines.push(`${label.padEnd(labelWidth)}${block.map((c) => c[i].padStart(colWidth)).join('')}`.trimEnd()));
  }
  return lines;
}
