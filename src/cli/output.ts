import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../workbook/errors';

/**
 * Where a command writes its workbook: the -o path, or NAME-suffix.xlsx beside the input
 * (NAME-suffix-2.xlsx and so on when that exists, so an earlier result is never overwritten).
 * The input itself is never a target.
 */
export function outputPath(input: string, explicit: string | undefined, suffix: string, extensions = ['.xlsx']): string {
  if (explicit) {
    if (path.resolve(explicit) === path.resolve(input)) {
      throw new InputError(`${input}: utfilen får inte vara samma som indatafilen; ange en annan fil med -o`);
    }
    if (!extensions.some((e) => explicit.toLowerCase().endsWith(e))) throw new InputError(`${explicit}: utfilen ska sluta på ${extensions.join(' eller ')}`);
    return explicit;
  }
  // The default is the first extension (the report: .html).
  const { dir, name } = path.parse(input);
  const ext = extensions[0];
  let candidate = path.join(dir, `${name}-${suffix}${ext}`);
  for (let i = 2; existsSync(candidate); i++) candidate = path.join(dir, `${name}-${suffix}-${i}${ext}`);
  return candidate;
}
