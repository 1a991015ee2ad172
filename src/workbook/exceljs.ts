/**
 * exceljs's Workbook class, and nothing else of exceljs. The package's index also loads its
 * streaming reader and writer (unzipper, bluebird, es-abstract, fstream and more), which the
 * command line never uses: about half of exceljs's start-up time (npm run bench shows it).
 * The class is the same one the index exports, so every read and write is exceljs's own.
 */
import Workbook = require('exceljs/lib/doc/workbook');

export { Workbook };
