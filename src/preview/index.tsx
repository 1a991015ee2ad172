import { createRoot } from 'react-dom/client';
import { quietOfficeOutsideOffice } from '../host/office-outside';
import { Preview } from './Preview';

/**
 * The preview page. office.js loads as on the pane's own page; in a plain browser it finds no
 * Office host, so the pane runs on a file host over an .xlsx in the browser instead of Excel.
 * English with ?lang=en, as the pane speaks English when Office does.
 */
function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en-US' : 'sv-SE';
  createRoot(container).render(<Preview displayLanguage={lang} />);
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
