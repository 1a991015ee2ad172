/**
 * A folder of budget workbooks like the sample, for the batch test (tests/cli-batch.test.ts)
 * and `npm run bench`: copies of examples/budgetplan-2026.xlsx, of the same plan with its
 * prognosis years blank, and, where asked, the broken kinds a controller's folder holds: a
 * truncated download, a workbook with no budget table, and a file that is not a workbook.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type BatchKind = 'sample' | 'blank-prognosis' | 'truncated' | 'no-budget';

export interface BatchFolder {
  /** Workbook files written, in name order, with their kind. */
  files: { file: string; kind: BatchKind }[];
  /** The file that is not a workbook (skipped by a folder run), if any. */
  other?: string;
}

/** Which kind file i (0-based) is: every tenth truncated, the 51st without a budget table, odd ones blank in 2027-2029. */
export function kindOf(i: number, broken: boolean): BatchKind {
  if (broken && i % 10 === 9) return 'truncated';
  if (broken && i === 50) return 'no-budget';
  return i % 2 === 1 ? 'blank-prognosis' : 'sample';
}

async function variants(sample: Buffer): Promise<Record<BatchKind, Buffer>> {
  const blank = new ExcelJS.Workbook();
  await blank.xlsx.load(sample as unknown as ArrayBuffer);
  const ws = blank.worksheets[0];
  for (let r = 2; r <= ws.rowCount; r++) for (const col of ['D', 'E', 'F']) if (typeof ws.getCell(`${col}${r}`).value === 'number') ws.getCell(`${col}${r}`).value = null;
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Instruktioner').getCell('A1').value = 'Fyll i budgeten på bladet Budget. Inga tal här.';
  return {
    sample,
    'blank-prognosis': Buffer.from(await blank.xlsx.writeBuffer()),
    truncated: sample.subarray(0, Math.floor(sample.length / 3)),
    'no-budget': Buffer.from(await other.xlsx.writeBuffer()),
  };
}

/** Writes `count` workbooks (plan-001.xlsx ...) into `dir`; with `broken`, the broken kinds and a läsmig.txt too. */
export async function writeBatchFolder(dir: string, count: number, samplePath: string, broken: boolean): Promise<BatchFolder> {
  await fs.mkdir(dir, { recursive: true });
  const bytes = await variants(await fs.readFile(samplePath));
  const files: BatchFolder['files'] = [];
  for (let i = 0; i < count; i++) {
    const kind = kindOf(i, broken);
    const file = path.join(dir, `plan-${String(i + 1).padStart(3, '0')}.xlsx`);
    await fs.writeFile(file, bytes[kind]);
    files.push({ file, kind });
  }
  if (!broken) return { files };
  const other = path.join(dir, 'läsmig.txt');
  await fs.writeFile(other, 'Planerna för 2026, ett förbund per fil.\n');
  return { files, other };
}
