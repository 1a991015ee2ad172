import { z } from 'zod';
import { dismissedSchema } from './dismiss';
import { forecastConfigSchema } from './forecast/config';

/**
 * The cap on equity is a stepped scale on the year's member contributions: each tier's rate
 * applies to the part of the contributions inside the tier. Defaults: see README ("Taket").
 */
const capTierSchema = z.object({
  upTo: z.number().positive().nullable(),
  rate: z.number().min(0).max(1),
});

/** Sheet rows as "14-20" or "14-16, 18": the rows a total covers. */
const ROW_LIST = /^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/;

const totalOverrideSchema = z
  .object({
    /** The total's row: its number in the sheet, or its label. */
    row: z.union([z.number().int().positive(), z.string().min(1)]),
    covers: z.union([
      z.array(z.number().int().positive()).min(1),
      z.string().regex(ROW_LIST, { message: 'skriv radnumren som "14-20" eller "14-16, 18"' }),
    ]),
    /** Rows subtracted (a result row: intäkter minus kostnader). */
    minus: z.array(z.number().int().positive()).optional(),
  })
  .strict();

/** Sheet row numbers from a total override's covers. */
export function rowList(covers: number[] | string): number[] {
  if (Array.isArray(covers)) return covers;
  return covers.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map((n) => Number(n.trim()));
    const out: number[] = [];
    for (let r = a; r <= (b ?? a); r++) out.push(r);
    return out;
  });
}

export const configSchema = z
  .object({
    equity: z
      .object({
        floor: z.number().min(0).default(650_000),
        capTiers: z
          .array(capTierSchema)
          .min(1)
          .default([
            { upTo: 7_000_000, rate: 0.2 },
            { upTo: 12_000_000, rate: 0.15 },
            { upTo: null, rate: 0.1 },
          ]),
      })
      .strict()
      .prefault({}),
    /** Largest difference in kronor that still counts as equal (rounding). */
    tolerance: z.number().min(0).max(1000).default(1),
    excludedRows: z
      .object({
        /** A label carrying this marker is excluded when a footnote in its block says so. */
        marker: z.string().min(1).default('*'),
        footnotePattern: z.string().min(1).default('inkluderas inte'),
        /** Labels always left out of every sum, whatever the sheet's footnotes say. */
        labels: z.array(z.string()).default([]),
      })
      .strict()
      .prefault({}),
    forecast: forecastConfigSchema.prefault({}),
    /** Findings and rules marked "ignorera" (src/domain/dismiss.ts). */
    dismissed: dismissedSchema.prefault({}),
    /** In Excel: check the budget sheet again whenever it is edited (off for very large sheets). */
    revalidateOnEdit: z.boolean().default(true),
    /** Corrections of the structure the tool read (see `finsam-budget structure`). */
    structure: z
      .object({
        /** Which rows a total covers, by the sheet's row numbers: { "row": 21, "covers": "14-20" }. */
        totals: z.array(totalOverrideSchema).default([]),
        /** Columns that are not year columns: letters ("G") or header text ("Prognos 2023/2024"). */
        ignoreColumns: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .prefault({}),
    /** The amounts' unit when the sheet does not say it (or says it wrong): kronor or thousands. */
    unit: z.enum(['kr', 'tkr']).optional(),
    /** Who pays a contribution row, by its label: "Bidrag Norrtälje" → "municipality"; "none" for not a member. */
    members: z.record(z.string().min(1), z.enum(['state', 'region', 'municipality', 'region-and-municipality', 'none'])).default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    const tiers = config.equity.capTiers;
    tiers.forEach((tier, i) => {
      const last = i === tiers.length - 1;
      if (!last && tier.upTo === null) {
        ctx.addIssue({ code: 'custom', path: ['equity', 'capTiers', i, 'upTo'], message: 'bara den sista nivån får sakna övre gräns' });
      }
      const prev = i > 0 ? tiers[i - 1].upTo : 0;
      if (tier.upTo !== null && prev !== null && tier.upTo <= prev) {
        ctx.addIssue({ code: 'custom', path: ['equity', 'capTiers', i, 'upTo'], message: 'nivåerna måste komma i stigande ordning' });
      }
    });
  });

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

export class ConfigError extends Error {}

/** A zod issue as a Swedish sentence naming the field. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  // An unknown key is named as the field itself, not as its parent.
  const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
  const field = path.length ? path.join('.') : '(hela konfigurationen)';
  return `fältet "${field}": ${swedishReason(issue)}`;
}

function swedishReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `ska vara ${swedishType(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `ska ha minst ${issue.minimum} element`
        : `ska vara minst ${issue.minimum}${issue.inclusive === false ? ' (och större)' : ''}`;
    case 'too_big':
      return `får vara högst ${issue.maximum}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? 'okänt fält; kontrollera stavningen'
        : `okända fält ${issue.keys.map((k) => `"${k}"`).join(', ')}; kontrollera stavningen`;
    case 'invalid_value':
      return `ska vara ett av ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

function swedishType(expected: string): string {
  const names: Record<string, string> = {
    number: 'ett tal', string: 'en text', object: 'ett objekt', array: 'en lista', boolean: 'sant eller falskt',
  };
  return names[expected] ?? expected;
}

/** Checks a configuration; throws a ConfigError with every problem in Swedish. */
export function parseConfig(input: unknown, source = 'konfigurationen'): Config {
  const result = configSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const reasons = result.error.issues.map(describeIssue).join('; ');
  throw new ConfigError(`Ogiltig ${source}: ${reasons}.`);
}

export const defaultConfig: Config = parseConfig({});

/** The equity cap for a year's member contributions, tier by tier. */
export function equityCap(contributions: number, config: Config): number {
  let cap = 0;
  let lower = 0;
  for (const tier of config.equity.capTiers) {
    const upper = tier.upTo ?? Infinity;
    const inTier = Math.max(0, Math.min(contributions, upper) - lower);
    cap += inTier * tier.rate;
    lower = upper;
    if (contributions <= upper) break;
  }
  return Math.round(cap);
}
