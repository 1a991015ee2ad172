import type { RawFinding, Rule } from '../findings';
import { referencedRows, sumFormula } from '../formulas';
import { isTotal, type BudgetSheet } from '../model';
import { formulaAt } from '../snapshot';
import { displayLabel, totalCells } from './util';

/** The rows a total covers when its subtotals are opened up into their own rows. */
function leafComponents(sheet: BudgetSheet, components: number[]): number[] {
  return components.flatMap((c) => {
    const row = sheet.byRow.get(c)!;
    return isTotal(row) && row.components ? leafComponents(sheet, row.components) : [c];
  });
}

function describeRows(sheet: BudgetSheet, rows: number[]): string {
  return rows.map((r) => displayLabel(sheet.byRow.get(r)!)).join(', ');
}

export const totalFormulaRange: Rule = {
  id: 'total-formula-range',
  severity: 'warning',
  description: 'En summaformel utelämnar en rad som ska ingå eller tar med en rad som inte ska ingå.',
  name: { sv: 'Summaformeln tar fel rader', en: 'Sum formula covers the wrong rows' },
  messages: {
    omits: { sv: 'Formeln för {label} {year} utelämnar {missing}.', en: 'The formula for {label} {year} leaves out {missing}.' },
    includes: { sv: 'Formeln för {label} {year} tar med {extra}.', en: 'The formula for {label} {year} takes in {extra}.' },
    both: {
      sv: 'Formeln för {label} {year} utelämnar {missing} och tar med {extra}.',
      en: 'The formula for {label} {year} leaves out {missing} and takes in {extra}.',
    },
  },
  groups: {
    omits: { sv: '{count} summaformler utelämnar rader', en: '{count} sum formulas leave out rows' },
    includes: { sv: '{count} summaformler tar med fel rader', en: '{count} sum formulas take in wrong rows' },
  },
  numbers: { expected: { sv: 'Rader som ska ingå', en: 'Rows to include' }, actual: { sv: 'Formel', en: 'Formula' } },
  check({ snapshot, sheet }) {
    const out: RawFinding[] = [];
    for (const { row, year } of totalCells(sheet)) {
      const formula = formulaAt(snapshot, row.row, year.col);
      if (!formula) continue;
      // The formula the tool itself would write covers exactly the right rows: no need to read it.
      if (formula.replace(/[\s$]/g, '').toUpperCase() === sumFormula(snapshot, row.components!, year.col)) continue;
      const referenced = referencedRows(snapshot, formula, year.col);
      if (!referenced) continue;
      // A referenced row only matters when it is part of the model and is not an empty spacer.
      const counted = new Set(
        referenced.filter((r) => {
          const m = sheet.byRow.get(r);
          return m && m.role !== 'section-header' && m.amounts.get(year.year)!.kind !== 'blank';
        }),
      );
      const referencedSet = new Set(referenced);
      const matches = (expected: number[]) => {
        const want = new Set(expected);
        const missing = expected.filter((r) => !referencedSet.has(r));
        const extra = [...counted].filter((r) => !want.has(r));
        return { missing, extra };
      };
      const direct = matches(row.components!);
      if (!direct.missing.length && !direct.extra.length) continue;
      // Only a formula that misses its direct rows is checked against the rows beneath them.
      const leaves = matches(leafComponents(sheet, row.components!));
      if (!leaves.missing.length && !leaves.extra.length) continue;
      const missing = describeRows(sheet, direct.missing);
      const extra = describeRows(sheet, direct.extra);
      out.push({
        row: row.row,
        col: year.col,
        year: year.year,
        messageId: missing && extra ? 'both' : missing ? 'omits' : 'includes',
        data: { label: displayLabel(row), year: year.year, missing, extra },
        expected: describeRows(sheet, row.components!),
        actual: formula,
      });
    }
    return out;
  },
};
