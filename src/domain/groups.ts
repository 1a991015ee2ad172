import type { Finding, Severity } from './findings';
import { ruleById, ruleName } from './finding-text';
import { renderMessage, type Lang } from './messages';
import { parseA1, toA1 } from './snapshot';

/** Findings of one rule with one cause ("20 summor är inskrivna som tal"), in sheet order. */
export interface FindingGroup {
  /** `rule/messageId`: the `group` field of the JSON. */
  key: string;
  rule: string;
  messageId: string;
  severity: Severity;
  findings: Finding[];
}

export function groupKey(finding: Finding): string {
  return `${finding.rule}/${finding.messageId}`;
}

function position(f: Finding): [number, number] {
  const p = parseA1(f.cell);
  return [p.row, p.col];
}

const SEVERITY = { error: 0, warning: 1 } as const;

/** Groups by rule and cause; errors before warnings, then by where the group starts on the sheet. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKey = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = groupKey(f);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { key, rule: f.rule, messageId: f.messageId, severity: f.severity, findings: [] }));
    group.findings.push(f);
  }
  const byPosition = (a: Finding, b: Finding) => {
    const [ar, ac] = position(a);
    const [br, bc] = position(b);
    return ar - br || ac - bc;
  };
  const groups = [...byKey.values()];
  for (const g of groups) g.findings.sort(byPosition);
  return groups.sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || byPosition(a.findings[0], b.findings[0]));
}

/** Cells as the ranges a person reads: B4, C4, D4 on one row become "B4:D4". */
export function compactCells(cells: readonly string[], max = Infinity): string {
  const rows = new Map<number, number[]>();
  for (const c of cells) {
    const p = parseA1(c);
    rows.set(p.row, [...(rows.get(p.row) ?? []), p.col]);
  }
  const ranges: string[] = [];
  for (const [row, cols] of [...rows].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      const end = sorted[i - 1];
      ranges.push(start === end ? toA1(row, start) : `${toA1(row, start)}:${toA1(row, end)}`);
      start = sorted[i];
    }
  }
  return ranges.length > max ? `${ranges.slice(0, max).join(', ')}, …` : ranges.join(', ');
}

/** "20 summor är inskrivna som tal (B4:F4, B8:F8, B21:F21, B23:F23)". */
export function groupTitle(group: FindingGroup, lang: Lang, maxRanges = 6): string {
  const template = ruleById(group.rule)?.groups?.[group.messageId]?.[lang];
  const count = group.findings.length;
  const head = template ? renderMessage(template, { count }) : `${ruleName(group.rule, lang)}: ${count}`;
  return `${head} (${compactCells(group.findings.map((f) => f.cell), maxRanges)})`;
}
