import type { Config } from './config';
import { computeEquity, type EquityYear } from './equity';
import type { Finding, RawFinding, Rule } from './findings';
import type { BudgetSheet } from './model';
import { renderMessage } from './messages';
import { parseBudgetSheet } from './parse';
import { rules as allRules } from './rules';
import { snapshotA1, type SheetSnapshot } from './snapshot';

export interface Validation {
  sheet: BudgetSheet;
  findings: Finding[];
  equity: EquityYear[];
}

const severityOrder = { error: 0, warning: 1 } as const;

/** Parses and checks one sheet; findings come sorted by severity, then row, then column. */
export function validate(snapshot: SheetSnapshot, config: Config, rules: Rule[] = allRules, parsed?: BudgetSheet): Validation {
  // A caller that has parsed the sheet already (to find it) passes it on: parsing is a third of the work.
  const sheet = parsed ?? parseBudgetSheet(snapshot, config);
  const equity = computeEquity(sheet, config);
  const context = { snapshot, sheet, equity, config };
  const located: { raw: RawFinding; finding: Finding }[] = [];
  for (const rule of rules) {
    for (const raw of rule.check(context)) located.push({ raw, finding: toFinding(rule, raw, snapshot) });
  }
  located.sort(
    (a, b) =>
      severityOrder[a.finding.severity] - severityOrder[b.finding.severity] ||
      a.raw.row - b.raw.row ||
      a.raw.col - b.raw.col,
  );
  return { sheet, findings: located.map((l) => l.finding), equity };
}

function toFinding(rule: Rule, raw: RawFinding, snapshot: SheetSnapshot): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    sheet: snapshot.sheetName,
    cell: snapshotA1(snapshot, raw.row, raw.col),
    message: renderMessage(rule.messages[raw.messageId].sv, raw.data),
    messageId: raw.messageId,
  };
  if (raw.data !== undefined) finding.data = raw.data;
  if (raw.year !== undefined) finding.year = raw.year;
  if (raw.expected !== undefined) finding.expected = raw.expected;
  if (raw.actual !== undefined) finding.actual = raw.actual;
  return finding;
}
