// Builds examples/budgetplan-2026.xlsx: the budget table of section 4 of FinsamGotland's
// "Verksamhets- och budgetplan 2026" exactly as printed: printed values, totals as typed
// constants, blanks where the document has none, "- kr" as zero. Run: npm run sample
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const KR = '#,##0 "kr";-#,##0 "kr";"- kr"';

// Transcribed from the plan; '' is a blank cell, 0 a printed "- kr". Bold rows are totals/headers.
export const SAMPLE_ROWS = [
  ['Intäkter', 'Intäkter 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'],
  ['Försäkringskassan', 2115000, 2100000, 2050000, 2000000, 2000000],
  ['Region Gotland', 2115000, 2100000, 2050000, 2000000, 2000000],
  ['Summa Samverkansmedel', 4230000, 4200000, 4100000, 4000000, 4000000],
  ['Lönebidrag*', 100000, 160000, 160000, 160000, 160000],
  ['Ränteintäkter', 562, 500, 500, 500, 400],
  ['Eget kapital', 2263472, 2714095, 1532148, 1019323, 884402],
  ['TOTALT', 6494034, 6914595, 5632648, 5019823, 4884802],
  [],
  ['*Inkluderas inte i totalen. Beräknas direkt in under personalkostnader.'],
  [],
  ['Kostnader', 'Budget 2025', 'Budget 2026', 'Prognos 2027', 'Prognos 2028', 'Prognos 2029'],
  ['utvecklingsinsatser', '', '', '', '', ''],
  ['Strukturell samverkan & kompetensutveckling', 300000, 300000, 300000, 300000, 300000],
  ['Uppföljning & utvärdering', 10000, 5000, 5000, 5000, 5000],
  ['Konsulttjänster', 50000, '', '', '', ''],
  ['Jobbvagen A/R', 960000, 0, 0, 0, 0],
  ['Jobbvägen försteget', 1133510, 1652447, 1705325, 735421, ''],
  ['Ung Vux Gotland', 908128, 850000, 0, 0, 0],
  ['Nya insatser*', '', 1300000, 1300000, 1300000, 2000000],
  ['TOTALT Utvecklingsinsatser', 3162166, 4107447, 3310325, 2340421, 2305000],
  ['Reserv eget kapital', 650000, 650000, 650000, 650000, 650000],
  ['SUMMA KOSTNADER', 4494166, 5382447, 4613325, 4135421, 4171800],
];

const BOLD = new Set(['Intäkter', 'Kostnader', 'TOTALT', 'utvecklingsinsatser', 'TOTALT Utvecklingsinsatser', 'SUMMA KOSTNADER']);

/** The sample as a workbook; `emptyYears` blanks those columns' item cells (for forecast tests). */
export function buildSample({ emptyYears = [] } = {}) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'finsam-budget';
  workbook.created = new Date('2026-02-06T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Budget 2026');
  const header = SAMPLE_ROWS[0];
  SAMPLE_ROWS.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      const year = c > 0 ? Number(String(header[c]).slice(-4)) : null;
      const blanked = typeof value === 'number' && emptyYears.includes(year);
      if (value !== '' && !blanked) cell.value = value;
      if (c > 0 && typeof value !== 'string') cell.numFmt = KR;
    });
    if (BOLD.has(cells[0])) row.font = { bold: true };
  });
  sheet.getColumn(1).width = 44;
  for (let c = 2; c <= 6; c++) sheet.getColumn(c).width = 15;
  return workbook;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'budgetplan-2026.xlsx');
  await buildSample().xlsx.writeFile(out);
  console.log(`Skrev ${out}`);
}
