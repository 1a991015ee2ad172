import { rowList, type Config } from './config';
import { formulaTerms, referencedRows, sumFormula } from './formulas';
import { isTotal, type BudgetRow, type DecidedBy, type YearColumn } from './model';
import { formulaAt, parseA1, type SheetSnapshot } from './snapshot';
import { correctedValueOf } from './corrected';

export { correctedValue } from './corrected';

/**
 * Which rows each total covers, from the evidence in the sheet: a total takes a run of the rows
 * still open above it (rows no earlier total has taken; a total it takes stands for its own rows).
 * 1. A formula that is a plain sum over such a run is the author's own statement: taken as is.
 * 2. A typed total (or a formula that is not such a run) takes the run whose sum matches it in
 *    most years; the labels' run (back to the section's heading) wins ties. A run matching all
 *    years but one is a total with one wrong year: the sum rule reports that year.
 * 3. When no run convinces and another run matches more years than the labels' run, the tool
 *    cannot tell: the total is marked uncertain (a warning, no sum error).
 */
export interface StructureInput {
  snapshot: SheetSnapshot;
  rows: BudgetRow[];
  years: YearColumn[];
  config: Config;
  /** The same sheet read before an edit: its decisions are kept (the forecast checks its output by them). */
  previous?: { byRow: Map<number, BudgetRow> };
}

interface Decision {
  k: number;
  by: DecidedBy;
  uncertain?: string;
}

/** A row's value in a year as its parents should count it (see correctedValue). */
type ValueOf = (row: BudgetRow, year: number) => number;

/** Returns the rows that turned out to stand below the table (after a cost total found by arithmetic). */
export function inferStructure(input: StructureInput): BudgetRow[] {
  const { rows } = input;
  const byRow = rowIndex(rows);
  const overrides = overridesByRow(input, byRow);
  const memo = new Map<number, number>();
  const value: ValueOf = (row, year) => correctedValueOf(row, year, byRow, input.config.tolerance, memo);
  let below: BudgetRow[] = [];
  for (const block of ['income', 'cost'] as const) {
    const open = walkBlock(input, rows.filter((r) => r.block === block && !isEquityRow(r)), overrides, value);
    if (block === 'cost' && !rows.some((r) => r.role === 'cost-total')) below = promoteCostTotal(open);
  }
  assignEquityRows(input, rows, overrides);
  return below;
}

/**
 * A cost block without a total named as one ("TOTALT: Kostnader Administration och Verksamhet"):
 * the total that took in every open row of the block is its cost total. Rows left after it are
 * not part of the table ("Utrymme för ny verksamhet").
 */
function promoteCostTotal(open: BudgetRow[]): BudgetRow[] {
  const i = open.findIndex((r) => isTotal(r));
  if (i !== 0 || open.slice(1).some((r) => isTotal(r))) return [];
  open[0].role = 'cost-total';
  return open.slice(1);
}

function isEquityRow(r: BudgetRow): boolean {
  return r.role === 'result' || r.role === 'closing-equity' || (r.role === 'opening-equity' && r.block === 'cost');
}

/** Walks one block's rows; returns the rows left open at its end. */
function walkBlock(input: StructureInput, rows: BudgetRow[], overrides: Map<number, number[]>, value: ValueOf): BudgetRow[] {
  const stack: BudgetRow[] = [];
  // Stack heights where a section heading (a label row without amounts) was met.
  const marks: number[] = [];
  for (const row of rows) {
    if (row.role === 'section-header') {
      marks.push(stack.length);
      continue;
    }
    if (row.role === 'excluded') continue;
    if (!isTotal(row)) {
      stack.push(row);
      continue;
    }
    const before = input.previous?.byRow.get(row.row);
    const forced = overrides.get(row.row) ?? before?.components;
    if (forced) {
      const covered = new Set(forced);
      row.components = forced;
      row.decidedBy = before?.decidedBy ?? 'config';
      if (before?.uncertain) row.uncertain = before.uncertain;
      const kept = stack.filter((r) => !covered.has(r.row));
      stack.length = 0;
      stack.push(...kept, row);
      continue;
    }
    const labelK = labelRun(row, stack, marks);
    const decision = decide(input, row, stack, labelK, value);
    row.components = stack.slice(stack.length - decision.k).map((r) => r.row);
    row.decidedBy = decision.by;
    if (decision.uncertain) row.uncertain = decision.uncertain;
    const height = stack.length - decision.k;
    stack.length = height;
    while (marks.length && marks[marks.length - 1] > height) marks.pop();
    if (marks.length && marks[marks.length - 1] === height && row.role === 'subtotal') marks.pop();
    stack.push(row);
  }
  return stack;
}

/** How many open rows the labels say the total covers. */
function labelRun(row: BudgetRow, stack: BudgetRow[], marks: number[]): number {
  if (row.role === 'income-total' || row.role === 'cost-total') return stack.length;
  if (row.role === 'contribution-subtotal') {
    let k = 0;
    while (k < stack.length && stack[stack.length - 1 - k].role === 'contribution') k++;
    if (k > 0) return k;
  }
  const since = marks.length ? stack.length - marks[marks.length - 1] : stack.length;
  if (since > 0) return since;
  // A subtotal right after subtotals adds them up (Summa personal + Summa övrigt = Summa administration).
  let k = 0;
  while (k < stack.length && isTotal(stack[stack.length - 1 - k])) k++;
  return k || stack.length;
}

function decide(input: StructureInput, row: BudgetRow, stack: BudgetRow[], labelK: number, value: ValueOf): Decision {
  const fromFormula = formulaRun(input, row, stack);
  if (fromFormula !== null) return { k: fromFormula, by: 'formula' };
  const years = input.years.filter((y) => row.amounts.get(y.year)?.value !== null && row.amounts.get(y.year)?.kind !== 'error');
  if (years.length === 0 || stack.length === 0) return { k: labelK, by: 'label' };
  const tol = input.config.tolerance;
  // Matches per run length k (the k open rows right above the total), shown and corrected sums both count.
  const matches: number[] = [0];
  const shown = years.map(() => 0);
  const corrected = years.map(() => 0);
  const profile: string[] = [''];
  for (let k = 1; k <= stack.length; k++) {
    const part = stack[stack.length - k];
    let m = 0;
    years.forEach((y, i) => {
      shown[i] += part.amounts.get(y.year)?.value ?? 0;
      corrected[i] += value(part, y.year);
      const target = row.amounts.get(y.year)!.value!;
      if (Math.abs(shown[i] - target) <= tol || Math.abs(corrected[i] - target) <= tol) m++;
    });
    matches.push(m);
    profile.push(shown.join(','));
  }
  const n = years.length;
  const best = Math.max(...matches.slice(1));
  const atBest = matches.map((m, k) => (k > 0 && m === best ? k : 0)).filter(Boolean);
  // Runs that differ only by rows of zeros add up alike: they are one candidate, not a disagreement.
  const oneCandidate = atBest.every((k) => profile[k] === profile[atBest[0]]);
  const labelBy: DecidedBy = 'label';
  if (best === n) {
    if (matches[labelK] === n) return { k: labelK, by: labelBy };
    return { k: atBest[0], by: 'arithmetic' };
  }
  // "Most years": a strict majority, at least two years.
  if (best >= 2 && best * 2 > n) {
    if (matches[labelK] === best) return { k: labelK, by: labelBy };
    // Of runs that add up alike, the shortest is the run.
    if (oneCandidate) return { k: atBest[0], by: 'arithmetic' };
  }
  // The labels' run stands when no other run fits as well (none fits at all: the sum rule reports it),
  // or when the others that fit as well are only its own last rows: a total leaving out the first
  // rows of its own section is less likely than one wrong figure.
  if (best === 0 || (matches[labelK] === best && (oneCandidate || atBest.every((k) => k <= labelK)))) return { k: labelK, by: labelBy };
  // One run adds up exactly in some years and the labels' run in none (a sub-heading read as a
  // section's start): the sum is the better evidence, and the other years are the total's fault.
  if (oneCandidate && matches[labelK] === 0) return { k: atBest[0], by: 'arithmetic' };
  return {
    k: labelK,
    by: labelBy,
    uncertain: `olika rader ovanför stämmer med summan olika år (som bäst ${best} av ${n} år)`,
  };
}

/**
 * The run a formula names, when most of the total's formulas are the same plain sum over a run of
 * open rows (a total may name its own rows or the rows of a total it takes instead of that total).
 */
function formulaRun(input: StructureInput, row: BudgetRow, stack: BudgetRow[]): number | null {
  // The distinct row lists the year columns' formulas name, and how many columns name each.
  const seen: { rows: number[]; n: number }[] = [];
  for (const y of input.years) {
    const f = formulaAt(input.snapshot, row.row, y.col);
    if (!f) continue;
    // The same SUM as the column before, in this column's letter: no need to read it again.
    if (seen.length === 1 && f === sumFormula(input.snapshot, seen[0].rows, y.col)) {
      seen[0].n++;
      continue;
    }
    const rows = plainSumRows(input.snapshot, f, y.col);
    if (!rows) continue;
    const same = seen.find((e) => e.rows.length === rows.length && e.rows.every((r, i) => r === rows[i]));
    if (same) same.n++;
    else seen.push({ rows, n: 1 });
  }
  const top = seen.reduce<{ rows: number[]; n: number } | undefined>((best, e) => (!best || e.n > best.n ? e : best), undefined);
  if (!top) return null;
  const byRow = rowIndex(input.rows);
  // Most formulas name the open rows right above in order (=SUM(B14:B23) over ten items): walk them.
  const direct = namesOpenRun(top.rows, stack, byRow);
  if (direct !== null) return direct;
  const named = new Set(top.rows);
  const wanted = top.rows.filter((r) => byRow.has(r) && byRow.get(r)!.role !== 'section-header');
  if (wanted.length === 0) return null;
  const low = Math.min(...wanted);
  const covered = new Set<number>();
  for (let k = 1; k <= stack.length; k++) {
    const part = stack[stack.length - k];
    let lowest = part.row;
    if (named.has(part.row)) covered.add(part.row);
    else {
      const leaves = leafRows(part, byRow);
      if (!leaves.length || !leaves.every((r) => named.has(r))) return null;
      for (const r of leaves) {
        covered.add(r);
        if (r < lowest) lowest = r;
      }
    }
    if (lowest <= low) return wanted.every((r) => covered.has(r)) ? k : null;
  }
  return null;
}

/** How many open rows a formula's sorted rows name one by one from the top of the stack; null when they do not. */
function namesOpenRun(rows: number[], stack: BudgetRow[], byRow: Map<number, BudgetRow>): number | null {
  let k = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const part = stack[stack.length - 1 - k];
    if (part && part.row === rows[i]) k++;
    else if (byRow.get(rows[i])?.role !== undefined && byRow.get(rows[i])!.role !== 'section-header') return null;
  }
  return k > 0 ? k : null;
}

/** The sorted, distinct rows a plain sum names (a SUM range, a + chain), or null. */
function plainSumRows(snapshot: SheetSnapshot, formula: string, col: number): number[] | null {
  const direct = referencedRows(snapshot, formula, col);
  const rows = direct ?? formulaTerms(snapshot, formula, col)?.map((t) => (t.sign < 0 ? -1 : t.row)) ?? null;
  if (!rows || rows.includes(-1)) return null;
  for (let i = 1; i < rows.length; i++) if (rows[i] <= rows[i - 1]) return [...new Set(rows)].sort((a, b) => a - b);
  return rows;
}

function leafRows(row: BudgetRow, byRow: Map<number, BudgetRow>): number[] {
  if (!isTotal(row) || !row.components) return [row.row];
  return row.components.flatMap((c) => {
    const child = byRow.get(c);
    return child ? leafRows(child, byRow) : [c];
  });
}

// The parse's rows by snapshot row, built once per list (formulaRun asks for every total).
const indexes = new WeakMap<BudgetRow[], Map<number, BudgetRow>>();
function rowIndex(rows: BudgetRow[]): Map<number, BudgetRow> {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = new Map(rows.map((r) => [r.row, r]))));
  return index;
}

/** Årets resultat = intäkter − kostnader; Eget kapital vid årets slut = början + resultat. */
function assignEquityRows(input: StructureInput, rows: BudgetRow[], overrides: Map<number, number[]>): void {
  const income = rows.filter((r) => r.role === 'income-total').pop();
  const cost = rows.filter((r) => r.role === 'cost-total').pop();
  const result = rows.find((r) => r.role === 'result');
  const opening = rows.find((r) => r.role === 'opening-equity' && !rows.some((t) => t.components?.includes(r.row)));
  for (const row of rows) {
    if (row.role !== 'result' && row.role !== 'closing-equity') continue;
    const before = input.previous?.byRow.get(row.row);
    const forced = overrides.get(row.row) ?? before?.components;
    if (forced) {
      row.components = forced;
      if (before?.minus) row.minus = before.minus;
      row.decidedBy = before?.decidedBy ?? 'config';
      if (before?.uncertain) row.uncertain = before.uncertain;
      continue;
    }
    let plus: number[];
    let minus: number[] = [];
    if (row.role === 'result') {
      if (!income || !cost) continue;
      plus = [income.row];
      minus = [cost.row];
    } else if (opening && result) plus = [opening.row, result.row];
    else if (opening && income && cost) {
      plus = [opening.row, income.row];
      minus = [cost.row];
    } else continue;
    row.components = plus;
    if (minus.length) row.minus = minus;
    row.decidedBy = 'label';
    const agreed = signedMatches(input, row);
    if (agreed.formula) row.decidedBy = 'formula';
    else if (agreed.years > 0 && agreed.matched * 2 > agreed.years) row.decidedBy = 'arithmetic';
    else if (agreed.years > 0) {
      row.uncertain = `beloppen stämmer inte med ${row.role === 'result' ? 'intäkter minus kostnader' : 'ingående eget kapital plus årets resultat'} något av åren`;
    }
  }
}

/** Whether a result row's formulas name exactly its rows, and in how many years its figures agree. */
function signedMatches(input: StructureInput, row: BudgetRow): { formula: boolean; years: number; matched: number } {
  const want = [...row.components!.map((r) => `+${r}`), ...(row.minus ?? []).map((r) => `-${r}`)].sort().join();
  let formula = false;
  let years = 0;
  let matched = 0;
  const byRow = new Map(input.rows.map((r) => [r.row, r]));
  for (const y of input.years) {
    const f = formulaAt(input.snapshot, row.row, y.col);
    const terms = f ? formulaTerms(input.snapshot, f, y.col) : null;
    if (terms && terms.map((t) => `${t.sign > 0 ? '+' : '-'}${t.row}`).sort().join() === want) formula = true;
    const shown = row.amounts.get(y.year)?.value;
    if (shown === null || shown === undefined) continue;
    const parts = [...row.components!.map((r) => [r, 1] as const), ...(row.minus ?? []).map((r) => [r, -1] as const)];
    const sum = parts.reduce((s, [r, sign]) => s + sign * (byRow.get(r)?.amounts.get(y.year)?.value ?? 0), 0);
    years++;
    if (Math.abs(sum - shown) <= input.config.tolerance) matched++;
  }
  return { formula, years, matched };
}

/** Configured totals: sheet row (or label) → snapshot rows it covers. */
function overridesByRow(input: StructureInput, byRow: Map<number, BudgetRow>): Map<number, number[]> {
  const origin = parseA1(input.snapshot.topLeft).row;
  const out = new Map<number, number[]>();
  for (const t of input.config.structure.totals) {
    const key = t.row;
    const target =
      typeof key === 'number'
        ? byRow.get(key - 1 - origin)
        : input.rows.find((r) => r.label.toLowerCase() === key.toLowerCase());
    if (!target) continue;
    out.set(target.row, rowList(t.covers).map((r) => r - 1 - origin).filter((r) => byRow.has(r)));
  }
  return out;
}

