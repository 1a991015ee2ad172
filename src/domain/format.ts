/** The thousands separator a person reads: a no-break space, so "3 361 638 kr" never breaks inside. */
export const NBSP = '\u00a0';

/** Kronor as a Swedish reader writes them: "3 361 638 kr", with no-break spaces (U+00A0). */
export function formatKronor(value: number): string {
  const rounded = Math.round(value);
  const digits = Math.abs(rounded).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${rounded < 0 ? '−' : ''}${digits}${NBSP}kr`;
}

/** A change in kronor with its sign: "+625 000 kr", "−1 500 kr", "0 kr". */
export function formatKronorChange(value: number): string {
  return Math.round(value) > 0 ? `+${formatKronor(value)}` : formatKronor(value);
}

/** The Excel number format for kronor; Swedish Excel shows it as `# ##0 "kr"`. */
export const KRONOR_FORMAT = '#,##0 "kr";-#,##0 "kr";"- kr"';
