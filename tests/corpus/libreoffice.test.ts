/**
 * The corpus workbooks read as Excel would save them: LibreOffice recalculates every formula
 * of every layout (clean and twin, each layout's sheets in one workbook per kind) and each
 * cached result the builder wrote must be what LibreOffice computes. A builder that cached a
 * wrong sum would make the corpus test the engine against a sheet no spreadsheet produces.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cellValue, disposeProfile, recalculate, toNumber } from '../helpers/libreoffice';
import { CASES } from './all';
import { gridsOf } from './run';
import type { Grid } from './grid';
import { writeWorkbook, type Pokes } from './write';

/** LibreOffice writes a percent-formatted cell as "3.33333333333334%". */
const numberOf = (text: string) => (text.endsWith('%') ? toNumber(text.slice(0, -1)) / 100 : toNumber(text));

afterAll(async () => {
  await disposeProfile();
});

/** Every case's budget sheet under a name of its own (Excel: at most 31 characters). */
function corpusSheets(twin: boolean): { grids: Grid[]; pokes: Record<string, Pokes> } {
  const grids: Grid[] = [];
  const pokes: Record<string, Pokes> = {};
  for (const c of CASES) {
    const grid = gridsOf(c.sheets).find((g) => g.name === c.sheet)!;
    const name = c.id.slice(0, 31);
    grids.push({ ...grid, name });
    if (twin) pokes[name] = c.twin.pokes[c.sheet];
  }
  return { grids, pokes };
}

describe.each([
  ['clean', false],
  ['twin', true],
])('the %s workbooks in LibreOffice', (_kind, twin) => {
  it('cache every formula result as LibreOffice computes it', async () => {
    const { grids, pokes } = corpusSheets(twin);
    const dir = mkdtempSync(path.join(tmpdir(), 'finsam-corpus-lo-'));
    const file = path.join(dir, 'corpus.xlsx');
    writeFileSync(file, await writeWorkbook(grids, pokes));
    const recalculated = await recalculate(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    let formulas = 0;
    const differing: string[] = [];
    book.eachSheet((ws) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          formulas++;
          const cached = cell.result;
          const computed = cellValue(recalculated[ws.name], cell.address);
          const same = typeof cached === 'number' ? Math.abs(numberOf(computed) - cached) < 1e-6 : computed.startsWith('#') || computed === String((cached as { error?: string })?.error ?? cached);
          if (!same) differing.push(`${ws.name}!${cell.address}: cached ${JSON.stringify(cached)}, LibreOffice ${computed}`);
        }),
      );
    });
    rmSync(dir, { recursive: true, force: true });
    expect(formulas).toBeGreaterThan(150);
    expect(differing).toEqual([]);
  }, 180_000);
});
