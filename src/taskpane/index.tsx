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
  if (container && !info.host) outsideOffice(container);
  if (!container || info.host !== Office.HostType.Excel) return;
  mount(container, new ExcelHost({ displayLanguage: Office.context.displayLanguage }));
});

/**
 * The page opened in a plain browser (the README asks for it once, to trust the development
 * certificate): say what it is instead of showing a blank page.
 */
function outsideOffice(container: HTMLElement): void {
  createRoot(container).render(
    <main style={{ fontFamily: "'Segoe UI', system-ui, sans-serif", maxWidth: '40rem', margin: '1rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
      <h1>Finsam Budget</h1>
      <p>
        Det här är tilläggets aktivitetsfönster för Excel. Det visas inne i Excel (Start &gt; Finsam Budget), inte i webbläsaren. Ser du
        den här sidan är servern igång och certifikatet godkänt.
      </p>
      <p>
        Prova verktyget utan Excel i <a href="preview.html">förhandsvisningen</a>, eller läs <a href="help.html">hjälpen</a>.
      </p>
    </main>,
  );
}
