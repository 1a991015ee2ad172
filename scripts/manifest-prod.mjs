// npm run manifest:prod -- --url https://budget.example.se/finsam [--out dist/manifest.xml]
//
// Writes the production manifest: manifest.xml with every https://localhost:3000 replaced by
// the address where dist/web is hosted (HTTPS, no localhost), then validates it against the
// task pane XSDs in schemas/office-manifest with xmllint. Exits 1, writing nothing, when the
// address or the result is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_ORIGIN = 'https://localhost:3000';

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const raw = arg('url');
if (!raw) fail('Ange adressen där dist/web ligger: npm run manifest:prod -- --url https://budget.example.se/finsam');
let url;
try {
  url = new URL(raw);
} catch {
  fail(`--url ${raw}: ingen giltig adress. Ange till exempel https://budget.example.se/finsam`);
}
if (url.protocol !== 'https:') fail(`--url ${raw}: Office kräver https.`);
if (/^(localhost|127\.|\[::1\])/i.test(url.hostname)) fail(`--url ${raw}: en produktionsadress kan inte vara localhost.`);
if (url.search || url.hash) fail(`--url ${raw}: adressen får inte ha ? eller #.`);
const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;

const source = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
let manifest = source.replace(/ {2}Development manifest:[\s\S]*?keep AppDomains free of any other origin\.\n/, `  Production manifest for ${base}, written by npm run manifest:prod from manifest.xml.\n`);
manifest = manifest.replaceAll(`${DEV_ORIGIN}/`, `${base}/`).replaceAll(DEV_ORIGIN, base);
// AppDomain is an origin, not a path.
manifest = manifest.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${url.origin}</AppDomain>`);
if (/localhost/i.test(manifest)) fail('Manifestet innehåller fortfarande localhost; inget skrevs.');

const out = path.resolve(arg('out') ?? path.join(root, 'dist', 'manifest.xml'));
mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.tmp`;
writeFileSync(tmp, manifest);
const xsd = path.join(root, 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
const check = spawnSync('xmllint', ['--noout', '--schema', xsd, tmp], { encoding: 'utf8' });
if (check.error) fail(`xmllint kunde inte köras (${check.error.message}); installera libxml2-utils.`);
if (check.status !== 0) {
  fail(`Manifestet klarar inte XSD-kontrollen; inget skrevs:\n${check.stderr}`);
}
writeFileSync(out, manifest);
spawnSync('rm', ['-f', tmp]);
console.log(`Skrev ${path.relative(process.cwd(), out)} för ${base} (giltigt enligt XSD). Lägg dist/web på ${base}/ och ladda upp manifestet.`);
