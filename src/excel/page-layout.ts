import type { PageSetup } from '../domain/print';

/**
 * The page setup of a sheet the pane adds (Antaganden, a table sheet), as Excel's macro recorder
 * writes "Fit All Columns on One Page": A4, the chosen orientation, one page wide and as many tall
 * as needed, the header row on every page, a footer with the sheet's name and the page number.
 * Only sheets the action adds: Ångra removes them whole, whereas the undo log has no record of
 * the page layout of a sheet that was there before. Queued in the write batch, so no extra
 * round trip. Needs ExcelApi 1.9 (worksheet.pageLayout); without it, or without the object, the
 * sheet keeps Excel's defaults and nothing is reported.
 */
export function queuePageLayout(ws: Excel.Worksheet, setup: PageSetup | undefined, supported = pageLayoutSupported): void {
  if (!setup || !supported() || !ws.pageLayout) return;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: 0, scale: null as unknown as number };
  if (setup.titleRows) layout.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = setup.footer.left;
  footer.rightFooter = setup.footer.right;
}

function pageLayoutSupported(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  } catch {
    return false;
  }
}
