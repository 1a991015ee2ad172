import { z } from 'zod';
import { equityYearSchema } from '../domain/equity';
import { findingSchema } from '../domain/findings';

/** The equity line of every JSON we print: the documented subset of the domain's equity year. */
export const equityJsonSchema = equityYearSchema.pick({
  year: true, opening: true, contributions: true, closing: true, cap: true, floor: true, status: true,
});

export const yearJsonSchema = z.object({
  year: z.number().int(),
  column: z.string(),
  kind: z.enum(['outcome', 'budget', 'prognosis', 'year']),
});

export const validateJsonSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  budgetYear: z.number().int().nullable(),
  years: z.array(yearJsonSchema),
  findings: z.array(findingSchema),
  equity: z.array(equityJsonSchema),
});
export type ValidateJson = z.infer<typeof validateJsonSchema>;

export const equityReportJsonSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  budgetYear: z.number().int().nullable(),
  equity: z.array(equityYearSchema),
  breaches: z.array(findingSchema),
});
export type EquityReportJson = z.infer<typeof equityReportJsonSchema>;
