// Production build of the pane's pages into dist/web: taskpane.html, commands.html (and the
// preview, when its entry exists), with assets. `--office=local` serves office.js from
// @microsoft/office-js (development, tests, the preview); the default uses Office's CDN.
// `--out=DIR` builds elsewhere (the tests build both variants side by side).
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, OFFICE_CDN, OFFICE_LOCAL } from './web-config.mjs';
import { zodEnglishOnly } from './esbuild-zod.mjs';

const local = process.argv.includes('--office=local');
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) || 'dist/web';
const pages = [
  { name: 'taskpane', entry: 'src/taskpane/index.tsx' },
  { name: 'commands', entry: 'src/commands/commands.ts' },
  { name: 'preview', entry: 'src/preview/index.tsx' },
].filter((p) => existsSync(p.entry));

// The output directory is emptied first: never the project itself or a folder above it.
if (path.relative(path.resolve(out), process.cwd()) === '' || !path.relative(path.resolve(out), process.cwd()).startsWith('..')) {
  throw new Error(`--out=${out}: välj en egen mapp för bygget (den töms), inte projektet eller en mapp ovanför det`);
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: out,
  minify: true,
  sourcemap: true,
  metafile: true,
  target: ['es2020', 'chrome100', 'safari15', 'edge100'],
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
}).then((result) => writeFile(`${out}/meta.json`, JSON.stringify(result.metafile)));

for (const page of pages) {
  const template = existsSync(`src/web/${page.name}.html`) ? `src/web/${page.name}.html` : 'src/web/taskpane.html';
  const html = (await readFile(template, 'utf8'))
    .replaceAll('%CSP%', contentSecurityPolicy(!local))
    .replaceAll('%OFFICE_JS%', local ? OFFICE_LOCAL : OFFICE_CDN)
    .replace(/<script src="(\w+)\.js" defer><\/script>/, `<script type="module" src="${page.name}.js"></script>`);
  await writeFile(`${out}/${page.name}.html`, html);
}
// Static pages: the help (the manifest's SupportUrl and the ribbon's "Learn more") and the
// plain ES5 check that tells an old Office webview it is not supported.
await writeFile(`${out}/help.html`, (await readFile('src/web/help.html', 'utf8')).replaceAll('%CSP%', contentSecurityPolicy(false)));
await cp('src/web/webview-check.js', `${out}/webview-check.js`);
await cp('assets', `${out}/assets`, { recursive: true });
// The preview offers the bundled sample plan ("Öppna exemplet").
if (pages.some((p) => p.name === 'preview')) {
  await mkdir(`${out}/examples`, { recursive: true });
  await cp('examples/budgetplan-2026.xlsx', `${out}/examples/budgetplan-2026.xlsx`);
}
console.log(`Byggde ${[...pages.map((p) => `${p.name}.html`), 'help.html'].join(', ')} i ${out} (office.js ${local ? 'lokalt' : 'från Office CDN'}).`);
