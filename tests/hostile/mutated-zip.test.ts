/**
 * "Survives whatever file it is given": an .xlsx with random bytes changed (in the zip's
 * directory, its local headers or its data) is either read, or refused with an InputError that
 * names the file. Never another error (a RangeError from a length that points past the end, a
 * crash inside exceljs escaping as something else). On both hosts' load paths.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { FileHost } from '../../src/preview/file-host';
import { InputError } from '../../src/workbook/errors';
import { loadWorkbookBuffer } from '../../src/workbook/load';
import { readCentralDirectory, ZipFormatError } from '../../src/workbook/zip';
import { validBudgetRows } from '../helpers/sheet';
import { writeRows } from './helpers';

let original: Buffer;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  writeRows(wb.addWorksheet('Budget 2026'), validBudgetRows());
  original = Buffer.from(await wb.xlsx.writeBuffer());
});

/** Positions worth hitting: the directory at the end, the local headers, anywhere. */
function mutations(length: number) {
  const position = fc.oneof(
    fc.integer({ min: Math.max(0, length - 1200), max: length - 1 }),
    fc.integer({ min: 0, max: 64 }),
    fc.integer({ min: 0, max: length - 1 }),
  );
  return fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 });
}

function mutate(changes: [number, number][]): Buffer {
  const bytes = Buffer.from(original);
  for (const [at, value] of changes) bytes[at] = value;
  return bytes;
}

async function outcome(load: () => Promise<unknown>): Promise<'read' | 'refused'> {
  try {
    await load();
    return 'read';
  } catch (e) {
    if (e instanceof InputError && /^damaged\.xlsx: /.test(e.message)) return 'refused';
    throw e;
  }
}

describe('a workbook with changed bytes', () => {
  it('the zip directory reader throws only ZipFormatError', () => {
    fc.assert(
      fc.property(mutations(original.length), (changes) => {
        try {
          readCentralDirectory(mutate(changes));
        } catch (e) {
          if (!(e instanceof ZipFormatError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is read or refused with an InputError by the command line and by the preview', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(original.length), async (changes) => {
        const bytes = mutate(changes);
        await expect(outcome(() => loadWorkbookBuffer(bytes, 'damaged.xlsx'))).resolves.toMatch(/read|refused/);
        await expect(outcome(() => FileHost.open(bytes, 'damaged.xlsx'))).resolves.toMatch(/read|refused/);
      }),
      { numRuns: 400 },
    );
  });
});
