import { HostError } from '../host/types';

/**
 * What this Excel can do beyond the manifest's minimum (ExcelApi 1.7), asked once. A
 * requirement set is only half the answer for objects: the host may report ExcelApi 1.18 while
 * the office.js it loaded has no `notes` (the npm package's library), so those are also checked
 * on the object itself (notesOf).
 */
export interface Capabilities {
  /** ExcelApi 1.9: Range.getCellProperties/setCellProperties, a whole rectangle of formats in one command. */
  cellProperties: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject, to refuse a table over merged cells before writing. */
  mergedAreas: boolean;
  /** ExcelApi 1.11: Excel.run waits while the user is editing a cell instead of failing. */
  delayForCellEdit: boolean;
  /** ExcelApi 1.18: the Notes API (and the object must exist too). */
  notes: boolean;
  /** ExcelApi 1.20: add-in changes are on Excel's own undo stack, one group per run. */
  undoGroups: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function capabilitiesOf(supported: IsSetSupported): Capabilities {
  const ask = (version: string) => {
    try {
      return supported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return { cellProperties: ask('1.9'), mergedAreas: ask('1.13'), delayForCellEdit: ask('1.11'), notes: ask('1.18'), undoGroups: ask('1.20') };
}

/** The workbook's notes collection, when this library and host have one. */
export function notesOf(workbook: Excel.Workbook): Excel.NoteCollection | null {
  const notes = (workbook as { notes?: Excel.NoteCollection }).notes;
  return notes && typeof notes.getItemOrNullObject === 'function' ? notes : null;
}

export const CELL_EDIT_MESSAGE = 'Avsluta redigeringen av cellen (Enter) och försök igen.';

/** Excel refuses a batch while a cell is being edited (without delayForCellEdit): say what to do. */
export function cellEditError(e: unknown): unknown {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'InvalidOperationInCellEditMode') return new HostError('cell-editing', CELL_EDIT_MESSAGE);
  return e;
}

/** What Excel's own Ctrl+Z can undo of the pane's actions on this host, for the pane to say. */
export function nativeUndoNote(caps: Capabilities): string {
  return caps.undoGroups
    ? 'I den här versionen av Excel ångrar också Ctrl+Z tilläggets ändringar i celler, en åtgärd i taget (Åtgärda, Fyll prognoser, Infoga tabeller). Ett blad som tillägget lagt till tas bara bort med Ångra här.'
    : 'I den här versionen av Excel når Ctrl+Z inte tilläggets ändringar: använd Ångra här. Den ändrar bara celler som ingen har ändrat sedan.';
}
