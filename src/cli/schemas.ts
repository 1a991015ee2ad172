import { z } from 'zod';
import { equityYearSchema } from '../domain/equity';
import { cellEditSchema } from '../domain/edits';
import { findingSchema } from '../domain/findings';
import { filledCellSchema } from '../domain/forecast/forecast';

/** The equity line of every JSON we print: the documented subset of the domain's equity year. */
export const equityJsonSchema = equityYearSchema.pick({
  year: true, opening: true, contributions: true, closing: true, cap: true, floor: true, status: true,
});

export const yearJsonSchema = z.object({
  year: z.number().int(),
  column: z.string(),
  kind: z.enum(['outcome', 'budget', 'prognosis', 'year']),
});

/** A finding as printed: one object per finding, with its group (`rule/messageId`) and whether it is dismissed. */
export const findingJsonSchema = findingSchema.extend({
  group: z.string(),
  dismissed: z.literal(true).optional(),
});

export const validateJsonSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  budgetYear: z.number().int().nullable(),
  years: z.array(yearJsonSchema),
  findings: z.array(findingJsonSchema),
  equity: z.array(equityJsonSchema),
});
export type ValidateJson = z.infer<typeof validateJsonSchema>;

export const equityReportJsonSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  budgetYear: z.number().int().nullable(),
  equity: z.array(equityYearSchema),
  breaches: z.array(findingSchema),
  /** Breaks in the equity chain: a year's opening equity is not the year before's closing. */
  chainBreaks: z.array(findingSchema),
});
export type EquityReportJson = z.infer<typeof equityReportJsonSchema>;

/** The equity lines of every JSON we print, in the documented shape (a typed pick, no run-time parse). */
export function equityJson(equity: z.infer<typeof equityYearSchema>[]): z.infer<typeof equityJsonSchema>[] {
  return equity.map(({ year, opening, contributions, closing, cap, floor, status }) => ({ year, opening, contributions, closing, cap, floor, status }));
}

export const forecastJsonSchema = z.object({
  output: z.string(),
  sheet: z.string(),
  budgetYear: z.number().int(),
  addedYears: z.array(z.number().int()),
  filled: z.array(filledCellSchema),
  /** Years left unfilled because the sheet would not add up, and why. */
  leftOut: z.array(z.object({ year: z.number().int(), cell: z.string().optional(), reason: z.string() })),
  equity: z.array(equityJsonSchema),
});
export type ForecastJson = z.infer<typeof forecastJsonSchema>;

export const tablesJsonSchema = z.object({
  output: z.string(),
  tables: z.array(z.object({ id: z.string(), name: z.string(), sheet: z.string(), range: z.string(), title: z.string() })),
});
export type TablesJson = z.infer<typeof tablesJsonSchema>;

const remedyJsonSchema = z.object({
  cell: z.string(),
  rule: z.string(),
  text: z.string(),
  edit: cellEditSchema,
  equity: z.object({ year: z.number().int(), change: z.number() }).optional(),
});

export const fixJsonSchema = z.object({
  /** The workbook written, or null when there was no safe fix to make. */
  output: z.string().nullable(),
  sheet: z.string(),
  fixed: z.array(remedyJsonSchema),
  suggestions: z.array(remedyJsonSchema),
});
export type FixJson = z.infer<typeof fixJsonSchema>;

export const rulesJsonSchema = z.array(
  z.object({ id: z.string(), severity: z.enum(['error', 'warning']), name: z.string(), what: z.string(), why: z.string(), source: z.string() }),
);
