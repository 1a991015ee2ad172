/**
 * Zip bombs and files over the size limit are refused before anything is unpacked: with a
 * 192 MB heap the command line answers in one Swedish line (it would die of memory had it
 * tried), and writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadWorkbookBuffer, loadWorkbookFile } from '../../src/workbook/load';
import { readCentralDirectory } from '../../src/workbook/zip';
import { InputError } from '../../src/workbook/errors';
import { FileHost } from '../../src/preview/file-host';
import { validBudgetRows } from '../helpers/sheet';
import { bombWorkbook, buildCli, crc32, expectRefused, runCli, storedEntry, tempDir, writeWorkbook, zipOf } from './helpers';

const SMALL_HEAP = ['--max-old-space-size=192'];
const tmp = tempDir('bomb');

beforeAll(buildCli);
afterAll(tmp.remove);

describe('zip bomb', () => {
  it('is refused from the zip directory when it declares gigabytes', () => {
    const buf = bombWorkbook((real) => real);
    expect(buf.length).toBeLessThan(5 * 1024 * 1024);
    expect(readCentralDirectory(buf).find((e) => e.name.endsWith('sheet1.xml'))!.uncompressedSize).toBe(200 * 16 * 1024 * 1024);
    const file = tmp.file('bomb.xlsx');
    writeFileSync(file, buf);
    const out = tmp.file('bomb-prognos.xlsx');
    const r = runCli(tmp.dir, ['forecast', file, '-o', out], SMALL_HEAP);
    expectRefused(r, file, /packas upp till 3200 MB, mer än gränsen 100 MB.*zip-bomb.*lästes inte/);
    expect(existsSync(out)).toBe(false);
  });

  it('is refused while unpacking, with bounded memory, when its directory lies about the size', () => {
    const buf = bombWorkbook(() => 4096);
    const file = tmp.file('lying-bomb.xlsx');
    writeFileSync(file, buf);
    const r = runCli(tmp.dir, ['validate', file, '--json'], SMALL_HEAP);
    expectRefused(r, file, /skadad eller manipulerad.*mer än zip-katalogen anger \(4096 byte\).*lästes inte/);
  });

  it('is refused by the browser preview too, while unpacking, when its directory lies', async () => {
    const before = process.memoryUsage().rss;
    const refused = await FileHost.open(bombWorkbook(() => 4096), 'lying-bomb.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as Error).message).toMatch(/^lying-bomb\.xlsx: arbetsboken är skadad eller manipulerad.*mer än zip-katalogen anger \(4096 byte\).*lästes inte/);
    // Unbounded, the part would take 3.2 GB.
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('the limit is configurable: a normal workbook passes by default and is refused under a tiny limit', async () => {
    const file = await writeWorkbook(tmp.file('plain.xlsx'), [['Budget', validBudgetRows()]]);
    const buf = readFileSync(file);
    await expect(loadWorkbookBuffer(buf, 'plain.xlsx')).resolves.toBeDefined();
    await expect(loadWorkbookBuffer(buf, 'plain.xlsx', { maxInflatedBytes: 1000 })).rejects.toThrow(
      /plain\.xlsx: arbetsboken packas upp till .* mer än gränsen/,
    );
    await expect(loadWorkbookBuffer(buf, 'plain.xlsx', { maxEntries: 3 })).rejects.toThrow(/delar, fler än gränsen 3/);
  });

  it('a part stored (not deflated) larger than declared is refused too', async () => {
    const xml = Buffer.from('<worksheet/>'.repeat(100));
    const buf = zipOf([
      storedEntry('[Content_Types].xml', '<Types/>'),
      storedEntry('xl/workbook.xml', '<workbook/>'),
      { name: 'xl/worksheets/sheet1.xml', data: xml, method: 0, declaredSize: 10, crc: crc32(xml) },
    ]);
    await expect(loadWorkbookBuffer(buf, 'stored.xlsx')).rejects.toThrow(InputError);
    await expect(loadWorkbookBuffer(buf, 'stored.xlsx')).rejects.toThrow(/större än zip-katalogen anger/);
  });
});

describe('file size limit', () => {
  it('a file over --max-mb is refused before it is read, and nothing is written', async () => {
    // A real workbook of about 1.5 MB: a sheet of random numbers does not compress.
    const rows = validBudgetRows();
    const noise: (number | string)[][] = Array.from({ length: 12000 }, (_, r) => Array.from({ length: 8 }, (_, c) => (r * 7919 + c * 104729) % 1000003 + Math.random()));
    const file = await writeWorkbook(tmp.file('big.xlsx'), [['Budget', rows], ['Data', noise]]);
    const size = readFileSync(file).length;
    expect(size).toBeGreaterThan(1024 * 1024);
    const out = tmp.file('big-prognos.xlsx');
    const r = runCli(tmp.dir, ['forecast', file, '--max-mb', '1', '-o', out]);
    expectRefused(r, file, /filen är [\d,]+ MB, större än gränsen 1 MB.*--max-mb/);
    expect(existsSync(out)).toBe(false);
    // Under a higher limit the same file is read.
    const ok = runCli(tmp.dir, ['validate', file, '--max-mb', '5', '--json']);
    expect([0, 1]).toContain(ok.code);
    expect(JSON.parse(ok.stdout).sheet).toBe('Budget');
  });

  it('LoadOptions.maxBytes is the same limit for the file host', async () => {
    const file = await writeWorkbook(tmp.file('small.xlsx'), [['Budget', validBudgetRows()]]);
    await expect(loadWorkbookFile(file, { maxBytes: 100 })).rejects.toThrow(/större än gränsen/);
    await expect(loadWorkbookBuffer(readFileSync(file), 'small.xlsx', { maxBytes: 100 })).rejects.toThrow(/större än gränsen/);
  });

  it('a bad --max-mb is one Swedish line', () => {
    for (const bad of ['0', '=-3', '=tio', '1e9', '=99999']) {
      const args = bad.startsWith('=') ? [`--max-mb${bad}`] : ['--max-mb', bad];
      expectRefused(runCli(tmp.dir, ['validate', 'x.xlsx', ...args]), '--max-mb', /ska vara ett tal större än 0/);
    }
  });
});
