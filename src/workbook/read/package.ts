/**
 * The .xlsx as a package of parts (ECMA-376 part 2): parts are found through the relationships
 * (_rels/.rels, then each part's own .rels), never at fixed paths, and a part is inflated only
 * when it is asked for, with the cap ../zip sets (its declared size; the caller has checked the
 * declared total). Drawings, pivot caches, printer settings and the like are never unpacked.
 */
import { readCentralDirectory, readEntry, ZipFormatError, type ZipEntry, type ZipPlatform } from '../zip';
import { attr, DamagedPackageError, isRel, readXml } from './xml';

export interface Relationship {
  id: string;
  /** The last segment of the type URI: officeDocument, worksheet, sharedStrings, styles, … */
  type: string;
  /** The part it points at, as a zip name without a leading "/" (null when external). */
  target: string | null;
}

/** "xl/worksheets/../x.xml" → "xl/x.xml"; a leading "/" is the package root. */
function resolve(from: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A bare % in a name: keep it as it is.
  }
  const base = decoded.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly platform: ZipPlatform,
  ) {
    let entries: ZipEntry[];
    try {
      entries = readCentralDirectory(bytes);
    } catch (e) {
      if (e instanceof ZipFormatError) throw new DamagedPackageError(e.message);
      throw e;
    }
    // Part names compare without regard to case (OPC); a leading "/" is not part of a zip name.
    for (const entry of entries) this.entries.set(entry.name.replace(/^\//, '').toLowerCase(), entry);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The part's bytes, or null when the package has no such part. */
  async part(name: string): Promise<Uint8Array | null> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    try {
      return await readEntry(this.bytes, entry, this.platform);
    } catch (e) {
      if (e instanceof ZipFormatError) throw new DamagedPackageError(e.message);
      throw e;
    }
  }

  /** The relationships of a part ("" for the package itself); none when it has no .rels part. */
  async relationships(source: string): Promise<Relationship[]> {
    const slash = source.lastIndexOf('/');
    const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
    const bytes = await this.part(relsName);
    if (!bytes) return [];
    const rels: Relationship[] = [];
    readXml(bytes, relsName, {
      open(tag) {
        if (!isRel(tag, 'Relationship')) return;
        const type = attr(tag, 'Type') ?? '';
        const target = attr(tag, 'Target') ?? '';
        rels.push({
          id: attr(tag, 'Id') ?? '',
          type: type.slice(type.lastIndexOf('/') + 1),
          target: attr(tag, 'TargetMode') === 'External' ? null : resolve(source, target),
        });
      },
    });
    return rels;
  }
}
