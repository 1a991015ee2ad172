/** Kronor as a Swedish reader writes them: "3 361 638 kr" (plain spaces, so tests and terminals agree). */
export function formatKronor(value: number): string {
  const rounded = Math.round(value);
  const digits = Math.abs(rounded).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${rounded < 0 ? '−' : ''}${digits} kr`;
}

/** The Excel number format for kronor; Swedish Excel shows it as `# ##0 "kr"`. */
export const KRONOR_FORMAT = '#,##0 "kr";-#,##0 "kr";"- kr"';
