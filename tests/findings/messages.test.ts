import { defaultConfig } from '../../src/domain/config';
import { dismissFinding, dismissRule, restoreFinding, restoreRule, splitDismissed } from '../../src/domain/dismiss';
import { findingMessage, numberLines } from '../../src/domain/finding-text';
import { formatKronor } from '../../src/domain/format';
import { compactCells, groupFindings, groupTitle } from '../../src/domain/groups';
import { displayFormula, renderMessage } from '../../src/domain/messages';
import { rules } from '../../src/domain/rules';
import { ruleDocs } from '../../src/domain/rules/docs';
import { validate } from '../../src/domain/validate';
import { sheetOf, validBudgetRows } from '../helpers/sheet';

describe('messages written once, from an id and data', () => {
  it('every rule has a Swedish and an English name, both languages for every message and group, and an explanation', () => {
    for (const rule of rules) {
      expect(rule.name.sv && rule.name.en).toBeTruthy();
      for (const [id, text] of [...Object.entries(rule.messages), ...Object.entries(rule.groups ?? {})]) {
        // The same placeholders in both languages.
        const holes = (s: string) => (s.match(/\{\w+(?::kr)?\}/g) ?? []).sort();
        expect({ rule: rule.id, id, en: holes(text.en) }).toEqual({ rule: rule.id, id, en: holes(text.sv) });
      }
      for (const id of Object.keys(rule.groups ?? {})) expect(rule.messages[id]).toBeDefined();
      expect(ruleDocs[rule.id]).toBeDefined();
    }
  });

  it('fills kronor with no-break spaces and leaves years as they are', () => {
    expect(renderMessage('{year}: {sum:kr}', { year: 2026, sum: 3361638 })).toBe('2026: 3\u00a0361\u00a0638\u00a0kr');
    expect(formatKronor(-1500)).toBe('−1\u00a0500\u00a0kr');
  });

  it('a finding reads in the pane language from the same id and data, and its numbers are not repeated in the sentence', () => {
    const rows = validBudgetRows();
    rows[12] = ['Summa administration', 1000, { f: '=SUM(C11:C12)', v: 1100 }];
    const f = validate(sheetOf(rows), defaultConfig).findings.find((x) => x.rule === 'sum-mismatch')!;
    expect(f).toMatchObject({ messageId: 'mismatch', data: { label: 'Summa administration', year: 2026 }, expected: 1100, actual: 1000 });
    expect(findingMessage(f, 'sv')).toBe('Summa administration 2026 stämmer inte med summan av sina rader.');
    expect(findingMessage(f, 'en')).toBe('Summa administration 2026 does not match the sum of its rows.');
    expect(f.message).not.toMatch(/\d\u00a0\d{3}|1\s?100/);
    expect(numberLines(f, 'sv')).toEqual([
      { label: 'Raderna summerar till', value: '1\u00a0100\u00a0kr' },
      { label: 'I cellen', value: '1\u00a0000\u00a0kr' },
      { label: 'Skillnad', value: '−100\u00a0kr' },
    ]);
  });

  it('shows formulas as Swedish Excel does, keeping text and quoted sheet names', () => {
    expect(displayFormula('=SUM(C21:C22)', 'sv')).toBe('=SUMMA(C21:C22)');
    expect(displayFormula('=SUM(B4,B6:B7)', 'sv')).toBe('=SUMMA(B4;B6:B7)');
    expect(displayFormula("=ROUND(C14*(1+'Antaganden, 2026'!$B$3),0)", 'sv')).toBe("=AVRUNDA(C14*(1+'Antaganden, 2026'!$B$3);0)");
    expect(displayFormula('=SUM(B4,B6:B7)', 'en')).toBe('=SUM(B4,B6:B7)');
  });
});

describe('groups', () => {
  it('compacts cells of a row into ranges', () => {
    expect(compactCells(['C4', 'B4', 'D4', 'F4', 'B8'])).toBe('B4:D4, F4, B8');
    expect(compactCells(['B4', 'B8', 'B9', 'B12'], 2)).toBe('B4, B8, …');
  });

  it('groups by rule and cause, errors first, then by position', () => {
    const rows = validBudgetRows();
    rows[3] = ['Summa samverkansmedel', 2000, 2000];
    rows[12] = ['Summa administration', 1100, 1000];
    const { findings } = validate(sheetOf(rows), defaultConfig);
    const groups = groupFindings(findings);
    expect(groups.map((g) => `${g.severity} ${g.key} ${g.findings.map((f) => f.cell).join(',')}`)).toEqual([
      // One wrong subtotal is one error, at its cell: the total above accepts its rows' own sum (issue 12).
      'error sum-mismatch/mismatch C13',
      'warning hardcoded-total/typed B4,C4,B13,C13',
      'warning equity-over-cap/over B15,C15',
    ]);
    expect(groupTitle(groups[1], 'sv')).toBe('4 summor är inskrivna som tal (B4:C4, B13:C13)');
    expect(groupTitle(groups[1], 'en')).toBe('4 totals are typed numbers (B4:C4, B13:C13)');
  });
});

describe('dismissals', () => {
  it('set a finding or a rule aside with a reason, and take them back', () => {
    const rows = validBudgetRows();
    rows[12] = ['Summa administration', 1100, 1000];
    const { findings } = validate(sheetOf(rows), defaultConfig);
    const one = findings.find((f) => f.rule === 'sum-mismatch')!;
    let config = dismissFinding(defaultConfig, one, '  beslutat så  ');
    expect(config.dismissed.findings).toEqual([{ rule: 'sum-mismatch', sheet: 'Budget', cell: 'C13', reason: 'beslutat så' }]);
    expect(splitDismissed(findings, config).dismissed).toEqual([one]);
    config = dismissRule(config, 'hardcoded-total');
    expect(splitDismissed(findings, config).active.some((f) => f.rule === 'hardcoded-total')).toBe(false);
    config = restoreRule(restoreFinding(config, one), 'hardcoded-total');
    expect(splitDismissed(findings, config).dismissed).toEqual([]);
  });
});
