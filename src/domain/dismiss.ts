import { z } from 'zod';
import type { Config } from './config';
import type { Finding } from './findings';

/**
 * Findings and rules the user has marked "ignorera", with an optional reason. Part of the
 * configuration, so they travel as it does: in the workbook's document settings in Excel, in
 * the configuration file on the command line.
 */
export const dismissedSchema = z
  .object({
    findings: z
      .array(
        z
          .object({
            rule: z.string().min(1),
            sheet: z.string().min(1),
            cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
            reason: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    rules: z.array(z.object({ rule: z.string().min(1), reason: z.string().optional() }).strict()).default([]),
  })
  .strict();
export type Dismissed = z.infer<typeof dismissedSchema>;
export type DismissedFinding = Dismissed['findings'][number];
export type DismissedRule = Dismissed['rules'][number];

function sameFinding(d: DismissedFinding, f: Finding): boolean {
  return d.rule === f.rule && d.sheet === f.sheet && d.cell === f.cell;
}

/** Why the user set this finding aside (its own reason first, else its rule's), if they said. */
export function dismissalReason(finding: Finding, config: Config): string | undefined {
  const own = config.dismissed.findings.find((d) => sameFinding(d, finding));
  return own?.reason ?? config.dismissed.rules.find((r) => r.rule === finding.rule)?.reason;
}

/** Is this finding dismissed, by itself or with its whole rule? */
export function isDismissed(finding: Finding, config: Config): boolean {
  const { findings, rules } = config.dismissed;
  return rules.some((r) => r.rule === finding.rule) || findings.some((d) => sameFinding(d, finding));
}

/** The findings that count, and those set aside (shown only as a count). */
export function splitDismissed(findings: readonly Finding[], config: Config): { active: Finding[]; dismissed: Finding[] } {
  const active: Finding[] = [];
  const dismissed: Finding[] = [];
  for (const f of findings) (isDismissed(f, config) ? dismissed : active).push(f);
  return { active, dismissed };
}

function withDismissed(config: Config, dismissed: Dismissed): Config {
  return { ...config, dismissed };
}

function reasonOf(reason: string | undefined): { reason?: string } {
  const text = reason?.trim();
  return text ? { reason: text } : {};
}

export function dismissFinding(config: Config, finding: Finding, reason?: string): Config {
  const rest = config.dismissed.findings.filter((d) => !sameFinding(d, finding));
  const entry = { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, ...reasonOf(reason) };
  return withDismissed(config, { ...config.dismissed, findings: [...rest, entry] });
}

export function dismissRule(config: Config, rule: string, reason?: string): Config {
  const rest = config.dismissed.rules.filter((r) => r.rule !== rule);
  return withDismissed(config, { ...config.dismissed, rules: [...rest, { rule, ...reasonOf(reason) }] });
}

/** Takes back one dismissal: a finding's (by rule, sheet and cell) or a whole rule's. */
export function restoreFinding(config: Config, entry: { rule: string; sheet: string; cell: string }): Config {
  const findings = config.dismissed.findings.filter((d) => !(d.rule === entry.rule && d.sheet === entry.sheet && d.cell === entry.cell));
  return withDismissed(config, { ...config.dismissed, findings });
}

export function restoreRule(config: Config, rule: string): Config {
  return withDismissed(config, { ...config.dismissed, rules: config.dismissed.rules.filter((r) => r.rule !== rule) });
}
