// Where the pane's pages get office.js, and the Content-Security-Policy they carry: only the
// add-in's own origin and Office's script. One place, used by the build and the dev server.
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_LOCAL = 'office-js/office.js';

export function contentSecurityPolicy(officeFromCdn) {
  const office = officeFromCdn ? ' https://appsforoffice.microsoft.com' : '';
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    // Fluent UI (Griffel) inserts its CSS at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
