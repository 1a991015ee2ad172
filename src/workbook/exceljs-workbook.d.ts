// exceljs's own Workbook class, imported without the package's index (see ./exceljs.ts).
declare module 'exceljs/lib/doc/workbook' {
  import type ExcelJS from 'exceljs';
  const Workbook: typeof ExcelJS.Workbook;
  export = Workbook;
}
