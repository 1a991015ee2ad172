import type { Runner } from './excel-host';

/**
 * Calls `listener` whenever the user (or another add-in, or a co-author) changes the sheet:
 * Excel's worksheet onChanged (ExcelApi 1.7). Changes this add-in makes itself are left out
 * (triggerSource, ExcelApi 1.14; older Excel calls once more, which costs one extra read).
 * Resolves to the function that removes the handler.
 */
export async function watchSheet(run: Runner, sheet: string, listener: () => void): Promise<() => Promise<void>> {
  let handle: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  await run({}, async (context) => {
    handle = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
      if (event.triggerSource !== 'ThisLocalAddin') listener();
    });
    await context.sync();
  });
  return async () => {
    const h = handle as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
    if (!h) return;
    handle = null;
    // Office.js removes a handler in a batch on the context that added it.
    h.remove();
    await h.context.sync();
  };
}
