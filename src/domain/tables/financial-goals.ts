import { formatKronor } from '../format';
import { capExpression, plusChain } from './refs';
import { formula, value, type TableCell, type TableDefinition } from './types';

const MET = 'Uppfyllt';
const NOT_MET = 'Ej uppfyllt';

/** The financial goals of the plan (3.1.3), each with a status per year from the budget sheet. */
export const financialGoalsTable: TableDefinition = {
  id: 'financial-goals',
  baseName: 'FinansiellaMal',
  title: () => 'Finansiella mål',
  build({ sheet, equity, config }) {
    const income = sheet.rows.find((r) => r.role === 'income-total');
    const cost = sheet.rows.find((r) => r.role === 'cost-total');
    const contributions = sheet.rows.filter((r) => r.role === 'contribution');
    const closing = (at: Parameters<Parameters<typeof formula>[0]>[0], col: number) =>
      `(${income ? at.budget(income.row, col) : 0}-${cost ? at.budget(cost.row, col) : 0})`;
    const floor = config.equity.floor;
    const cap = config.equity.capTiers[0];
    // The same tolerance as the equity table's status and the equity rules, so that a goal is
    // "Ej uppfyllt" exactly when the equity status says "Över taket" or "Under golvet".
    const tol = config.tolerance;
    const percent = String(Math.round(cap.rate * 1000) / 10).replace('.', ',');
    const goals: { goal: string; measure: string; test: (at: Parameters<typeof closing>[0], col: number) => string; met: (i: number) => boolean }[] = [
      {
        goal: 'Verksamheten ska bedrivas inom den budgetram som beslutas av samordningsförbundets styrelse.',
        measure: 'Kostnaderna ryms i årets intäkter inklusive eget kapital (utgående eget kapital ≥ 0 kr).',
        test: (at, col) => `${closing(at, col)}>=0`,
        met: (i) => equity[i].closing >= 0,
      },
      {
        goal: 'Samordningsförbundet ska vara självfinansierat genom sina medlemsavgifter och får inte teckna lån eller krediter utöver vad som krävs för att samverkan ska fungera.',
        measure: `Eget kapital hålls över lägstanivån ${formatKronor(floor)}, så att inga lån behövs.`,
        test: (at, col) => `${closing(at, col)}>=${floor - tol}`,
        met: (i) => equity[i].closing >= floor - tol,
      },
      {
        goal:
          cap.upTo === null
            ? `Förbundets egna kapital ska maximalt uppgå till ${percent} % av årets medlemsbidrag.`
            : `Förbundets egna kapital ska maximalt uppgå till ${percent} % på belopp upp till ${String(cap.upTo / 1e6).replace('.', ',')} miljoner kronor.`,
        measure: 'Utgående eget kapital är högst taket för årets medlemsbidrag.',
        test: (at, col) => `${closing(at, col)}<=${capExpression(`(${plusChain(at, contributions, col)})`, config)}+${tol}`,
        met: (i) => equity[i].closing <= equity[i].cap + tol,
      },
    ];
    const rows = goals.map((g): TableCell[] => [
      value(g.goal),
      value(g.measure),
      ...sheet.years.map((y, i) => formula((at) => `=IF(${g.test(at, y.col)},"${MET}","${NOT_MET}")`, g.met(i) ? MET : NOT_MET)),
    ]);
    return {
      headers: ['Mål', 'Mått', ...sheet.years.map((y) => String(y.year))],
      rows,
      formats: [undefined, undefined, ...sheet.years.map(() => undefined)],
    };
  },
};
