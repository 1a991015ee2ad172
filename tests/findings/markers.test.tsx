/** @jest-environment jsdom */
import { act, cleanup, render } from '@testing-library/react';
import { MARKER_FILL } from '../../src/domain/markers';
import { App } from '../../src/taskpane/App';
import { settle } from '../helpers/pane';
import { clickButton, hosts, type Subject } from '../helpers/pane-hosts';

afterEach(cleanup);

describe.each(hosts)('Markera i bladet on %s', (_name, make) => {
  let subject: Subject;
  beforeEach(async () => {
    subject = await make();
    // A cell the user had coloured and made bold, and a flagged one: both must come back as they were.
    if (subject.excel) Object.assign(subject.excel.state.sheets[0].cell(20, 1), { fill: '#DDEEFF', bold: true });
    if (subject.file) {
      const cell = subject.file.workbook.worksheets[0].getCell('B21');
      cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEEFF' } } };
    }
    await act(async () => void render(<App host={subject.host} />));
    await settle();
    await clickButton('Validera');
  });

  it('colours errors and warnings apart, changes no value, and "Ta bort markeringar" leaves every format exactly as before', async () => {
    const formats = subject.formats();
    const values = await subject.values();
    await clickButton('Markera i bladet');
    expect(await subject.values()).toEqual(values);
    expect(subject.formats()).not.toEqual(formats);
    const fillOf = (cell: string, row: number, col: number) =>
      subject.excel
        ? subject.excel.state.sheets[0].peek(row, col)?.fill
        : `#${(subject.file!.workbook.worksheets[0].getCell(cell).fill as { fgColor?: { argb?: string } })?.fgColor?.argb?.slice(2)}`;
    expect(fillOf('C7', 6, 2)).toBe(MARKER_FILL.error); // equity carried wrongly: an error
    expect(fillOf('C23', 22, 2)).toBe(MARKER_FILL.error); // an error and warnings: the error's colour
    expect(fillOf('B4', 3, 1)).toBe(MARKER_FILL.warning); // a typed total: a warning
    expect(fillOf('A1', 0, 0)).not.toBe(MARKER_FILL.warning);

    await clickButton('Ta bort markeringar');
    expect(subject.formats()).toEqual(formats);
    expect(await subject.values()).toEqual(values);

    // Marking is an ordinary action: Ångra takes it back too.
    await clickButton('Markera i bladet');
    await clickButton('Ångra: Markera fynden i bladet');
    expect(subject.formats()).toEqual(formats);
  });
});
