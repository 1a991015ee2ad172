/**
 * Deployment: the production manifest (npm run manifest:prod), the help page it links to, and
 * what an Office webview too old for the bundle shows instead of a blank pane.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';

const ROOT = path.resolve(__dirname, '..');
const XSD = path.join(ROOT, 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'finsam-deploy-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function manifestProd(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/manifest-prod.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run manifest:prod', () => {
  it('writes a manifest without localhost that passes the XSD check, linking help.html', () => {
    const out = path.join(tmp, 'manifest.xml');
    const run = manifestProd('--url', 'https://example.invalid/finsam', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    expect(spawnSync('xmllint', ['--noout', '--schema', XSD, out], { encoding: 'utf8' }).status).toBe(0);
    expect(xml).toContain('<SupportUrl DefaultValue="https://example.invalid/finsam/help.html"/>');
    expect(xml).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://example.invalid/finsam/help.html"/>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://example.invalid/finsam/taskpane.html"/>');
    expect(xml).toContain('<AppDomain>https://example.invalid</AppDomain>');
    // The development manifest itself is unchanged.
    expect(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toContain('https://localhost:3000/help.html');
  });

  it.each([
    ['http://example.invalid/finsam', /https/],
    ['https://localhost:8443', /localhost/],
    ['inte en adress', /ingen giltig adress/],
  ])('refuses %s and writes nothing', (url, message) => {
    const out = path.join(tmp, `refused-${url.length}.xml`);
    const run = manifestProd('--url', url, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('help and old webviews', () => {
  it('help.html is Swedish and covers each tab, privacy and contact', () => {
    const html = readFileSync(path.join(ROOT, 'src/web/help.html'), 'utf8');
    expect(html).toContain('<html lang="sv">');
    for (const heading of ['Validera', 'Fyll prognoser', 'Eget kapital', 'Infoga tabeller', 'Inställningar', 'Ångra', 'Integritet', 'Kontakt']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toMatch(/Ingenting lämnar datorn/);
  });

  async function taskpaneIn(modern: boolean): Promise<Document> {
    const html = readFileSync(path.join(ROOT, 'src/web/taskpane.html'), 'utf8');
    const dom = new JSDOM(html.replace(/<script[^>]*><\/script>/g, ''), { runScripts: 'outside-only' });
    // An old webview (Internet Explorer 11, EdgeHTML) has no Array.prototype.flatMap.
    if (!modern) dom.window.eval('delete Array.prototype.flatMap');
    dom.window.eval(readFileSync(path.join(ROOT, 'src/web/webview-check.js'), 'utf8'));
    // The page may still be loading: the check then waits for DOMContentLoaded.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return dom.window.document;
  }

  it('an old webview sees "Den här versionen av Office stöds inte", a modern one does not', async () => {
    const old = (await taskpaneIn(false)).getElementById('unsupported')!;
    expect(old.hasAttribute('hidden')).toBe(false);
    expect(old.textContent).toMatch(/Den här versionen av Office stöds inte/);
    expect((await taskpaneIn(true)).getElementById('unsupported')!.hasAttribute('hidden')).toBe(true);
  });

  it('the check runs before office.js and is plain ES5', () => {
    const html = readFileSync(path.join(ROOT, 'src/web/taskpane.html'), 'utf8');
    expect(html.indexOf('webview-check.js')).toBeLessThan(html.indexOf('%OFFICE_JS%'));
    const code = readFileSync(path.join(ROOT, 'src/web/webview-check.js'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`|\?\.|\bclass\b/);
  });
});
