import { z } from 'zod';
import { pageSetupSchema } from './print';

/**
 * What an action wants written: the hosts apply these in one go. A cell gets a value or a
 * formula; with a formula, `value` is the result we computed (the file host caches it, so a
 * viewer that does not recalculate still shows it). Addresses are A1 on the sheet, no "$".
 */
export const cellEditSchema = z.object({
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]).optional(),
  formula: z.string().startsWith('=').optional(),
  numberFormat: z.string().optional(),
  /** A note (comment) on the cell: how it was generated. */
  note: z.string().optional(),
  /** Background colour, "#RRGGBB": marks generated cells. */
  fill: z.string().regex(/^#[0-9A-Fa-f]{6}$/).optional(),
  bold: z.boolean().optional(),
  reason: z.string(),
});
export type CellEdit = z.infer<typeof cellEditSchema>;

/** An Excel table (ListObject) to create over cells that the same plan writes. */
export const tableSpecSchema = z.object({
  name: z.string().regex(/^[A-Za-zÅÄÖåäö_][A-Za-z0-9ÅÄÖåäö_.]*$/),
  /** Range including the header row, for example "A1:I6". */
  range: z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/),
  style: z.string().default('TableStyleMedium2'),
});
export type TableSpec = z.infer<typeof tableSpecSchema>;

export const sheetPlanSchema = z.object({
  sheet: z.string().min(1).max(31),
  /** True when the sheet does not exist yet and is to be added. */
  create: z.boolean().default(false),
  edits: z.array(cellEditSchema),
  tables: z.array(tableSpecSchema).default([]),
  /** Column widths in characters, by column letter. */
  columnWidths: z.record(z.string(), z.number()).default({}),
  /** How the sheet prints (A4, one page wide, header row on every page, footer); see print.ts. */
  pageSetup: pageSetupSchema.optional(),
});
export type SheetPlan = z.infer<typeof sheetPlanSchema>;

/** Everything one action writes, across sheets: the unit a host applies (and undoes) at once. */
export type EditPlan = SheetPlan[];
