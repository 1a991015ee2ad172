import fc from 'fast-check';
import { isBlank, readAmount } from '../src/domain/amount';
import { cleanLabel, isLabelText } from '../src/domain/headers';
import { defaultConfig, parseConfig, type Config } from '../src/domain/config';
import { findingSchema } from '../src/domain/findings';
import { NoBudgetTableError } from '../src/domain/parse';
import { columnLetter, parseA1, snapshotSize, toA1, type CellValue, type SheetSnapshot } from '../src/domain/snapshot';
import { validate } from '../src/domain/validate';

const NBSP = '\u00a0';
const THIN = '\u202f';

// ---------------------------------------------------------------------------------------------
// Arbitrary grids
// ---------------------------------------------------------------------------------------------

const LABELS = [
  'TOTALT', 'Kostnader', 'Intäkter', 'Eget kapital', 'Ingående eget kapital', 'Försäkringskassan', 'Staten',
  'Arbetsförmedlingen', 'Region Gotland', 'Region Skåne', 'Malmö kommun', 'Kommunerna', 'Summa samverkansmedel',
  'Ränteintäkter', 'Övriga intäkter', 'Administration', 'Utvecklingsinsatser', 'Projekt', 'Lön', 'Lokal',
  'Summa administration', 'TOTALT Utvecklingsinsatser', 'Kostnader: Projekt', 'Reserv eget kapital', 'SUMMA KOSTNADER',
  'TOTALT: Kostnader', 'Summa intäkter', 'Lönebidrag*', '*Inkluderas inte i totalen', '*', '<b>TOTALT</b>',
  'INTÄKTER och eget kapital', 'Eget kapital/sparade medel', 'Summa', '',
];
const ERRORS = [
  '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#N/A', '#NUM!', '#NULL!', '#SPILL!',
  '#REFERENS!', '#VÄRDEFEL!', '#DIVISION/0!', '#NAMN?', '#SAKNAS!', '#referens!',
];
const KINDS = ['Budget', 'Prognos', 'Utfall', 'Bokslut', 'Budgetplan', 'Intäkter', 'Kostnader', ''];

const yearHeader = fc
  .tuple(fc.constantFrom(...KINDS), fc.integer({ min: 1985, max: 2210 }))
  .map(([kind, year]) => (kind ? `${kind} ${year}` : String(year)));

const swedishAmount = fc
  .tuple(
    fc.constantFrom('', '-', '\u2212', '\u2013', '+'),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', NBSP, THIN, ''),
    fc.constantFrom('', ',5', ',50', ',05'),
    fc.constantFrom('', ' kr', 'kr', ' SEK', ':-', ' kr.'),
  )
  .map(([sign, groups, sep, dec, unit]) =>
    `${sign}${groups.map((g, i) => (i === 0 ? String(g) : String(g).padStart(3, '0'))).join(sep)}${dec}${unit}`,
  );

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -50_000_000, max: 50_000_000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 1985, max: 2210 }) },
  { weight: 2, arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, -0, 5e-324) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: yearHeader },
  { weight: 2, arbitrary: swedishAmount },
  { weight: 1, arbitrary: fc.constantFrom('-', '–', '- kr', '−', ' ', NBSP, '') },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const cellRef = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 2000 }), fc.boolean())
  .map(([c, r, abs]) => (abs ? `$${columnLetter(c)}$${r}` : `${columnLetter(c)}${r}`));

const formulaText: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.tuple(cellRef, cellRef).map(([a, b]) => `=SUM(${a}:${b})`) },
  { weight: 1, arbitrary: fc.array(cellRef, { minLength: 1, maxLength: 4 }).map((refs) => `=SUMMA(${refs.join(';')})`) },
  { weight: 1, arbitrary: fc.array(cellRef, { minLength: 1, maxLength: 4 }).map((refs) => `=${refs.join('+')}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('=SUM(', '=', '=B2-B3', "=SUM('Blad 2'!B2:B4)", '=ROUND(B2,0)', '=SUM(B2:C9)', '=A1:', '=SUM(ZZZ1:ZZZ3)'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `=${s}`) },
);

/** A header row (a label and year headers) to put into a grid, so that many grids parse. */
const headerRow = fc.tuple(fc.constantFrom('Intäkter', 'Kostnader', '', 'Budget'), fc.array(yearHeader, { minLength: 1, maxLength: 6 }));

const topLeftArb = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5000 }))
  .map(([col, row]) => toA1(row, col));

const gridArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 22 }),
    cols: fc.integer({ min: 1, max: 8 }),
    topLeft: fc.oneof(fc.constant('A1'), topLeftArb),
    headers: fc.array(fc.tuple(fc.nat(), headerRow), { maxLength: 2 }),
  })
  .chain(({ rows, cols, topLeft, headers }) =>
    fc
      .tuple(
        fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        fc.array(fc.array(formulaText, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      )
      .map(([values, formulas]) => {
        for (const [at, [label, years]] of headers) {
          const line = [label, ...years].slice(0, cols);
          const r = at % rows;
          line.forEach((v, c) => (values[r][c] = v));
        }
        const snapshot: SheetSnapshot = {
          sheetName: 'Budget',
          topLeft,
          values,
          formulas,
          numberFormats: values.map((r) => r.map(() => 'General')),
        };
        return snapshot;
      }),
  );

const configArb: fc.Arbitrary<Config> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(defaultConfig) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        tolerance: fc.integer({ min: 0, max: 1000 }),
        floor: fc.integer({ min: 0, max: 5_000_000 }),
        rate: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ tolerance, floor, rate }) =>
        parseConfig({ tolerance, equity: { floor, capTiers: [{ upTo: 3_000_000, rate }, { upTo: null, rate: rate / 2 }] } }),
      ),
  },
);

/** Validates, allowing only the documented NoBudgetTableError; returns null for it. */
function validateOrNoTable(snapshot: SheetSnapshot, config: Config) {
  try {
    return validate(snapshot, config);
  } catch (e) {
    if (e instanceof NoBudgetTableError) return null;
    throw e;
  }
}

describe('parsing and validating arbitrary grids', () => {
  it('never throws except NoBudgetTableError, and every finding is well formed and inside the sheet', () => {
    let parsed = 0;
    let findings = 0;
    fc.assert(
      fc.property(gridArb, configArb, (snapshot, config) => {
        const result = validateOrNoTable(snapshot, config);
        if (!result) return;
        parsed++;
        const origin = parseA1(snapshot.topLeft);
        const { rows, cols } = snapshotSize(snapshot);
        for (const finding of result.findings) {
          findings++;
          expect([finding.rule, findingSchema.safeParse(finding).success]).toEqual([finding.rule, true]);
          const at = parseA1(finding.cell);
          expect(at.row).toBeGreaterThanOrEqual(origin.row);
          expect(at.row).toBeLessThan(origin.row + rows);
          expect(at.col).toBeGreaterThanOrEqual(origin.col);
          expect(at.col).toBeLessThan(origin.col + cols);
          if (finding.year !== undefined) expect(result.sheet.years.map((y) => y.year)).toContain(finding.year);
          if (typeof finding.expected === 'number') expect(Number.isNaN(finding.expected)).toBe(false);
          if (typeof finding.actual === 'number') expect(Number.isNaN(finding.actual)).toBe(false);
        }
      }),
      { numRuns: 600 },
    );
    // The generator must reach the rules, not only the parser's refusal.
    expect(parsed).toBeGreaterThan(40);
    expect(findings).toBeGreaterThan(40);
  });

  it('reports the NoBudgetTableError for a grid without year headers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constantFrom(...LABELS), fc.integer({ min: 3000, max: 9_000_000 }), fc.constant(null)), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 10,
        }),
        (values) => {
          const snapshot: SheetSnapshot = {
            sheetName: 'Budget',
            topLeft: 'A1',
            values,
            formulas: values.map((r) => r.map(() => null)),
            numberFormats: values.map((r) => r.map(() => 'General')),
          };
          expect(() => validate(snapshot, defaultConfig)).toThrow(NoBudgetTableError);
        },
      ),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Generated valid budget tables
// ---------------------------------------------------------------------------------------------

interface Plan {
  topLeft: string;
  firstYear: number;
  outcomeWord: string | null;
  prognosisYears: number;
  quarter: number[]; // per year: the quarter q; the state pays 2q, the region q, the municipalities q
  municipalities: number; // 0: Region Gotland pays the whole other half
  stateSplit: boolean; // Försäkringskassan + Arbetsförmedlingen
  otherIncome: number[][]; // rows × years
  excluded: number[] | null; // Lönebidrag*, per year
  opening: number;
  closingShare: number[]; // per year, 0..1 between the floor and the cap
  sections: { name: string; items: string[] }[];
  reserve: boolean;
  weights: number[]; // random weights for the cost leaves
}

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    topLeft: fc.oneof(fc.constant('A1'), topLeftArb),
    firstYear: fc.integer({ min: 2015, max: 2090 }),
    outcomeWord: fc.constantFrom(null, 'Utfall', 'Bokslut', 'Budget'),
    prognosisYears: fc.integer({ min: 1, max: 4 }),
    municipalities: fc.integer({ min: 0, max: 3 }),
    stateSplit: fc.boolean(),
    otherRows: fc.integer({ min: 0, max: 2 }),
    withExcluded: fc.boolean(),
    opening: fc.integer({ min: 650_000, max: 3_000_000 }),
    sections: fc.array(
      fc.record({
        name: fc.constantFrom('Administration', 'Utvecklingsinsatser', 'Projekt', 'Strukturella insatser'),
        items: fc.array(fc.constantFrom('Lön', 'Lokal', 'Resor', 'Insats Steg för steg', 'IT', 'Revision'), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    reserve: fc.boolean(),
    seed: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 20, maxLength: 20 }),
  })
  .chain((p) => {
    const years = (p.outcomeWord ? 1 : 0) + 1 + p.prognosisYears;
    const leaves = p.sections.reduce((n, s) => n + s.items.length, 0) + (p.reserve ? 1 : 0);
    // Amounts of at least 10 000 kr: see the report on small amounts read as year headers.
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: 10_000, max: 400_000 }));
    return fc.record({
      topLeft: fc.constant(p.topLeft),
      firstYear: fc.constant(p.firstYear),
      outcomeWord: fc.constant(p.outcomeWord),
      prognosisYears: fc.constant(p.prognosisYears),
      quarter: fc.array(fc.integer({ min: 1_000_000, max: 8_000_000 }), { minLength: years, maxLength: years }),
      municipalities: fc.constant(p.municipalities),
      stateSplit: fc.constant(p.stateSplit),
      otherIncome: fc.array(fc.array(amount, { minLength: years, maxLength: years }), { minLength: p.otherRows, maxLength: p.otherRows }),
      excluded: p.withExcluded
        ? fc.array(fc.integer({ min: 10_000, max: 900_000 }), { minLength: years, maxLength: years })
        : fc.constant(null),
      opening: fc.constant(p.opening),
      closingShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: years, maxLength: years }),
      sections: fc.constant(p.sections),
      reserve: fc.constant(p.reserve),
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: leaves, maxLength: leaves }),
    });
  });

type Cell = { v: CellValue; f?: string };

/** Splits a whole number into parts of at least `min`, by weight; the parts add up exactly. */
function split(total: number, weights: number[], min: number): number[] {
  const rest = total - min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => min + Math.floor((rest * w) / sum));
  parts[0] += total - parts.reduce((s, x) => s + x, 0);
  return parts;
}

/** Builds the table of a plan as a snapshot; every total a formula with its value, equity carried. */
function buildValidTable(plan: Plan, config: Config): SheetSnapshot {
  const origin = parseA1(plan.topLeft);
  const yearCount = plan.quarter.length;
  const headers = Array.from({ length: yearCount }, (_, i) => {
    const year = plan.firstYear + i;
    if (plan.outcomeWord && i === 0) return `${plan.outcomeWord} ${year}`;
    const budgetIndex = plan.outcomeWord ? 1 : 0;
    return `${i === budgetIndex ? 'Budget' : 'Prognos'} ${year}`;
  });
  const grid: Cell[][] = [];
  const ref = (row: number, i: number) => `${columnLetter(origin.col + 1 + i)}${origin.row + row + 1}`;
  const sumOf = (rows: number[], i: number) => {
    // Adjacent rows become ranges, as a person writes them.
    const parts: string[] = [];
    let start = rows[0];
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && rows[k] === rows[k - 1] + 1) continue;
      const end = rows[k - 1];
      parts.push(start === end ? ref(start, i) : `${ref(start, i)}:${ref(end, i)}`);
      start = rows[k];
    }
    return `=SUM(${parts.join(',')})`;
  };
  const value = (row: number, i: number) => grid[row][i + 1].v as number;
  const put = (label: string, amounts: (number | string | null)[]) => {
    grid.push([{ v: label }, ...amounts.map((v) => ({ v }))]);
    return grid.length - 1;
  };
  const putSum = (label: string, rows: number[]) => {
    const cells = headers.map((_, i) => ({ v: rows.reduce((s, r) => s + value(r, i), 0), f: sumOf(rows, i) }));
    grid.push([{ v: label }, ...cells]);
    return grid.length - 1;
  };

  // Income block.
  put('Intäkter', headers);
  const members: number[] = [];
  const q = plan.quarter;
  if (plan.stateSplit) {
    members.push(put('Försäkringskassan', q.map((x) => 2 * x - 200_000)));
    members.push(put('Arbetsförmedlingen', q.map(() => 200_000)));
  } else members.push(put('Försäkringskassan', q.map((x) => 2 * x)));
  if (plan.municipalities === 0) members.push(put('Region Gotland', q.map((x) => 2 * x)));
  else {
    members.push(put('Region Skåne', q));
    const names = ['Malmö kommun', 'Lunds kommun', 'Ystads kommun'];
    const parts = q.map((x) => split(x, Array.from({ length: plan.municipalities }, (_, k) => k + 1), 100_000));
    for (let k = 0; k < plan.municipalities; k++) members.push(put(names[k], parts.map((p) => p[k])));
  }
  const contributions = putSum('Summa samverkansmedel', members);
  const excludedRow = plan.excluded ? put('Lönebidrag*', plan.excluded) : null;
  const otherNames = ['Ränteintäkter', 'Övriga intäkter'];
  const others = plan.otherIncome.map((amounts, k) => put(otherNames[k], amounts));
  // Opening equity carried: the first year's from the plan, the others from the year before's closing.
  const openingRow = put('Eget kapital', headers.map(() => 0));
  const totalRow = put('TOTALT', headers.map(() => 0));
  if (excludedRow !== null) put('*Inkluderas inte i totalen', []);
  grid.push([]);
  put('Kostnader', headers);
  const leafRows: number[] = [];
  const subtotals: number[] = [];
  for (const section of plan.sections) {
    put(section.name, []);
    const items = section.items.map((label) => {
      const row = put(label, headers.map(() => 0));
      leafRows.push(row);
      return row;
    });
    subtotals.push(put(`Summa ${section.name.toLowerCase()}`, headers.map(() => 0)));
    void items;
  }
  const reserveRow = plan.reserve ? put('Reserv eget kapital', headers.map(() => 0)) : null;
  if (reserveRow !== null) leafRows.push(reserveRow);
  const costTotal = put('SUMMA KOSTNADER', headers.map(() => 0));

  // Amounts year by year: closing equity between the floor and the cap, costs spread over the leaves.
  let opening = plan.opening;
  const topCost = [...subtotals, ...(reserveRow !== null ? [reserveRow] : [])];
  for (let i = 0; i < yearCount; i++) {
    grid[openingRow][i + 1] = { v: opening };
    const incomeRows = [contributions, ...others, openingRow];
    grid[totalRow][i + 1] = { v: incomeRows.reduce((s, r) => s + value(r, i), 0), f: sumOf(incomeRows, i) };
    const c = 4 * q[i];
    const cap = Math.floor(capOf(c, config));
    const floor = config.equity.floor;
    const closing = Math.round(floor + (cap - floor) * plan.closingShare[i]);
    const costs = value(totalRow, i) - closing;
    const parts = split(costs, plan.weights, 10_000);
    leafRows.forEach((row, k) => (grid[row][i + 1] = { v: parts[k] }));
    // Section subtotals over their own items.
    let k = 0;
    plan.sections.forEach((section, s) => {
      const items = leafRows.slice(k, k + section.items.length);
      k += section.items.length;
      grid[subtotals[s]][i + 1] = { v: items.reduce((sum, r) => sum + value(r, i), 0), f: sumOf(items, i) };
    });
    grid[costTotal][i + 1] = { v: topCost.reduce((s, r) => s + value(r, i), 0), f: sumOf(topCost, i) };
    opening = closing;
  }

  const width = yearCount + 1;
  return {
    sheetName: 'Budget',
    topLeft: plan.topLeft,
    values: grid.map((r) => Array.from({ length: width }, (_, c) => r[c]?.v ?? null)),
    formulas: grid.map((r) => Array.from({ length: width }, (_, c) => r[c]?.f ?? null)),
    numberFormats: grid.map(() => Array.from({ length: width }, () => '#,##0 "kr"')),
  };
}

/** The stepped cap, written out here rather than imported, so the test checks the engine's. */
function capOf(contributions: number, config: Config): number {
  let cap = 0;
  let lower = 0;
  for (const tier of config.equity.capTiers) {
    const upper = tier.upTo ?? Infinity;
    cap += Math.max(0, Math.min(contributions, upper) - lower) * tier.rate;
    lower = upper;
  }
  return cap;
}

describe('generated valid budget tables', () => {
  it('raise no finding at all (so no error), wherever the table starts', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const snapshot = buildValidTable(plan, defaultConfig);
        const result = validate(snapshot, defaultConfig);
        const expectedYears = plan.quarter.map((_, i) => plan.firstYear + i);
        expect(result.sheet.years.map((y) => y.year)).toEqual(expectedYears);
        expect(result.sheet.budgetYear).toBe(plan.firstYear + (plan.outcomeWord ? 1 : 0));
        expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(result.findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('raise sum-mismatch at the right cell when one item is changed but its subtotal is not', () => {
    fc.assert(
      fc.property(planArb, fc.nat(), fc.integer({ min: 2, max: 1_000_000 }), (plan, pick, delta) => {
        const snapshot = buildValidTable(plan, defaultConfig);
        const origin = parseA1(snapshot.topLeft);
        const labels = snapshot.values.map((r) => r[0]);
        const firstItemRow = labels.indexOf(plan.sections[0].items[0], labels.indexOf('Kostnader'));
        const year = pick % plan.quarter.length;
        const before = snapshot.values[firstItemRow][year + 1] as number;
        snapshot.values[firstItemRow][year + 1] = before + delta;
        const subtotalRow = firstItemRow + plan.sections[0].items.length;
        const result = validate(snapshot, defaultConfig);
        const mismatches = result.findings.filter((f) => f.rule === 'sum-mismatch');
        expect(mismatches).toEqual([
          expect.objectContaining({
            cell: toA1(origin.row + subtotalRow, origin.col + year + 1),
            year: plan.firstYear + year,
            actual: snapshot.values[subtotalRow][year + 1],
            expected: (snapshot.values[subtotalRow][year + 1] as number) + delta,
          }),
        ]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the parser\'s shortcuts agree with the functions they stand in for', () => {
  // Cell texts drawn from what such shortcuts could get wrong: spaces of every kind, tags, digits.
  const piece = fc.constantFrom(' ', '\u00a0', '\u2007', '\u202f', '\t', '<b>', '</b>', '<>', 'Budget', '2026', '7', 'kr', '-', 'x');
  const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')),
    fc.string(),
  );

  it('isBlank(v) is readAmount(v).kind === "blank"', () => {
    fc.assert(fc.property(cellArb, (v) => expect(isBlank(v)).toBe(readAmount(v).kind === 'blank')), { numRuns: 2000 });
  });

  it('cleanLabel(v) is the full clean-up, also when it takes its shortcut', () => {
    const full = (v: CellValue) => (typeof v === 'string' ? v.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : '');
    fc.assert(fc.property(cellArb, (v) => expect(cleanLabel(v)).toBe(full(v))), { numRuns: 2000 });
  });

  it('isLabelText(v) is cleanLabel(v) !== ""', () => {
    fc.assert(fc.property(cellArb, (v) => expect(isLabelText(v)).toBe(cleanLabel(v) !== '')), { numRuns: 2000 });
  });
});
