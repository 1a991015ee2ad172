/**
 * Pairs the rows of last year's plan with this year's: by label (normalised: case, accents,
 * punctuation and footnote marks do not count, so "Jobbvägen A/R" is "Jobbvagen A/R"), then by a
 * similar label (a small edit), then by structure (same block, role and section, and the same
 * amount in a common year: evidence that it is the same row under a new name). Rows left over
 * are new or removed. Pure.
 */
import { isTotal, type BudgetRow, type BudgetSheet } from './model';

export type MatchKind = 'label' | 'similar-label' | 'structure';

export interface RowPair {
  old: BudgetRow;
  new: BudgetRow;
  match: MatchKind;
}

export interface Matching {
  pairs: RowPair[];
  added: BudgetRow[];
  removed: BudgetRow[];
}

/** A label as matching sees it: no case, accents, punctuation or footnote marks. */
export function labelKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Edit distance (insert, delete, substitute), for similar labels. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Similar enough to be the same row renamed: at most a fifth of the longer label differs (and at least 3 characters match). */
function similar(a: string, b: string): number | null {
  const longer = Math.max(a.length, b.length);
  if (longer < 4) return null;
  const d = editDistance(a, b);
  return d <= Math.max(1, Math.floor(longer / 5)) ? d / longer : null;
}

/** Rows that carry amounts (section headers only name a section). */
function comparable(sheet: BudgetSheet): BudgetRow[] {
  return sheet.rows.filter((r) => r.role !== 'section-header');
}

/** A total pairs only with a total, an item only with a non-total, and both in the same block. */
function compatible(a: BudgetRow, b: BudgetRow): boolean {
  return a.block === b.block && isTotal(a) === isTotal(b);
}

function sameSection(a: BudgetRow, b: BudgetRow): boolean {
  return labelKey(a.section ?? '') === labelKey(b.section ?? '');
}

/** The same non-zero amount in a year both plans have. */
function sharesAmount(a: BudgetRow, b: BudgetRow, years: number[]): boolean {
  return years.some((y) => {
    const x = a.amounts.get(y)?.value;
    const z = b.amounts.get(y)?.value;
    return typeof x === 'number' && x !== 0 && x === z;
  });
}

const MAX_SIMILAR_PAIRS = 250_000;

export function matchRows(before: BudgetSheet, after: BudgetSheet): Matching {
  const olds = comparable(before);
  const news = comparable(after);
  const taken = new Set<BudgetRow>();
  const pairs: RowPair[] = [];
  const pair = (o: BudgetRow, n: BudgetRow, match: MatchKind) => {
    pairs.push({ old: o, new: n, match });
    taken.add(o);
    taken.add(n);
  };
  const free = (rows: BudgetRow[]) => rows.filter((r) => !taken.has(r));

  // 1. Same label. Where a label repeats ("Personal" in two sections), the same section first, then order.
  for (const preferSection of [true, false]) {
    for (const o of free(olds)) {
      const key = labelKey(o.label);
      const n = free(news).find((c) => labelKey(c.label) === key && compatible(o, c) && (!preferSection || sameSection(o, c)));
      if (n) pair(o, n, 'label');
    }
  }
  // 2. A similar label: the closest pairs first.
  const candidates: { o: BudgetRow; n: BudgetRow; score: number }[] = [];
  // Every left-over row against every other: bounded, so two unrelated large sheets stay quick.
  const [restOld, restNew] = [free(olds), free(news)];
  for (const o of restOld.length * restNew.length <= MAX_SIMILAR_PAIRS ? restOld : []) {
    for (const n of restNew) {
      if (!compatible(o, n)) continue;
      const score = similar(labelKey(o.label), labelKey(n.label));
      if (score !== null) candidates.push({ o, n, score: score + (sameSection(o, n) ? 0 : 0.5) });
    }
  }
  candidates.sort((a, b) => a.score - b.score);
  for (const c of candidates) if (!taken.has(c.o) && !taken.has(c.n)) pair(c.o, c.n, 'similar-label');
  // 3. Structure: same block, role and section, and the same amount in a common year.
  const common = before.years.map((y) => y.year).filter((y) => after.years.some((z) => z.year === y));
  for (const o of free(olds)) {
    const fits = free(news).filter((n) => compatible(o, n) && n.role === o.role && sameSection(o, n) && sharesAmount(o, n, common));
    if (fits.length === 1) pair(o, fits[0], 'structure');
  }
  return { pairs, added: free(news), removed: free(olds) };
}

/**
 * The pairs whose place changed: those outside the longest run of pairs that keep their order
 * (so one row moved up is one move, not every row it passed), and those now in another section.
 */
export function movedPairs(pairs: RowPair[]): Set<RowPair> {
  const byOld = [...pairs].sort((a, b) => a.old.row - b.old.row);
  // Longest increasing subsequence of the new positions, O(n²): a plan has tens of rows, a large one thousands.
  const n = byOld.length;
  const length = new Array<number>(n).fill(1);
  const before = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (byOld[j].new.row < byOld[i].new.row && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        before[i] = j;
      }
    }
  }
  const kept = new Set<RowPair>();
  let at = n ? length.indexOf(Math.max(...length)) : -1;
  while (at >= 0) {
    kept.add(byOld[at]);
    at = before[at];
  }
  return new Set(pairs.filter((p) => !kept.has(p) || !sameSection(p.old, p.new)));
}
