import { z } from 'zod';
import type { Config } from './config';
import type { BudgetSheet } from './model';
import type { SheetSnapshot } from './snapshot';
import type { EquityYear } from './equity';
import type { MessageData, MessageText } from './messages';

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
  year: z.number().int().optional(),
  /** The Swedish message, written from `messageId` and `data` by the rule's message table. */
  message: z.string(),
  /** Which of the rule's messages (ESLint's `messageId`): tests and hosts read this, not the sentence. */
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  expected: z.union([z.number(), z.string()]).optional(),
  actual: z.union([z.number(), z.string()]).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** What a rule sees: the raw snapshot, the parsed sheet, the equity per year and the configuration. */
export interface RuleContext {
  snapshot: SheetSnapshot;
  sheet: BudgetSheet;
  equity: EquityYear[];
  config: Config;
}

/** A finding before the host's sheet name and A1 address are attached. */
export interface RawFinding {
  row: number;
  col: number;
  year?: number;
  /** A key of the rule's `messages`; `data` fills its placeholders (ESLint's context.report). */
  messageId: string;
  data?: MessageData;
  expected?: number | string;
  actual?: number | string;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line in Swedish: what the rule checks, for the pane's help and the README. */
  description: string;
  /** The rule's name as the pane shows it (ids stay in JSON and --verbose). */
  name: MessageText;
  /** Every message the rule can report, by id, in Swedish and English (ESLint's meta.messages). */
  messages: Record<string, MessageText>;
  /** The title of a group of findings with the same cause, by message id; `{count}` is how many. */
  groups?: Record<string, MessageText>;
  /** What the expected and actual numbers are called where "Väntat" and "I cellen" would mislead. */
  numbers?: { expected: MessageText; actual: MessageText };
  check(context: RuleContext): RawFinding[];
}
