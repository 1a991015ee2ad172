import { toA1 } from '../domain/snapshot';
import type { Rect } from './address';
import type { CellStyle } from './prepare';

/** A cell's look as it was before an action: fill null is no fill (pattern None), not white. */
export interface StyleBefore {
  fill: string | null;
  bold: boolean;
}

/** What Range.getCellProperties is asked for: fill colour and pattern (white vs none), boldness. */
export const STYLE_PROPERTIES = { format: { fill: { color: true, pattern: true }, font: { bold: true } } } as const;

type CellProps = { format?: { fill?: { color?: string; pattern?: string }; font?: { bold?: boolean } } };

/** A cell's style from Range.getCellProperties. */
export function styleFromProperties(p: CellProps | undefined): StyleBefore {
  const fill = p?.format?.fill;
  const none = !fill || fill.pattern === 'None' || fill.color === undefined;
  return { fill: none ? null : String(fill.color).toUpperCase(), bold: p?.format?.font?.bold ?? false };
}

/** Range.setCellProperties' argument: an empty object leaves a cell alone. */
export function stylesToProperties(grid: (Partial<StyleBefore> | CellStyle | null)[][]): CellProps[][] {
  return grid.map((row) =>
    row.map((s) => {
      if (!s) return {};
      const format: NonNullable<CellProps['format']> = {};
      if (s.fill === null) format.fill = { pattern: 'None' };
      else if (s.fill !== undefined) format.fill = { color: s.fill };
      if (s.bold !== undefined) format.font = { bold: s.bold };
      return { format };
    }),
  );
}

/**
 * Without ExcelApi 1.9 (no setCellProperties): runs of cells in a row with the same style,
 * each written as one range, so a styled row costs one command and not one per cell.
 */
export function styleRuns<T extends object>(rect: Rect, grid: (T | null)[][]): { address: string; style: T }[] {
  const runs: { address: string; style: T }[] = [];
  grid.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      if (c < row.length && same(row[c], row[start])) continue;
      const style = row[start];
      if (style) {
        const a = toA1(rect.top + r, rect.left + start);
        const b = toA1(rect.top + r, rect.left + c - 1);
        runs.push({ address: a === b ? a : `${a}:${b}`, style });
      }
      start = c;
    }
  });
  return runs;
}

function same(a: object | null, b: object | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
