/** The command line's text fits a terminal of 80 columns; amounts keep their no-break spaces. */
export const WIDTH = 80;

/**
 * Wraps text at plain spaces to `width` columns: the first line after `first`, the rest after
 * `rest` (a hanging indent). A no-break space never breaks, so "3 361 638 kr" stays whole; a word
 * longer than the line (a long sheet name) is cut rather than let through.
 */
export function wrap(text: string, first: string, rest = ' '.repeat(first.length), width = WIDTH): string[] {
  // A line that fits is left as it is, spacing and all.
  if (columns(first + text) <= width) return [(first + text).trimEnd()];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const room = () => width - line.length;
  for (let word of text.split(/ +/).filter(Boolean)) {
    const need = empty ? word.length : word.length + 1;
    if (need > room() && !empty) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    while (word.length > room()) {
      lines.push(line + word.slice(0, room()));
      word = word.slice(room());
      line = rest;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** Columns of the terminal a line takes: one per code point (the tool writes no wide characters). */
export function columns(line: string): number {
  return [...line].length;
}
