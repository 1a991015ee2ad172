/**
 * @jest-environment jsdom
 *
 * manifest.xml: valid against the task pane XSDs (xmllint, offline), icons present at the sizes
 * the manifest names, least surprise in permissions and domains, Swedish strings with English
 * overrides. (jsdom only for its DOMParser.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMAS = path.resolve(__dirname, '..', 'schemas', 'office-manifest');
const XSD = path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd');
const ORIGIN = 'https://localhost:3000';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const doc = new DOMParser().parseFromString(fs.readFileSync(MANIFEST, 'utf8'), 'application/xml');
const all = (ns: string, name: string, under: Element | Document = doc) => [...under.getElementsByTagNameNS(ns, name)];
const one = (ns: string, name: string, under: Element | Document = doc) => {
  const found = all(ns, name, under);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0];
};
/** Top-level OfficeApp children only (VersionOverrides has elements of the same local names). */
const top = (name: string) => {
  const found = [...doc.documentElement.children].filter((e) => e.namespaceURI === NS.app && e.localName === name);
  if (found.length !== 1) throw new Error(`expected one top-level ${name}, found ${found.length}`);
  return found[0];
};

interface Png {
  width: number;
  height: number;
  colourType: number;
}
function readPng(file: string): Png {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colourType: b[25] };
}
/** The decompressed image data (IDAT), to compare pixels independent of the zlib version. */
function pngData(file: string): Buffer {
  const b = fs.readFileSync(file);
  const parts: Buffer[] = [];
  for (let o = 8; o < b.length; ) {
    const len = b.readUInt32BE(o);
    if (b.toString('ascii', o + 4, o + 8) === 'IDAT') parts.push(b.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  return inflateSync(Buffer.concat(parts));
}
/** The file in assets/ that a manifest URL points at. */
function assetFile(url: string): string {
  expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
  return path.join(ROOT, 'assets', url.slice(`${ORIGIN}/assets/`.length));
}

it('is well-formed XML', () => {
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('OfficeApp');
  expect(doc.documentElement.getAttributeNS(NS.xsi, 'type')).toBe('TaskPaneApp');
});

it('validates against the Office add-in manifest schema (xmllint)', () => {
  expect(fs.existsSync(XSD)).toBe(true);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, MANIFEST], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint did not run (${run.error.message}); install it with scripts/setup-debian.sh`);
  expect(run.stderr).toContain('manifest.xml validates');
  expect(run.status).toBe(0);
});

describe('identity and hosting', () => {
  it('has a GUID id, version 1.0.0.0, provider Finsam Budget and default locale sv-SE', () => {
    expect(top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(top('Version').textContent).toBe('1.0.0.0');
    expect(top('ProviderName').textContent).toBe('Finsam Budget');
    expect(top('DefaultLocale').textContent).toBe('sv-SE');
  });

  it('runs in Excel (Workbook) with ExcelApi 1.7 and opens taskpane.html', () => {
    expect(all(NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = all(NS.app, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
    expect(one(NS.app, 'SourceLocation', top('DefaultSettings')).getAttribute('DefaultValue')).toBe(`${ORIGIN}/taskpane.html`);
  });

  it('asks for ReadWriteDocument', () => {
    expect(top('Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('names no app domain but its own origin, and every URL is on that origin', () => {
    expect(all(NS.app, 'AppDomain').map((d) => d.textContent)).toEqual([ORIGIN]);
    const urls = [...doc.getElementsByTagName('*')]
      .flatMap((e) => [e.getAttribute('DefaultValue'), e.getAttribute('Value')])
      .filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
  });

  it('has a Home tab button that shows the task pane, a function file and a GetStarted callout', () => {
    const url = (resid: string | null) =>
      all(NS.bt, 'Url')
        .find((u) => u.getAttribute('id') === resid)
        ?.getAttribute('DefaultValue');
    expect(all(NS.ov, 'OfficeTab').map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    const action = one(NS.ov, 'Action');
    expect(action.getAttributeNS(NS.xsi, 'type')).toBe('ShowTaskpane');
    expect(one(NS.ov, 'TaskpaneId', action).textContent).toBeTruthy();
    expect(url(one(NS.ov, 'SourceLocation', action).getAttribute('resid'))).toBe(`${ORIGIN}/taskpane.html`);
    expect(url(one(NS.ov, 'FunctionFile').getAttribute('resid'))).toBe(`${ORIGIN}/commands.html`);
    const started = one(NS.ov, 'GetStarted');
    for (const name of ['Title', 'Description', 'LearnMoreUrl']) expect(one(NS.ov, name, started).getAttribute('resid')).toBeTruthy();
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set([...one(NS.ov, 'Resources').querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
    const refs = [...doc.getElementsByTagName('*')].map((e) => e.getAttribute('resid')).filter((r): r is string => !!r);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(ids).toContain(r);
  });
});

describe('strings', () => {
  const resources = () => [
    top('DisplayName'),
    top('Description'),
    ...all(NS.bt, 'String', one(NS.bt, 'ShortStrings')),
    ...all(NS.bt, 'String', one(NS.bt, 'LongStrings')),
  ];

  it('has an en-US override for every sv-SE string', () => {
    const strings = resources();
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const s of strings) {
      const overrides = [...s.children].filter((c) => c.localName === 'Override');
      const enUS = overrides.filter((o) => o.getAttribute('Locale') === 'en-US');
      expect({ id: s.getAttribute('id') ?? s.localName, enUS: enUS.length }).toEqual({ id: s.getAttribute('id') ?? s.localName, enUS: 1 });
      expect(enUS[0].getAttribute('Value')!.trim()).not.toBe('');
    }
  });

  it('writes the defaults in Swedish (the description and tooltips differ from their English)', () => {
    const differs = resources().filter((s) => {
      const en = [...s.children].find((c) => c.getAttribute('Locale') === 'en-US');
      return en && en.getAttribute('Value') !== s.getAttribute('DefaultValue');
    });
    expect(differs.map((s) => s.getAttribute('id') ?? s.localName)).toEqual(
      expect.arrayContaining(['Description', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip', 'GetStarted.Description']),
    );
    expect(top('Description').getAttribute('DefaultValue')).toMatch(/samordningsförbund/);
  });
});

describe('icons', () => {
  it('has the add-in icon at 32 px and the high-resolution icon at 64 px', () => {
    const icon = readPng(assetFile(top('IconUrl').getAttribute('DefaultValue')!));
    expect([icon.width, icon.height]).toEqual([32, 32]);
    const hi = readPng(assetFile(top('HighResolutionIconUrl').getAttribute('DefaultValue')!));
    expect([hi.width, hi.height]).toEqual([64, 64]);
  });

  it('has every ribbon icon at the size its Icon list names, and lists 16, 32 and 80', () => {
    const images = new Map(all(NS.bt, 'Image', one(NS.bt, 'Images')).map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue')!]));
    const lists = all(NS.ov, 'Icon');
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const list of lists) {
      const refs = all(NS.bt, 'Image', list);
      expect(refs.map((r) => r.getAttribute('size'))).toEqual(['16', '32', '80']);
      for (const ref of refs) {
        const size = Number(ref.getAttribute('size'));
        const url = images.get(ref.getAttribute('resid'));
        expect(url).toBeDefined();
        const png = readPng(assetFile(url!));
        expect([png.width, png.height]).toEqual([size, size]);
        expect(png.colourType).toBe(6); // RGBA: transparent background
      }
    }
  });

  it('has icon-16, -32, -64, -80 and -128.png in assets/, as scripts/make-icons.mjs draws them', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-icons-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.mjs'), out], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const size of [16, 32, 64, 80, 128]) {
        const committed = path.join(ROOT, 'assets', `icon-${size}.png`);
        const png = readPng(committed);
        expect([png.width, png.height]).toEqual([size, size]);
        expect(pngData(committed).equals(pngData(path.join(out, `icon-${size}.png`)))).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
