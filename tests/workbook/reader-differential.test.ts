/**
 * The reader (src/workbook/read) against the exceljs-based snapshot (src/workbook/snapshot),
 * cell by cell: on the workbooks the project's tests use and on random workbooks written by
 * exceljs. Values and formulas must be equal everywhere; the number format wherever a cell holds
 * something. Beyond the reader's last cell, exceljs may only have blanks (styled empty cells).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSample } from '../forecast/helpers';
import type { SheetSnapshot } from '../../src/domain/snapshot';
import { loadWorkbookBuffer, readSnapshots } from '../../src/workbook/load';
import { snapshotsOf } from '../../src/workbook/snapshot';
import { budgetWorkbook } from '../../scripts/bench-workbooks';
import { SAMPLE } from '../helpers/cli';
import { validBudgetRows } from '../helpers/sheet';
import { writeRows } from '../hostile/helpers';
import { base, budgetRows, excludedRowTable } from '../rules/tables';

function differences(mine: SheetSnapshot, theirs: SheetSnapshot): string[] {
  const out: string[] = [];
  const rows = Math.max(mine.values.length, theirs.values.length);
  const cols = Math.max(...[...mine.values, ...theirs.values].map((r) => r.length), 0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const a = [mine.values[r]?.[c] ?? null, mine.formulas[r]?.[c] ?? null];
      const b = [theirs.values[r]?.[c] ?? null, theirs.formulas[r]?.[c] ?? null];
      const held = b[0] !== null || b[1] !== null;
      const fa = mine.numberFormats[r]?.[c];
      const fb = theirs.numberFormats[r]?.[c];
      if (a[0] !== b[0] || a[1] !== b[1] || (held && fa !== fb)) out.push(`${theirs.sheetName}!R${r + 1}C${c + 1}: ${JSON.stringify([...a, fa])} ≠ ${JSON.stringify([...b, fb])}`);
      if (out.length > 10) return out;
    }
  }
  return out;
}

async function expectSameSnapshots(bytes: Uint8Array, name: string): Promise<void> {
  const mine = await readSnapshots(bytes, name);
  const theirs = snapshotsOf(await loadWorkbookBuffer(Buffer.from(bytes), name));
  expect(mine.map((s) => s.sheetName)).toEqual(theirs.map((s) => s.sheetName));
  expect(mine.flatMap((s, i) => differences(s, theirs[i]))).toEqual([]);
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function workbookOf(sheets: [string, Parameters<typeof writeRows>[1]][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) writeRows(wb.addWorksheet(name), rows);
  return bytesOf(wb);
}

describe("the project's workbooks", () => {
  it('the sample plan', async () => {
    await expectSameSnapshots(readFileSync(SAMPLE), path.basename(SAMPLE));
  });

  it('the sample with its prognosis years emptied, as the forecast tests write it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finsam-differential-'));
    try {
      writeSample(path.join(dir, 'plan.xlsx'), [2027, 2028, 2029]);
      await expectSameSnapshots(readFileSync(path.join(dir, 'plan.xlsx')), 'plan.xlsx');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the benchmark's budgets (formulas, several sheets)", async () => {
    await expectSameSnapshots(await bytesOf(budgetWorkbook({ rows: 300, years: 5 }, 3)), 'bench.xlsx');
  });

  it("the hostile and rule tests' tables", async () => {
    await expectSameSnapshots(
      await workbookOf([
        ['Budget', validBudgetRows()],
        ['Regler', base()],
        ['Rader', budgetRows()],
        ['Undantag', excludedRowTable()],
      ]),
      'rules.xlsx',
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Random workbooks

const text = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9 _.,;:'"<>&*%()=+\-]{1,24}$/);
const errorValue = fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#NAME?', '#VALUE!', '#NUM!', '#NULL!');
const numberFormat = fc.constantFrom('General', '0', '#,##0', '# ##0 "kr"', '0.00%', '@', '#,##0;[Red]-#,##0');
const dateFormat = fc.constantFrom('yyyy-mm-dd', 'mm-dd-yy', 'd mmm yyyy', '[$-41D]yyyy-mm-dd;@');
const amount = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
const ref = fc.tuple(fc.constantFrom('A', 'B', 'C', 'AA', '$B', 'XFD'), fc.integer({ min: 1, max: 400 })).map(([c, r]) => `${c}${r}`);

type Spec =
  | { kind: 'text'; value: string }
  | { kind: 'rich'; parts: string[] }
  | { kind: 'number'; value: number; format: string }
  | { kind: 'date'; value: Date; format: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; formula: string; result: number | string | boolean | { error: string } | undefined; format: string };

const cellSpec: fc.Arbitrary<Spec> = fc.oneof(
  text.map((value) => ({ kind: 'text' as const, value })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => ({ kind: 'rich' as const, parts })),
  fc.tuple(amount, numberFormat).map(([value, format]) => ({ kind: 'number' as const, value, format })),
  fc.tuple(fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), dateFormat).map(([value, format]) => ({ kind: 'date' as const, value, format })),
  fc.boolean().map((value) => ({ kind: 'bool' as const, value })),
  errorValue.map((value) => ({ kind: 'error' as const, value })),
  fc
    .tuple(
      fc.tuple(ref, ref).map(([a, b]) => `SUM(${a}:${b})+${a}`),
      fc.option(fc.oneof(amount, text, fc.boolean(), errorValue.map((error) => ({ error }))), { nil: undefined }),
      numberFormat,
    )
    .map(([formula, result, format]) => ({ kind: 'formula' as const, formula, result, format })),
);

const sheetSpec = fc.record({
  // Sparse: rows far apart, cells in any column.
  cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 30 }), cellSpec), { maxLength: 60 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 6 }),
  shared: fc.option(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 6 })), { nil: undefined }),
  hidden: fc.boolean(),
});

type SheetSpec = typeof sheetSpec extends fc.Arbitrary<infer T> ? T : never;

function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const [r, c, s] of spec.cells) {
    const cell = ws.getCell(r, c);
    if (s.kind === 'rich') cell.value = { richText: s.parts.map((t: string, i: number) => ({ text: t, font: i % 2 ? { bold: true } : {} })) };
    else if (s.kind === 'error') cell.value = { error: s.value } as ExcelJS.CellErrorValue;
    else if (s.kind === 'formula') cell.value = { formula: s.formula, result: s.result } as ExcelJS.CellFormulaValue;
    else cell.value = s.value;
    if (s.kind === 'number' || s.kind === 'date' || s.kind === 'formula') cell.numFmt = s.format;
  }
  if (spec.shared) {
    // A shared formula: a master and the cells below it, each with its cached result.
    const [r, c, n] = spec.shared;
    const master = ws.getCell(r + 3000, c);
    master.value = { formula: `B${r}*2+$C$1`, result: 1 } as ExcelJS.CellFormulaValue;
    // Down a column or along a row: references move both ways.
    const across = n % 2 === 0;
    for (let i = 1; i <= n; i++) {
      const clone = across ? ws.getCell(r + 3000, c + i) : ws.getCell(r + 3000 + i, c);
      clone.value = { sharedFormula: master.address, result: i } as ExcelJS.CellSharedFormulaValue;
    }
  }
  const taken = new Set<string>();
  for (const [r, c, h, w] of spec.merges) {
    const cells = Array.from({ length: (h + 1) * (w + 1) }, (_, i) => `${r + Math.floor(i / (w + 1))}:${c + (i % (w + 1))}`);
    if (cells.some((k) => taken.has(k)) || cells.length === 1) continue;
    cells.forEach((k) => taken.add(k));
    ws.mergeCells(r, c, r + h, c + w);
  }
  if (spec.hidden) ws.state = 'hidden';
}

it('random workbooks written by exceljs read alike, cell by cell', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheetSpec, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
      const wb = new ExcelJS.Workbook();
      if (date1904) wb.properties.date1904 = true;
      sheets.forEach((spec, i) => writeSpec(wb.addWorksheet(`Blad ${i + 1}`), spec));
      if (sheets.every((s) => s.hidden)) wb.worksheets[0].state = 'visible';
      await expectSameSnapshots(await bytesOf(wb), 'random.xlsx');
    }),
    { numRuns: 60 },
  );
});
