import type { Finding, Rule } from './findings';
import { formatKronor, formatKronorChange } from './format';
import { displayFormula, renderMessage, type Lang } from './messages';
import { rules } from './rules';

const byId = new Map<string, Rule>(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule's name as a person reads it ("Summa inskriven som tal"); the id where the rule is unknown. */
export function ruleName(id: string, lang: Lang): string {
  return byId.get(id)?.name[lang] ?? id;
}

/** A finding's message in the reader's language, written from its id and data. */
export function findingMessage(finding: Finding, lang: Lang): string {
  const template = byId.get(finding.rule)?.messages[finding.messageId]?.[lang];
  return template ? renderMessage(template, finding.data) : finding.message;
}

export interface NumberLine {
  label: string;
  value: string;
}

const DEFAULT_LABELS = {
  expected: { sv: 'Väntat', en: 'Expected' },
  actual: { sv: 'I cellen', en: 'In the cell' },
  difference: { sv: 'Skillnad', en: 'Difference' },
};

function shown(v: number | string, lang: Lang): string {
  return typeof v === 'number' ? formatKronor(v) : displayFormula(v, lang);
}

/** The numbers under a message (Väntat / I cellen / Skillnad), so the sentence need not repeat them. */
export function numberLines(finding: Finding, lang: Lang): NumberLine[] {
  const labels = byId.get(finding.rule)?.numbers ?? DEFAULT_LABELS;
  const lines: NumberLine[] = [];
  if (finding.expected !== undefined) lines.push({ label: labels.expected[lang], value: shown(finding.expected, lang) });
  if (finding.actual !== undefined) lines.push({ label: labels.actual[lang], value: shown(finding.actual, lang) });
  if (typeof finding.expected === 'number' && typeof finding.actual === 'number') {
    lines.push({ label: DEFAULT_LABELS.difference[lang], value: formatKronorChange(finding.actual - finding.expected) });
  }
  return lines;
}
