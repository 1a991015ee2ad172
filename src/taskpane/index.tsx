import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../excel/excel-host';
import { quietOfficeOutsideOffice } from '../host/office-outside';
import type { Host } from '../host/types';
import { App } from './App';
import { officeThemeColours, paneThemeOf } from './theme';

/** Renders the pane on a host; the browser preview calls this with its file host. */
export function mount(container: HTMLElement, host: Host): void {
  createRoot(container).render(<App host={host} theme={paneThemeOf(officeThemeColours())} />);
}

// In Excel, office.js calls back with the host; elsewhere (the preview) it finds none, and the
// preview's own entry point mounts the pane on a file host instead.
Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!info.host) quietOfficeOutsideOffice();
  if (!container || info.host !== Office.HostType.Excel) return;
  mount(container, new ExcelHost({ displayLanguage: Office.context.displayLanguage }));
});
