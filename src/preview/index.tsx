import { createRoot } from 'react-dom/client';
import { quietOfficeOutsideOffice } from '../host/office-outside';
import { Preview } from './Preview';

/**
 * The preview page. office.js loads as on the pane's own page; in a plain browser it finds no
 * Office host, so the pane runs on a file host over an .xlsx in the browser instead of Excel.
 * English with ?lang=en, as the pane speaks English when Office does. Dark as the browser is
 * (prefers-color-scheme), or with ?theme=dark / ?theme=light, as the pane follows Office's theme.
 */
function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang') === 'en' ? 'en-US' : 'sv-SE';
  const asked = params.get('theme');
  const dark = asked ? asked === 'dark' : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  createRoot(container).render(<Preview displayLanguage={lang} theme={dark ? 'dark' : 'light'} />);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  // Office.onReady answers at once outside Office, with no host.
  Office.onReady().then(
    () => {
      quietOfficeOutsideOffice();
      start();
    },
    start,
  );
} else {
  start();
}
