import { z } from 'zod';

export const forecastMethodIds = ['flat', 'indexed', 'announced', 'insats', 'trend'] as const;
export type ForecastMethodId = (typeof forecastMethodIds)[number];

/**
 * Amounts per year, keyed "2027". The key is checked here rather than by a key schema: zod
 * reports a bad record key as "Invalid key in record", in English and without our message.
 */
const yearAmounts = z.record(z.string(), z.number().min(0)).superRefine((amounts, ctx) => {
  for (const year of Object.keys(amounts)) {
    if (!/^\d{4}$/.test(year)) {
      ctx.addIssue({ code: 'custom', path: [year], message: 'årtal skrivs med fyra siffror, till exempel "2027"' });
    }
  }
});

/** How the prognosis years are filled. Rows are named by their label as it reads in the sheet. */
export const forecastConfigSchema = z
  .object({
    /** Years after the budget year that the plan shows. */
    horizon: z.number().int().min(1).max(10).default(3),
    /** Yearly index for personnel and administration rows, 0.03 = 3 %. */
    indexRate: z
      .number()
      .refine((r) => r >= -0.5 && r <= 1, {
        message: 'ska vara en årlig takt i decimalform mellan -0.5 och 1 (−50 % till 100 %), till exempel 0.03 för 3 %',
      })
      .default(0.03),
    /** Method per row label, overriding the defaults. */
    methods: z.record(z.string(), z.enum(forecastMethodIds)).default({}),
    /** Announced amounts per row label and year (the state allocation, say). */
    announced: z.record(z.string(), yearAmounts).default({}),
    /** Last year an insats is financed, per row label; after it the row is 0. */
    insatsEndYears: z.record(z.string(), z.number().int().min(1900).max(2200)).default({}),
  })
  .strict();

export type ForecastConfig = z.infer<typeof forecastConfigSchema>;
