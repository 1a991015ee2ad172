/**
 * @jest-environment node
 *
 * The Excel pane's first load: on the production build (office.js from Office's CDN), the
 * JavaScript taskpane.html loads before the pane can show (taskpane.js and every chunk it
 * imports statically, as esbuild's metafile records them) stays under 300 KB gzipped, and
 * none of it is exceljs, which only the browser preview loads, on demand.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(__dirname, '..');
const LIMIT_GZIPPED = 300 * 1024;

interface Metafile {
  outputs: Record<string, { entryPoint?: string; bytes: number; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }>;
}

let tmp: string;
let out: string;
let meta: Metafile;

/** An output and every output it imports statically, transitively: what loads before it runs. */
function initialOutputs(entry: string): string[] {
  const start = Object.keys(meta.outputs).find((k) => meta.outputs[k].entryPoint === entry);
  if (!start) throw new Error(`${entry} finns inte i bygget`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of meta.outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(start);
  return [...seen];
}

const gzipped = (file: string) => gzipSync(readFileSync(path.resolve(ROOT, file)), { level: 9 }).length;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'finsam-bundle-'));
  out = path.join(tmp, 'web');
  execFileSync(process.execPath, ['scripts/build-web.mjs', `--out=${out}`], { cwd: ROOT, stdio: 'pipe' });
  meta = JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8')) as Metafile;
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the Excel pane's initial JavaScript", () => {
  it('is the production build: office.js from Office, not a local copy', () => {
    const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(html).toContain('<script type="module" src="taskpane.js"></script>');
  });

  it('stays under 300 KB gzipped', () => {
    const files = initialOutputs('src/taskpane/index.tsx');
    const total = files.reduce((sum, f) => sum + gzipped(f), 0);
    const report = files.map((f) => `${path.basename(f)}: ${(gzipped(f) / 1024).toFixed(1)} KB`).join(', ');
    // Printed so a growing pane shows in the test log before it fails.
    console.log(`Aktivitetsfönstrets första JavaScript: ${(total / 1024).toFixed(1)} KB gzip (${report})`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(LIMIT_GZIPPED);
  });

  it('holds no exceljs; the preview loads it as a chunk of its own, on demand', () => {
    const inputs = initialOutputs('src/taskpane/index.tsx').flatMap((f) => Object.keys(meta.outputs[f].inputs));
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((i) => /exceljs|src\/workbook\/|src\/preview\//.test(i))).toEqual([]);

    const preview = Object.keys(meta.outputs).find((k) => meta.outputs[k].entryPoint === 'src/preview/index.tsx')!;
    const dynamic = meta.outputs[preview].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
    const excelChunk = dynamic.find((p) => Object.keys(meta.outputs[p].inputs).some((i) => i.includes('node_modules/exceljs/')));
    expect(excelChunk).toBeDefined();
    expect(initialOutputs('src/preview/index.tsx')).not.toContain(excelChunk);
  });
});
