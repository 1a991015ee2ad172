import type { EditPlan } from './edits';
import type { Finding } from './findings';

/** Light red for errors, light amber for warnings: the two colours of "Markera i bladet". */
export const MARKER_FILL = { error: '#F4CCCC', warning: '#FFF2CC' } as const;

/**
 * Marks every flagged cell of the sheet with a fill (an error's colour wins over a warning's on
 * the same cell). Only the fill is written, never a value; the host's undo record of this one
 * action keeps each cell's previous fill, so taking the marks away puts exactly that back.
 */
export function markerPlan(sheet: string, findings: readonly Finding[]): EditPlan {
  const colour = new Map<string, string>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    if (f.severity === 'error' || !colour.has(f.cell)) colour.set(f.cell, MARKER_FILL[f.severity]);
  }
  const edits = [...colour].map(([cell, fill]) => ({ cell, fill, reason: 'Markering av ett fynd' }));
  return [{ sheet, create: false, edits, tables: [], columnWidths: {} }];
}
