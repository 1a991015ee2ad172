/**
 * The control report as one self-contained HTML page: inline CSS for screen and print (A4, a
 * page break before each section, table headers repeated on each page), the equity chart as
 * inline SVG, no script and no outside reference of any kind, so it opens offline, prints the
 * same everywhere, and can be mailed to the board as one file. Pure: a string from the model.
 */
import { formatKronor } from '../domain/format';
import type { ReportModel } from '../domain/report';
import { comparisonHtml } from './compare-html';
import { equityChart } from './chart';
import { escapeHtml } from './escape';



const kr = (v: number | null | undefined) => (v === null || v === undefined ? '–' : escapeHtml(formatKronor(v)));
const value = (v: number | string | undefined) => (v === undefined ? '' : typeof v === 'number' ? kr(v) : escapeHtml(v));
const STATUS = { ok: 'inom', 'over-cap': 'över taket', 'below-floor': 'under golvet' } as const;
const SEVERITY = { error: 'Fel', warning: 'Varning' } as const;

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1b1b1b; margin: 0 auto; max-width: 190mm; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 0 0 3mm; border-bottom: 1.5pt solid #0f6cbd; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
section { margin-top: 8mm; }
section + section { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
th, td { border-bottom: 0.5pt solid #c8c8c8; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f0f4f8; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.wide { font-size: 8.5pt; }
table.wide th, table.wide td { padding: 1mm 1mm; }
td.nowrap { white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0 0 4mm; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.summary { font-size: 12pt; font-weight: 600; padding: 3mm 4mm; background: #f6f6f6; border-left: 4pt solid #0f6cbd; }
.error { color: #b10e1c; }
.warning { color: #8a5300; }
.status-over-cap, .status-below-floor { color: #b10e1c; font-weight: 600; }
.chart { width: 100%; max-width: 170mm; height: auto; }
.note { color: #555; font-size: 9pt; }
ul.structure li { margin-bottom: 1mm; }
@media screen { body { padding: 10mm 0; } }
`;

function findingsSection(m: ReportModel): string {
  if (!m.groups.length) return '<section><h2>Fynd</h2><p>Inga fel och inga varningar.</p></section>';
  const groups = m.groups.map(
    (g) => `<h3 class="${g.severity}">${SEVERITY[g.severity]}: ${escapeHtml(g.title)}</h3>
<table><thead><tr><th>Cell</th><th>År</th><th>Vad</th><th class="num">Förväntat</th><th class="num">Faktiskt</th></tr></thead><tbody>
${g.findings.map((f) => `<tr><td>${escapeHtml(f.cell)}</td><td>${f.year ?? ''}</td><td>${escapeHtml(f.message)}</td><td class="num">${value(f.expected)}</td><td class="num">${value(f.actual)}</td></tr>`).join('\n')}
</tbody></table>`,
  );
  return `<section><h2>Fynd</h2>${groups.join('\n')}${ignoredHtml(m)}</section>`;
}

/** The findings the user set aside, each with the reason given: the board sees them too. */
function ignoredHtml(m: ReportModel): string {
  if (!m.ignored.length) return '';
  const rows = m.ignored.map((f) => `<tr><td>${escapeHtml(f.cell)}</td><td>${escapeHtml(f.message)}</td><td>${escapeHtml(f.reason ?? 'inget skäl angivet')}</td></tr>`);
  return `<h3>Ignorerade (${m.ignored.length})</h3>
<table><thead><tr><th>Cell</th><th>Vad</th><th>Skäl</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function equitySection(m: ReportModel): string {
  const rows = m.equity.map(
    (e) =>
      `<tr><td>${e.year}</td><td class="num">${kr(e.opening)}</td><td class="num">${kr(e.contributions)}</td><td class="num">${kr(e.otherIncome)}</td><td class="num">${kr(e.costs)}</td><td class="num">${kr(e.closing)}</td><td class="num">${kr(e.cap)}</td><td class="num">${kr(e.floor)}</td><td class="nowrap status-${e.status}">${STATUS[e.status]}</td></tr>`,
  );
  return `<section><h2>Eget kapital per år</h2>
<p class="note">Utgående eget kapital = intäkter totalt (med ingående eget kapital) − kostnader totalt. Taket räknas på årets medlemsbidrag; golvet är förbundets lägstanivå.</p>
<table id="eget-kapital" class="wide"><thead><tr><th>År</th><th class="num">Ingående</th><th class="num">Medlemsbidrag</th><th class="num">Övriga intäkter</th><th class="num">Kostnader</th><th class="num">Utgående</th><th class="num">Tak</th><th class="num">Golv</th><th>Status</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${equityChart(m.equity)}
</section>`;
}

function fundingSection(m: ReportModel): string {
  if (!m.funding.length) return '<section><h2>Finansiering per år</h2><p>Ingen rad för staten (Försäkringskassan) hittades bland medlemsbidragen.</p></section>';
  const rows = m.funding.map(
    (f) => `<tr><td>${f.year}</td><td class="num">${kr(f.state)}</td><td class="num">${kr(f.others)}</td><td class="num">${kr(f.difference)}</td><td class="${f.equal ? '' : 'error'}">${f.equal ? 'lika' : 'olika'}</td></tr>`,
  );
  return `<section><h2>Finansiering per år</h2>
<p class="note">Staten (Försäkringskassan) betalar hälften av medlemsbidragen, region och kommuner tillsammans den andra hälften (SFS 2003:1210 5 §).</p>
<table><thead><tr><th>År</th><th class="num">Staten</th><th class="num">Region och kommuner</th><th class="num">Skillnad</th><th>Halvorna</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function structureSection(m: ReportModel): string {
  const lines = m.structure.map((s) => `<li><strong>${escapeHtml(s.label)}</strong> (${escapeHtml(s.cell)}) = ${s.covers.length ? s.covers.map(escapeHtml).join(' + ') : 'inga rader'}</li>`);
  const excluded = m.excluded.length ? `<p>Räknas inte in i någon summa (markerade * med fotnot): ${m.excluded.map(escapeHtml).join(', ')}.</p>` : '';
  return `<section><h2>Strukturen som verktyget läste</h2>
<p class="note">Vilka rader varje summa omfattar, så som verktyget läste dem ur formler, belopp och rubriker.</p>
<ul class="structure">${lines.join('\n')}</ul>${excluded}</section>`;
}

export function reportHtml(m: ReportModel): string {
  const title = `Kontrollrapport: ${m.sheet}${m.budgetYear ? `, budgetår ${m.budgetYear}` : ''}`;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<dl class="facts">
<dt>Fil</dt><dd>${escapeHtml(m.file)}</dd>
<dt>Blad</dt><dd>${escapeHtml(m.sheet)}</dd>
<dt>Budgetår</dt><dd>${m.budgetYear ?? 'hittades inte'}</dd>
<dt>Datum</dt><dd>${escapeHtml(m.date)}</dd>
<dt>Verktyg</dt><dd>Finsam Budget ${escapeHtml(m.version)}</dd>
</dl>
<p class="summary" id="sammanfattning">${m.summary.errors} fel, ${m.summary.warnings} varningar${m.summary.ignored ? `, ${m.summary.ignored} ignorerade` : ''}.</p>
</header>
${findingsSection(m)}
${equitySection(m)}
${fundingSection(m)}
${structureSection(m)}
${m.comparison ? comparisonHtml(m.comparison.oldFile, m.comparison.result) : ''}
</body>
</html>
`;
}
