/**
 * From .xlsx bytes straight to the engine's snapshots, for everything that only reads: the
 * workbook part found through the package's relationships, its sheets through the workbook's,
 * and only the parts the engine needs inflated (sheets, shared strings, styles).
 */
import type { SheetSnapshot } from '../../domain/snapshot';
import type { ZipPlatform } from '../zip';
import { XlsxPackage } from './package';
import { isDateFormat, readSharedStrings, readStylesPart, readWorkbookPart } from './parts';
import { readSheet, type SheetWeight } from './sheet';
import { XlsxReadError } from './xml';

export { DamagedPackageError, XlsxReadError } from './xml';

export interface ReadSheet extends SheetSnapshot {
  /** Hidden or very hidden in Excel's sheet tabs. */
  hidden: boolean;
  weight: SheetWeight;
}

async function workbookPartName(pkg: XlsxPackage): Promise<string> {
  const main = (await pkg.relationships('')).find((r) => r.type === 'officeDocument' && r.target);
  if (main?.target && pkg.has(main.target)) return main.target;
  if (pkg.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new XlsxReadError('filen är ett zip-paket utan Excel-arbetsbok (ingen arbetsboksdel hittades)');
}

export async function readWorkbookSnapshots(bytes: Uint8Array, platform: ZipPlatform): Promise<ReadSheet[]> {
  const pkg = new XlsxPackage(bytes, platform);
  const wbName = await workbookPartName(pkg);
  const wbBytes = await pkg.part(wbName);
  if (!wbBytes) throw new XlsxReadError(`delen ${wbName} saknas`);
  const workbook = readWorkbookPart(wbBytes, wbName);
  const rels = await pkg.relationships(wbName);
  const partOf = async (type: string) => {
    const target = rels.find((r) => r.type === type)?.target;
    return target ? { name: target, bytes: await pkg.part(target) } : null;
  };
  const styles = await partOf('styles');
  const strings = await partOf('sharedStrings');
  const formats = styles?.bytes ? readStylesPart(styles.bytes, styles.name) : [];
  const ctx = {
    formats,
    dates: formats.map(isDateFormat),
    sharedStrings: strings?.bytes ? readSharedStrings(strings.bytes, strings.name) : [],
    date1904: workbook.date1904,
  };
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: ReadSheet[] = [];
  for (const entry of workbook.sheets) {
    const rel = byId.get(entry.relId);
    // Chart sheets, dialog sheets and macro sheets hold no cells the engine reads.
    if (!rel || rel.type !== 'worksheet' || !rel.target) continue;
    const part = await pkg.part(rel.target);
    if (!part) throw new XlsxReadError(`bladet "${entry.name}" saknas i filen (delen ${rel.target})`);
    const { snapshot, weight } = readSheet(part, rel.target, entry.name, ctx);
    sheets.push({ ...snapshot, hidden: entry.state !== 'visible', weight });
  }
  return sheets;
}
