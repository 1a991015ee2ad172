import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseBudgetSheet } from '../../src/domain/choose';
import { defaultConfig } from '../../src/domain/config';
import { remediesFor } from '../../src/domain/fixes';
import { compactCells } from '../../src/domain/groups';
import { validate } from '../../src/domain/validate';
import { loadWorkbookFile } from '../../src/workbook/load';
import { snapshotsOf } from '../../src/workbook/snapshot';

const ROOT = path.join(__dirname, '..', '..');

describe('the README on the sample', () => {
  it('says how many of the typed totals a fix replaces without changing a value, and which', async () => {
    const { snapshot } = chooseBudgetSheet(snapshotsOf(await loadWorkbookFile(path.join(ROOT, 'examples', 'budgetplan-2026.xlsx'))), defaultConfig);
    const { findings } = validate(snapshot, defaultConfig);
    const typed = findings.filter((f) => f.rule === 'hardcoded-total');
    const remedies = remediesFor(typed, snapshot, defaultConfig);
    const safe = typed.filter((f) => remedies.get(f)?.kind === 'fix').map((f) => f.cell);
    const changing = typed.filter((f) => remedies.get(f)?.kind === 'suggestion').map((f) => f.cell);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`Of the ${typed.length} typed totals, ${safe.length} give the same value as a formula over their rows (${compactCells(safe)})`);
    expect(readme).toContain(`"Åtgärda alla där värdet inte ändras (${safe.length})"`);
    expect(readme).toContain(`The other ${changing.length} (${compactCells(changing)}) differ from their rows`);
    expect(safe.length + changing.length).toBe(typed.length);
  });
});
