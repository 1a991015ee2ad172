/**
 * JSON.stringify(value, null, 2), printed in pieces: a report of 50 000 findings is some 27 MB
 * of text, which as one string (and its copy on the way out) doubled the command's memory.
 * The text is the same, byte for byte; each piece is whole lines, as `out` prints a line. Pieces
 * stay under V8's large-object size (about 128 kB): larger strings go straight to the old
 * generation and piled up there, 60 MB of them, until the next full collection.
 */
const MARK = '"\u2063finsam-json-array\u2063"';
const PER_PIECE = 100;

/** `asPrinted` turns an item of the array into what is printed for it, one piece at a time. */
export function printJson<T extends object, K extends keyof T>(value: T, arrayKey: K, out: (s: string) => void, asPrinted: (item: T[K] extends readonly (infer I)[] ? I : never) => unknown = (item) => item): void {
  const items = value[arrayKey] as unknown;
  if (!Array.isArray(items) || items.length <= PER_PIECE) {
    out(JSON.stringify(Array.isArray(items) ? { ...value, [arrayKey]: items.map(asPrinted) } : value, null, 2));
    return;
  }
  const text = JSON.stringify({ ...value, [arrayKey]: JSON.parse(MARK) }, null, 2);
  const at = text.indexOf(MARK);
  // The array sits at depth one: its items are indented by four spaces.
  out(`${text.slice(0, at)}[`);
  for (let i = 0; i < items.length; i += PER_PIECE) {
    const piece = items.slice(i, i + PER_PIECE).map((item) => `    ${JSON.stringify(asPrinted(item), null, 2).replace(/\n/g, '\n    ')}`);
    out(piece.join(',\n') + (i + PER_PIECE < items.length ? ',' : ''));
  }
  out(`  ]${text.slice(at + MARK.length)}`);
}
