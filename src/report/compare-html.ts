/** The report's optional section: what changed since last year's plan (src/domain/compare.ts). */
import type { Comparison, RowChange } from '../domain/compare';
import { formatKronor } from '../domain/format';
import { escapeHtml } from './escape';

const kr = (v: number | null) => (v === null ? '–' : escapeHtml(formatKronor(v)));
const STATUS: Record<string, string> = { changed: 'ändrad', new: 'ny', removed: 'borttagen', unchanged: 'oförändrad' };

function rowTable(rows: RowChange[]): string {
  const lines = rows.flatMap((r) => {
    const name = escapeHtml(r.label) + (r.oldLabel !== undefined ? ` <span class="note">(förra året "${escapeHtml(r.oldLabel)}")</span>` : '');
    const years = r.status === 'changed' ? r.years.filter((y) => y.old !== y.new) : r.years.filter((y) => (r.status === 'new' ? y.new : y.old) !== null);
    return years.map(
      (y, i) => `<tr><td>${i === 0 ? name : ''}</td><td>${i === 0 ? STATUS[r.status] : ''}</td><td>${y.year}</td><td class="num">${kr(y.old)}</td><td class="num">${kr(y.new)}</td><td class="num">${y.diff === null ? '' : kr(y.diff)}</td></tr>`,
    );
  });
  return `<table><thead><tr><th>Rad</th><th>Ändring</th><th>År</th><th class="num">Förra planen</th><th class="num">Den här planen</th><th class="num">Skillnad</th></tr></thead><tbody>${lines.join('\n')}</tbody></table>`;
}

export function comparisonHtml(oldFile: string, c: Comparison): string {
  const changed = c.rows.filter((r) => r.status !== 'unchanged');
  const totals = c.totals.filter((r) => r.status !== 'unchanged');
  const renamed = [...c.rows, ...c.totals].filter((r) => r.oldLabel !== undefined);
  const equity = c.equity.map((e) => `<tr><td>${e.year}</td><td class="num">${kr(e.old)}</td><td class="num">${kr(e.new)}</td><td class="num">${kr(e.diff)}</td></tr>`);
  return `<section id="forandringar"><h2>Förändringar sedan förra planen</h2>
<p>Jämfört med ${escapeHtml(oldFile)} (bladet "${escapeHtml(c.old.sheet)}", budgetår ${c.old.budgetYear ?? 'saknas'}). År i båda: ${c.years.common.join(', ') || 'inga'}; nya år: ${c.years.added.join(', ') || 'inga'}.
${c.summary.changed} ändrade rader, ${c.summary.new} nya, ${c.summary.removed} borttagna, ${c.summary.renamed} med nytt namn, ${c.summary.moved} flyttade.</p>
<h3>Rader, störst ändring först</h3>${changed.length ? rowTable(changed) : '<p>Inga rader har ändrats.</p>'}
<h3>Summor</h3>${totals.length ? rowTable(totals) : '<p>Inga summor har ändrats.</p>'}
<h3>Utgående eget kapital</h3>${equity.length ? `<table><thead><tr><th>År</th><th class="num">Förra planen</th><th class="num">Den här planen</th><th class="num">Skillnad</th></tr></thead><tbody>${equity.join('\n')}</tbody></table>` : '<p>Oförändrat.</p>'}
${renamed.length ? `<p>Nytt namn: ${renamed.map((r) => `"${escapeHtml(r.oldLabel!)}" → "${escapeHtml(r.label)}"`).join('; ')}.</p>` : ''}
</section>`;
}
