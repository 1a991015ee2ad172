/** @jest-environment jsdom */
/**
 * The findings list on the two real hosts (the Office.js host on the fake Excel, which here
 * calculates its formulas as Excel would, and the preview's file host on the .xlsx): fixes that
 * change no value, suggestions written only after a confirmation, and after every write and
 * every undo a list equal to a fresh validation of the sheet as the host reads it back.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { defaultConfig } from '../../src/domain/config';
import { App } from '../../src/taskpane/App';
import { settle } from '../helpers/pane';
import { clickButton, fresh, hosts, shown, type Subject } from '../helpers/pane-hosts';

afterEach(cleanup);

describe.each(hosts)('the findings on %s', (_name, make) => {
  let subject: Subject;
  beforeEach(async () => {
    subject = await make();
    await act(async () => void render(<App host={subject.host} />));
    await settle();
    await clickButton('Validera');
  });

  it('groups the 20 typed totals, fixes exactly the 14 whose value stays, and the errors stay errors', async () => {
    const group = document.querySelector('[data-group="hardcoded-total/typed"]') as HTMLElement;
    expect(group.querySelector('h3')!.textContent).toBe('2020 summor är inskrivna som tal (B4:F4, B8:F8, B21:F21, B23:F23)');
    expect(screen.getByText(/^Bladet "Budget 2026": 7 fel, 24 varningar$/)).toBeTruthy();
    const before = await subject.values();
    expect(shown()).toEqual(await fresh(subject.host));

    const syncs = subject.excel?.syncs ?? 0;
    await clickButton('Åtgärda alla där värdet inte ändras (14)', group);
    // In Excel: capture and write (two round trips), then one read back for the list.
    if (subject.excel) expect(subject.excel.syncs - syncs).toBe(3);
    // Not one value changed anywhere on the sheet; the 14 totals are formulas now.
    expect(await subject.values()).toEqual(before);
    const read = await subject.host.readBudget(defaultConfig);
    const formulas = read.snapshot.formulas.flatMap((line, r) => line.flatMap((f, c) => (f ? [`${String.fromCharCode(65 + c)}${r + 1}`] : [])));
    expect(formulas.sort()).toEqual(['B4', 'B8', 'C21', 'C4', 'C8', 'D21', 'D4', 'D8', 'E21', 'E4', 'E8', 'F21', 'F4', 'F8']);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(screen.getByText(/^Bladet "Budget 2026": 7 fel, 10 varningar$/)).toBeTruthy();
    expect(document.querySelector('[data-group="hardcoded-total/typed"] h3')!.textContent).toMatch(/^66 summor är inskrivna som tal \(B21, B23:F23\)$/);

    // Undo: the typed totals are back, and so is the list.
    const beforeUndo = subject.excel?.syncs ?? 0;
    await clickButton('Ångra: Åtgärda 14 celler');
    // The host's undo: what still exists, what the written cells hold now, the restore; then the pane reads back.
    if (subject.excel) expect(subject.excel.syncs - beforeUndo).toBe(4);
    expect(await subject.values()).toEqual(before);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(screen.getByText(/: 7 fel, 24 varningar$/)).toBeTruthy();
  });

  it('writes a value-changing suggestion only after a confirmation that shows both numbers and the equity effect', async () => {
    const before = await subject.values();
    fireEvent.click(screen.getByRole('button', { name: 'Visa de 20 cellerna' }));
    await settle();
    const c23 = document.querySelector('li[data-finding-rule="hardcoded-total"][data-finding-cell="C23"]') as HTMLElement;
    // No one-click fix here: the replacement changes the figure.
    expect(within(c23).queryByRole('button', { name: /^Åtgärda C23/ })).toBeNull();
    fireEvent.click(within(c23).getByRole('button', { name: 'Föreslagen ändring i C23' }));
    await settle();
    const confirm = within(c23).getByRole('group', { name: 'Ändra värdet i C23?' });
    const text = confirm.textContent!.replace(/\u00a0/g, ' ');
    expect(text).toContain('Ersätt 5 382 447 kr med =SUMMA(C21:C22) = 4 757 447 kr; eget kapital 2026 ändras med +625 000 kr');
    expect(text).toMatch(/I cellen nu5 382 447 krEfter ändringen4 757 447 krEget kapital 2026\+625 000 kr/);
    expect(await subject.values()).toEqual(before); // asked, nothing written yet
    fireEvent.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    await settle();
    expect(await subject.values()).toEqual(before);
    expect(subject.host.canUndo()).toBe(false);

    fireEvent.click(within(c23).getByRole('button', { name: 'Föreslagen ändring i C23' }));
    await settle();
    await clickButton('Ersätt värdet i C23', c23);
    const after = await subject.values();
    expect(after[22][2]).toBe(4_757_447);
    // The list follows: C23's warnings are gone, and the equity now carried wrongly into 2027 is a new error.
    expect(shown()).toEqual(await fresh(subject.host));
    expect(shown()).toContain('equity-carry-forward D7');
    expect(shown()).not.toContain('hardcoded-total C23');
    await clickButton('Ångra: Ersätt C23');
    expect(await subject.values()).toEqual(before);
    expect(shown()).toEqual(await fresh(subject.host));
    expect(shown()).not.toContain('equity-carry-forward D7');
  });

  it('after a fill and an insert the list is a fresh validation of the sheet read back', async () => {
    fireEvent.click(screen.getByRole('tab', { name: 'Fyll prognoser' }));
    await clickButton('Läs in budgetbladet');
    // The sample's one blank, F18, is left (its typed total F21 adds up without it) and the pane
    // says why; a fourth prognosis year (2030) gives the forecast cells to fill.
    expect(document.body.textContent).toMatch(/En tom cell lämnas[^:]*:F18 \(2029\): summan F21 \(TOTALT Utvecklingsinsatser\) är inskriven/);
    fireEvent.change(screen.getByLabelText(/Antal prognosår/), { target: { value: '4' } });
    await settle();
    await clickButton(/^Fyll i [1-9]\d* celler$/);
    // Only the open tab is drawn: the list is looked at where the user sees it, on Validera.
    const listed = async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Validera' }));
      await settle();
      return shown();
    };
    expect(await listed()).toEqual(await fresh(subject.host));
    // The forecast leaves F18: the typed total F21 adds up without it (issue 12), and says so.
    expect(shown()).toContain('missing-value F18');

    fireEvent.click(screen.getByRole('tab', { name: 'Infoga tabeller' }));
    await clickButton('Infoga');
    expect(await listed()).toEqual(await fresh(subject.host));
    await clickButton(/^Ångra: Infoga tabeller$/);
    await clickButton(/^Ångra: Fyll prognoser$/);
    expect(await listed()).toEqual(await fresh(subject.host));
    expect(shown()).toContain('missing-value F18');
  });
});
