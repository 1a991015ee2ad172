import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|tsx|mjs|html)$/.test(f))
    .map((f) => path.join(dir, f));
}

/** What the pane's code must never do, checked on every source file of the pane and hosts. */
describe('the pane and hosts in source', () => {
  const files = [...sources('src'), ...sources('scripts')];

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML assignment', /\.innerHTML\s*=/],
    ['eval or new Function', /\beval\(|new Function\(/],
  ])('uses no %s', (_name, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(hits).toEqual([]);
  });

  it('fetches nothing from anywhere in the pane, preview and hosts (workbook data stays on the machine)', () => {
    const pane = files.filter((f) => /^src\/(taskpane|preview|excel|host|domain|workbook)\//.test(f));
    const hits = pane.filter((f) => /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    // The preview may fetch the bundled sample from its own origin, and nothing else.
    for (const f of hits) {
      const text = readFileSync(path.join(ROOT, f), 'utf8');
      const urls = [...text.matchAll(/fetch\(([^)]*)\)/g)].map((m) => m[1]);
      for (const u of urls) expect(u).not.toMatch(/https?:/);
    }
  });
});
