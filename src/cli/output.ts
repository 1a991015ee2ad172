import { existsSync, promises as fs, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../workbook/errors';

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Same file on disk: the same device and inode once every link is followed (a symlink or a hard link to the input is the input). */
function sameFile(a: Stats | null, b: Stats | null): boolean {
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Where a command writes its workbook: the -o path, or NAME-suffix.xlsx beside the input
 * (NAME-suffix-2.xlsx and so on when that exists, so an earlier result is never overwritten).
 * The input itself is never a target, however it is reached (another spelling, a symbolic or a
 * hard link); an existing -o file is replaced only with --force.
 */
export function outputPath(
  input: string,
  explicit: string | undefined,
  suffix: string,
  { force = false, extensions = ['.xlsx'] }: { force?: boolean; extensions?: string[] } = {},
): string {
  if (explicit) {
    const target = statOrNull(explicit);
    if (path.resolve(explicit) === path.resolve(input) || sameFile(target, statOrNull(input))) {
      throw new InputError(`${explicit}: utfilen får inte vara samma som indatafilen (${input}), inte heller via en länk; ange en annan fil med -o`);
    }
    if (!extensions.some((e) => explicit.toLowerCase().endsWith(e))) throw new InputError(`${explicit}: utfilen ska sluta på ${extensions.join(' eller ')}`);
    if (target && !target.isFile()) throw new InputError(`${explicit}: utfilen är en mapp eller ingen vanlig fil; ange en fil med -o`);
    if (target && !force) throw new InputError(`${explicit}: filen finns redan och skrivs inte över; välj ett annat namn med -o eller lägg till --force`);
    checkFolder(explicit);
    return explicit;
  }
  // The default is the first extension (the report: .html).
  const { dir, name } = path.parse(input);
  const ext = extensions[0];
  let candidate = path.join(dir, `${name}-${suffix}${ext}`);
  for (let i = 2; existsSync(candidate); i++) candidate = path.join(dir, `${name}-${suffix}-${i}${ext}`);
  return candidate;
}

/** Refuses a folder that is missing before the workbook is read, so the user hears it at once. */
function checkFolder(file: string): void {
  const folder = statOrNull(path.dirname(path.resolve(file)));
  if (!folder) throw new InputError(`${file}: kan inte skriva utfilen (mappen ${path.dirname(file)} finns inte); inget skrevs`);
  if (!folder.isDirectory()) throw new InputError(`${file}: kan inte skriva utfilen (${path.dirname(file)} är ingen mapp); inget skrevs`);
}

const WHY: Record<string, string> = {
  ENOENT: 'mappen finns inte',
  ENOTDIR: 'sökvägen går genom något som inte är en mapp',
  EACCES: 'ingen behörighet att skriva i mappen',
  EPERM: 'ingen behörighet att skriva i mappen',
  EROFS: 'mappen är skrivskyddad',
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EBUSY: 'filen är öppen i ett annat program',
  EISDIR: 'utfilen är en mapp',
};

/**
 * Writes the bytes to a temporary file in the target's folder and renames it into place: the
 * target is either the whole new workbook or untouched, and a folder the user cannot write to
 * is one Swedish line (exit 2), never an English errno.
 */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = WHY[code] ?? `systemfel ${code || 'okänt'}`;
    throw new InputError(`${target}: kan inte skriva utfilen (${why}); inget skrevs`);
  }
}
