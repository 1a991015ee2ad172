import { z } from 'zod';

export const forecastMethodIds = ['flat', 'indexed', 'announced', 'insats', 'trend'] as const;
export type ForecastMethodId = (typeof forecastMethodIds)[number];

const yearKey = z.string().regex(/^\d{4}$/, 'årtal skrivs med fyra siffror, till exempel "2027"');

/** How the prognosis years are filled. Rows are named by their label as it reads in the sheet. */
export const forecastConfigSchema = z
  .object({
    /** Years after the budget year that the plan shows. */
    horizon: z.number().int().min(1).max(10).default(3),
    /** Yearly index for personnel and administration rows, 0.03 = 3 %. */
    indexRate: z.number().min(-0.5).max(1).default(0.03),
    /** Method per row label, overriding the defaults. */
    methods: z.record(z.string(), z.enum(forecastMethodIds)).default({}),
    /** Announced amounts per row label and year (the state allocation, say). */
    announced: z.record(z.string(), z.record(yearKey, z.number().min(0))).default({}),
    /** Last year an insats is financed, per row label; after it the row is 0. */
    insatsEndYears: z.record(z.string(), z.number().int().min(1900).max(2200)).default({}),
  })
  .strict();

export type ForecastConfig = z.infer<typeof forecastConfigSchema>;
