import { equityOf, findings, parsed, totalsOf, type TestCell } from './helpers';

const f = (formula: string, v: number): TestCell => ({ f: formula, v });
const income = (fk: number[], other: number[] = fk): TestCell[][] => [
  ['Intäkter', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
  ['Försäkringskassan', ...fk],
  ['Region Uppsala', ...other],
];

describe('which rows a total covers: sub-headings and nesting', () => {
  // Kostnader starts at row 6. Sub-headings (no amounts) inside Administration do not cut it.
  const rows = (): TestCell[][] => [
    ...income([1_203_000, 1_203_000, 1_203_000]),
    ['Eget kapital', 900_000, 900_000, 900_000],
    ['TOTALT', 3_306_000, 3_306_000, 3_306_000],
    ['Kostnader', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
    ['Administration'],
    ['Förbundschef', 800_000, 800_000, 800_000],
    ['Inköpta tjänster'],
    ['Ekonomi', 100_000, 100_000, 100_000],
    ['Lönehantering', 6_000, 6_000, 6_000],
    ['Summa administration', 906_000, 906_000, 906_000],
    ['Insatser'],
    ['Individinriktade insatser'],
    ['Jobbsteget', 1_000_000, 1_000_000, 1_000_000],
    ['Om insatsen förlängs'],
    ['Steget vidare', 200_000, 200_000, 200_000],
    ['Summa individinriktade insatser', 1_200_000, 1_200_000, 1_200_000],
    ['Strukturella insatser'],
    ['Kartläggning', 300_000, 300_000, 300_000],
    ['Summa strukturella insatser', 300_000, 300_000, 300_000],
    ['Summa insatser', 1_500_000, 1_500_000, 1_500_000],
    ['SUMMA KOSTNADER', 2_406_000, 2_406_000, 2_406_000],
  ];

  it('reads every total with the rows it covers, and no sum error', () => {
    const totals = totalsOf(parsed(rows()));
    expect(totals['Summa administration']).toEqual({ covers: [8, 10, 11], by: 'arithmetic' });
    expect(totals['Summa individinriktade insatser']).toMatchObject({ covers: [15, 17] });
    expect(totals['Summa strukturella insatser']).toMatchObject({ covers: [20], by: 'label' });
    expect(totals['Summa insatser']).toMatchObject({ covers: [18, 21] });
    expect(totals['SUMMA KOSTNADER']).toMatchObject({ covers: [12, 22], by: 'label' });
    expect(findings(rows())).toEqual([]);
  });

  it('one changed number in a nested total is reported at that cell and nowhere else', () => {
    const r = rows();
    r[17][2] = 1_300_000; // Summa individinriktade insatser, Plan 2027 (C18)
    expect(findings(r)).toEqual(['sum-mismatch@C18']);
    const s = rows();
    s[21][1] = 1_600_000; // Summa insatser, Budget 2026 (B22)
    expect(findings(s)).toEqual(['sum-mismatch@B22']);
    const t = rows();
    t[20][3] = 400_000; // Summa strukturella insatser, Plan 2028 (D21)
    expect(findings(t)).toEqual(['sum-mismatch@D21']);
  });

  it('an item changed: the subtotal it feeds is wrong in that year', () => {
    const r = rows();
    r[7][3] = 850_000; // Förbundschef, Plan 2028 (D8)
    expect(findings(r)).toEqual(['sum-mismatch@D12']);
    const s = rows();
    s[19][1] = 1_600_000; // Kartläggning, Budget 2026 (B20): the typed totals above keep the sheet's figures
    expect(findings(s)).toEqual(['sum-mismatch@B21']);
  });

  it('formulas are the author\'s statement: a SUM over the items including a sub-heading', () => {
    const r = rows();
    r[11] = ['Summa administration', f('=SUM(B8:B11)', 906_000), f('=SUM(C8:C11)', 906_000), f('=SUM(D8:D11)', 906_000)];
    expect(totalsOf(parsed(r))['Summa administration']).toEqual({ covers: [8, 10, 11], by: 'formula' });
    expect(findings(r)).toEqual([]);
  });

  it('a configured total wins over the evidence (structure.totals)', () => {
    const sheet = parsed(rows(), { structure: { totals: [{ row: 12, covers: '8, 10-11' }] } });
    expect(totalsOf(sheet)['Summa administration']).toEqual({ covers: [8, 10, 11], by: 'config' });
  });

  it('evidence that disagrees: a warning that the rows could not be told, and no sum error', () => {
    const r = rows();
    // Summa administration matches Ekonomi + Lönehantering in one year, all three rows in another, nothing in the third.
    r[11] = ['Summa administration', 106_000, 906_000, 555_000];
    const sheet = parsed(r);
    expect(totalsOf(sheet)['Summa administration']).toMatchObject({ uncertain: true });
    expect(findings(r).filter((x) => /[BCD]12$/.test(x))).toEqual([]);
    expect(findings(r, {}, 'warning')).toContain('unclear-structure@B12');
  });
});

describe('the 2022 wording: TOTALT: Kostnader over administration and verksamhet', () => {
  const rows = (): TestCell[][] => [
    ['INTÄKTER och eget kapital', 'Budget 2021', 'Budgetplan 2022', 'Prognos 2023', 'Prognos 2024'],
    ['Försäkringskassan', 2_162_000, 2_162_000, 2_130_000, 2_120_000],
    ['Region Gotland', 2_162_000, 2_162_000, 2_130_000, 2_120_000],
    ['Eget kapital/sparade medel', 1_921_312, 1_828_177, 650_000, 600_000],
    ['TOTALT: Intäkter och kapital', 6_245_312, 6_152_177, 4_910_000, 4_840_000],
    ['Administration'],
    ['KOSTNADER/administration', 'Budget 2021', 'Budgetplan 2022', 'Prognos 2023', 'Prognos 2024'],
    ['Beredande tjänsteman 1.0', 1_175_652, 900_000, 920_000, 940_000],
    ['Administratör (deltid)'],
    ['Revisionskostnader', 47_600, 47_600, 47_600, 47_600],
    ['Inköpta tjänster'],
    ['• Ekonomi', 100_000, 100_000, 100_000, 100_000],
    ['TOTALT: Kostnader: Administration', 1_323_252, 1_047_600, 1_067_600, 1_087_600],
    ['Verksamhet'],
    ['KOSTNADER /utvecklingsinsatser', 'Budget 2021', 'Budgetplan 2022', 'Prognos 2023', 'Prognos 2024'],
    ['Frukostmöten', 40_000, 70_000, 60_000, 60_000],
    ['Kostnader: Utvecklingsinsatser', 40_000, 70_000, 60_000, 60_000],
    ['KOSTNADER/ projekt', 'Budget 2021', 'Budgetplan 2022', 'Prognos 2023', 'Prognos 2024'],
    ['JobbSam 3.0', 2_203_500, 2_185_000, 2_250_550, 2_320_000],
    ['Om insatsen förlängs'],
    ['Hälsobalans (2021)', 560_000],
    ['Kostnader: projekt', 2_763_500, 2_185_000, 2_250_550, 2_320_000],
    ['TOTALT: Kostnader verksamhet', 2_803_500, 2_255_000, 2_310_550, 2_380_000],
    ['(Utvecklingsinsatser och projekt)'],
    ['TOTALT: Kostnader', 4_126_752, 3_302_600, 3_378_150, 3_467_600],
    ['Administration och Verksamhet'],
    ['Utrymme för ny verksamhet', 1_468_560, 2_199_577, 881_850, 772_400],
  ];

  it('finds the cost total under its 2022 name and every nested total, with no sum error', () => {
    const sheet = parsed(rows());
    const totals = totalsOf(sheet);
    expect(sheet.rows.find((r) => r.label === 'TOTALT: Kostnader')?.role).toBe('cost-total');
    expect(totals['TOTALT: Kostnader']).toMatchObject({ covers: [13, 23] });
    expect(totals['TOTALT: Kostnader verksamhet']).toMatchObject({ covers: [17, 22] });
    expect(totals['TOTALT: Kostnader: Administration']).toMatchObject({ covers: [8, 10, 12] });
    expect(findings(rows()).filter((x) => x.startsWith('sum-mismatch'))).toEqual([]);
    expect(sheet.skipped.map((s) => s.text)).toContain('Utrymme för ny verksamhet');
  });

  it('equity per year is income total minus the cost total (never a cost of 0)', () => {
    expect(equityOf(rows()).map((e) => e.closing)).toEqual([6_245_312 - 4_126_752, 6_152_177 - 3_302_600, 4_910_000 - 3_378_150, 4_840_000 - 3_467_600]);
  });
});

describe('the result convention', () => {
  const rows = (): TestCell[][] => [
    ['Intäkter', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
    ['Försäkringskassan', 2_000_000, 2_000_000, 2_000_000],
    ['Västra Götalandsregionen', 1_000_000, 1_000_000, 1_000_000],
    ['Göteborgs Stad', 600_000, 600_000, 600_000],
    ['Medlemsavgift Mölndals kommun', 400_000, 400_000, 400_000],
    ['Summa intäkter', 4_000_000, 4_000_000, 4_000_000],
    ['Kostnader'],
    ['Personal', 3_000_000, 3_000_000, 3_000_000],
    ['Insatser', 1_120_000, 1_120_000, 1_120_000],
    ['Summa kostnader', 4_120_000, 4_120_000, 4_120_000],
    ['Årets resultat', -120_000, -120_000, -120_000],
    ['Eget kapital vid årets början', 1_700_000, 1_580_000, 1_460_000],
    ['Eget kapital vid årets slut', 1_580_000, 1_460_000, 1_340_000],
  ];

  it('closing = opening + result; a negative result is no fault; members by name', () => {
    const sheet = parsed(rows());
    expect(sheet.convention).toBe('result');
    expect(sheet.rows.filter((r) => r.role === 'contribution').map((r) => r.payer)).toEqual(['state', 'region', 'municipality', 'municipality']);
    expect(equityOf(rows()).map((e) => e.closing)).toEqual([1_580_000, 1_460_000, 1_340_000]);
    expect(findings(rows())).toEqual([]);
    expect(findings(rows(), {}, 'warning').filter((x) => x.startsWith('equity-below'))).toEqual([]);
  });

  it('a broken chain: början(2027) is not slut(2026)', () => {
    const r = rows();
    // 2027 opens with 1 700 000 (2026 closed on 1 580 000); the later years follow from that.
    r[11][2] = 1_700_000;
    r[12][2] = 1_580_000;
    r[11][3] = 1_580_000;
    r[12][3] = 1_460_000;
    expect(findings(r)).toEqual(['equity-carry-forward@C12']);
  });

  it('a wrong Årets resultat is found at its cell only', () => {
    const r = rows();
    r[10][3] = -100_000;
    expect(findings(r)).toEqual(['sum-mismatch@D11']);
  });
});

describe('tkr', () => {
  it('a sheet in tkr: cap and floor in the same unit, no below-floor on a healthy plan', () => {
    const rows: TestCell[][] = [
      ['Belopp i tkr'],
      ['Intäkter', 'Budget 2026', 'Plan 2027'],
      ['Försäkringskassan', 2_000, 2_000],
      ['Region Skåne', 2_000, 2_000],
      ['Summa intäkter', 4_000, 4_000],
      ['Kostnader'],
      ['Verksamhet', 4_100, 4_100],
      ['Summa kostnader', 4_100, 4_100],
      ['Årets resultat', -100, -100],
      ['Eget kapital vid årets början', 800, 700],
      ['Eget kapital vid årets slut', 700, 600],
    ];
    expect(equityOf(rows).map((e) => [e.closing, e.cap])).toEqual([[700_000, 800_000], [600_000, 800_000]]);
    expect(findings(rows, {}, 'warning').filter((x) => x.startsWith('equity-'))).toEqual(['equity-below-floor@C8']);
    expect(findings(rows)).toEqual([]);
  });
});

describe('account numbers and extra columns', () => {
  it('a Konto column left of the labels, Förändring % and Kommentar right of the years', () => {
    const rows: TestCell[][] = [
      ['Konto', 'Intäkter', 'Budget 2026', 'Plan 2027', 'Förändring %', 'Kommentar'],
      [3010, 'Försäkringskassan', 1_000_000, 1_000_000, 0, 'enligt besked'],
      [3020, 'Region Gotland', 1_000_000, 1_000_000, 0, null],
      [null, 'Summa intäkter', 2_000_000, 2_000_000, 0, null],
      [null, 'Kostnader'],
      [4010, 'Personal', 1_500_000, 1_600_000, 0.067, 'index'],
      [2091, 'Reserv', 300_000, 300_000, 0, null],
      [null, 'Summa kostnader', 1_800_000, 1_900_000, 0.056, null],
    ];
    const sheet = parsed(rows);
    expect(sheet.labelCol).toBe(1);
    expect(sheet.years.map((y) => y.col)).toEqual([2, 3]);
    expect(findings(rows)).toEqual([]);
  });
});

describe('total labels', () => {
  it.each([
    ['S:a administration', 'subtotal'],
    ['Delsumma administration', 'subtotal'],
    ['Summering administration', 'subtotal'],
    ['Kostnader: Administration', 'subtotal'],
    ['TOTALT: Kostnader: Administration', 'subtotal'],
    ['TOTALT Kostnader', 'cost-total'],
    ['TOTALT: Kostnader', 'cost-total'],
    ['S:a kostnader', 'cost-total'],
    ['Kostnader totalt', 'cost-total'],
  ])('%s is a %s', (label, role) => {
    const rows: TestCell[][] = [
      ['Intäkter', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
      ['Försäkringskassan', 600, 600, 600],
      ['Region Gotland', 600, 600, 600],
      ['Summa intäkter', 1_200, 1_200, 1_200],
      ['Kostnader'],
      ['Personal', 1_000, 1_000, 1_000],
      ['Lokal', 200, 200, 200],
      [label, 1_200, 1_200, 1_200],
      ...(role === 'subtotal' ? [['Summa kostnader', 1_200, 1_200, 1_200]] : []),
    ];
    expect(parsed(rows).rows.find((r) => r.label === label)?.role).toBe(role);
    expect(findings(rows).filter((f) => f.startsWith('sum-mismatch'))).toEqual([]);
  });
});

describe('Åtgärda on a typed total', () => {
  it('a result row becomes =income−cost; an uncertain total gets no fix', async () => {
    const { fixFor } = await import('../../src/domain/fixes');
    const { validate } = await import('../../src/domain/validate');
    const { defaultConfig } = await import('../../src/domain/config');
    const { sheetOf } = await import('../helpers/sheet');
    const rows: TestCell[][] = [
      ['Intäkter', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
      ['Försäkringskassan', 500, 500, 500],
      ['Region Gotland', 500, 500, 500],
      ['Summa intäkter', 1_000, 1_000, 1_000],
      ['Kostnader'],
      ['Personal', 800, 800, 800],
      ['Lokal', 300, 300, 300],
      ['Summa kostnader', 1_100, 1_100, 1_100],
      ['Årets resultat', -100, -100, -100],
    ];
    const s = sheetOf(rows);
    const f = validate(s, defaultConfig).findings.find((x) => x.rule === 'hardcoded-total' && x.cell === 'B9')!;
    expect(fixFor(f, s, defaultConfig)?.edit).toMatchObject({ cell: 'B9', formula: '=B4-B8', value: -100 });
    // Summa administration after a sub-heading: its rows since the sub-heading add up in 2026, all three in 2027.
    const unsure: TestCell[][] = [
      ['Intäkter', 'Budget 2026', 'Plan 2027', 'Plan 2028'],
      ['Försäkringskassan', 500, 500, 500],
      ['Region Gotland', 500, 500, 500],
      ['Summa intäkter', 1_000, 1_000, 1_000],
      ['Kostnader'],
      ['Administration'],
      ['Förbundschef', 800, 800, 800],
      ['Inköpta tjänster'],
      ['Ekonomi', 100, 100, 100],
      ['Summa administration', 100, 900, 555],
      ['Summa kostnader', 900, 900, 900],
    ];
    const u = sheetOf(unsure);
    const g = validate(u, defaultConfig).findings.find((x) => x.rule === 'hardcoded-total' && x.cell === 'B10')!;
    expect(parsed(unsure).rows.find((r) => r.label === 'Summa administration')?.uncertain).toBeTruthy();
    expect(fixFor(g, u, defaultConfig)).toBeNull();
  });
});
