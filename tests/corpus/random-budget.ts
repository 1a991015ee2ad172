/**
 * Random well-formed budgets for the property tests: random sections nested up to three deep
 * with sub-headings, header shapes and words, titles above, units, account and extra columns,
 * members by name (with municipalities sharing the quarter by a key), both equity conventions,
 * totals as formulas or typed. Well-formed means every total is its rows' sum, the state pays
 * half, and each year's opening equity is the year before's closing.
 */
import type { Item, Layout, Node, Word, YearSpec } from './build';

/** A small seeded generator (mulberry32), so one fast-check integer drives a whole budget. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}
export type Rng = ReturnType<typeof rng>;

export interface Options {
  convention: 'income' | 'result';
  totals: 'formula' | 'typed';
  header: 'one-row' | 'kind-above' | 'year-above';
  unit: 'kr' | 'tkr-header' | 'tkr-note';
  account: boolean;
  extra: boolean;
  title: boolean;
  seed: number;
  /** Only the layout the engine before issue 12 reads: sections one deep, no sub-headings, Försäkringskassan and one region. */
  narrow?: boolean;
}

const SECTIONS = ['Administration', 'Insatser', 'Projekt', 'Utvecklingsinsatser', 'Individinriktade insatser', 'Strukturinsatser', 'Arbetslivsinriktade', 'Hälsoinriktade', 'Samverkan'];
const ITEMS = ['Förbundschef', 'Lokaler', 'Revision', 'Styrelsen', 'Jobbvägen', 'IPS', 'Ung framtid', 'Hälsoskola', 'Kompetensutveckling', 'Utvärdering', 'Konsulttjänster', 'Kurser och resor', 'Ekonomitjänster', 'Språkstöd'];
const SUBS = ['Inköpta tjänster', 'Om insatsen förlängs', 'Pågående insatser', 'Nya insatser'];
const TOTAL_WORDS = ['Summa', 'Totalt', 'S:a', 'Delsumma'];
const REGIONS = ['Region Gotland', 'Region Skåne', 'Västra Götalandsregionen', 'Region Uppsala', 'Region Dalarna'];
const MUNICIPALITIES = ['Göteborgs Stad', 'Uppsala kommun', 'Malmö stad', 'Lunds kommun', 'Enköpings kommun'];

/** A cost tree: sections with their own totals, items, sub-headings; `depth` levels left. */
function costNodes(r: Rng, years: number, scale: number, depth: number, used: Set<string>, narrow = false): Node[] {
  const nodes: Node[] = [];
  const count = r.int(1, 3);
  for (let i = 0; i < count; i++) {
    if (depth > 0 && r.chance(0.5)) {
      const name = fresh(r, SECTIONS, used);
      const word = narrow ? 'Summa' : r.pick(TOTAL_WORDS);
      nodes.push({ heading: name, total: `${word} ${name.toLowerCase()}`, children: costNodes(r, years, scale, depth - 1, used, narrow) });
    } else {
      if (!narrow && nodes.length && r.chance(0.25)) nodes.push({ sub: fresh(r, SUBS, used) });
      nodes.push({ label: fresh(r, ITEMS, used), amounts: Array.from({ length: years }, () => r.int(10, 1500) * scale) });
    }
  }
  return nodes;
}

/** A label not used yet in the sheet (numbered once the pool runs out). */
function fresh(r: Rng, pool: string[], used: Set<string>): string {
  let label = r.pick(pool);
  for (let k = 2; used.has(label); k++) label = `${r.pick(pool)} ${k}`;
  used.add(label);
  return label;
}

function yearSpecs(r: Rng, n: number, budget: number, narrow = false): YearSpec[] {
  const first = 2026 - budget;
  return Array.from({ length: n }, (_, j): YearSpec => {
    const word: Word = narrow
      ? j < budget ? 'Utfall' : j === budget ? 'Budget' : 'Prognos'
      : j < budget ? r.pick(['Utfall', 'Bokslut', 'Budget'] as const) : j === budget ? r.pick(['Budget', 'Budgetplan'] as const) : r.pick(['Prognos', 'Plan'] as const);
    return { year: first + j, word };
  });
}

/** Members: the state half; the region a quarter and municipalities a quarter by a key, or the region half. */
function members(r: Rng, n: number, scale: number, narrow = false): Item[] {
  const prefix = narrow ? '' : r.pick(['', 'Medlemsavgift ', 'Bidrag ']);
  const quarter = Array.from({ length: n }, () => r.int(250, 1500) * scale * 2);
  const withMunicipalities = !narrow && r.chance(0.5);
  const state: Item = { label: `${prefix === 'Medlemsavgift ' ? '' : prefix}${narrow ? 'Försäkringskassan' : r.pick(['Försäkringskassan', 'Staten'])}`, amounts: quarter.map((q) => q * 2) };
  const region: Item = { label: `${prefix}${narrow ? 'Region Gotland' : r.pick(REGIONS)}`, amounts: withMunicipalities ? quarter : quarter.map((q) => q * 2) };
  if (!withMunicipalities) return [state, region];
  // Two to three municipalities share the quarter by a key; the last takes what is left.
  const names = MUNICIPALITIES.slice(r.int(0, 2)).slice(0, r.int(2, 3));
  const shares = names.map(() => r.int(1, 4));
  const whole = shares.reduce((a, b) => a + b, 0);
  const muni = names.map((name, i): Item => ({
    label: `${prefix}${name}`,
    amounts: quarter.map((q) => {
      const before = names.slice(0, i).reduce((s, _, k) => s + Math.round((q * shares[k]) / whole / scale) * scale, 0);
      return i === names.length - 1 ? q - before : Math.round((q * shares[i]) / whole / scale) * scale;
    }),
  }));
  return [state, region, ...muni];
}

/** Account numbers on the items, counting up from `first` (never a year-like 19xx/20xx). */
function withAccounts<T extends Node>(nodes: T[], on: boolean, first: number): T[] {
  if (!on) return nodes;
  let next = first;
  const walk = (list: Node[]): Node[] =>
    list.map((node) => ('children' in node ? { ...node, children: walk(node.children) } : 'amounts' in node ? { ...node, account: next++ } : node));
  return walk(nodes) as T[];
}

/**
 * Typing habits: where the table starts, a spacer column, indented labels, blank rows after
 * subtotals, merged headings, header line breaks. Drawn from a generator of their own, so the
 * budgets of a seed (and the kept counterexamples) stay what they were before habits existed.
 */
function habits(o: Options) {
  const h = rng(o.seed ^ 0x5bd1e995);
  return {
    startCol: h.chance(0.2) ? 2 : undefined,
    spacer: h.chance(0.2),
    indent: h.chance(0.2) ? '   ' : undefined,
    blankAfterSections: h.chance(0.3),
    mergeHeadings: h.chance(0.3),
    headerBreak: o.header === 'one-row' && h.chance(0.2),
  };
}

/** The options as the budget is built: the narrow layout is one header row, income convention, kr. */
export function effective(input: Options): Options {
  return input.narrow ? { ...input, convention: 'income', header: 'one-row', unit: 'kr' } : input;
}

export function randomBudget(input: Options): Layout {
  const o = effective(input);
  const r = rng(o.seed);
  const n = r.int(2, 5);
  const budget = r.int(0, n - 1);
  const tkr = o.unit !== 'kr';
  // In tkr the cells hold thousands; in kr, whole thousands of kronor.
  const scale = tkr ? 1 : 1000;
  const used = new Set<string>();
  const memberRows = withAccounts(members(r, n, scale, o.narrow), o.account, 3010);
  const other: Item[] = r.chance(0.5) ? [{ label: 'Ränteintäkter', amounts: Array.from({ length: n }, () => r.int(1, 20) * scale) }] : [];
  const income: Node[] = [...(!o.narrow && r.chance(0.5) ? [{ total: 'Summa medlemsbidrag', children: memberRows }] : memberRows), ...other];
  const costs = withAccounts(costNodes(r, n, scale, o.narrow ? r.int(0, 1) : r.int(0, 3), used, o.narrow), o.account, 4010);
  const above = [
    ...(o.title ? ['Samordningsförbundet Exempel', `Budgetplan ${2026}`] : []),
    ...(o.unit === 'tkr-note' ? ['Belopp i tkr'] : []),
  ];
  const common = {
    sheet: 'Budget',
    above: above.length ? [...above, null] : undefined,
    header: o.header,
    unitSuffix: o.unit === 'tkr-header' ? ' (tkr)' : undefined,
    years: yearSpecs(r, n, budget, o.narrow),
    account: o.account,
    change: o.extra && n > 1 ? { from: 2026 - budget, to: 2027 - budget } : undefined,
    comment: o.extra,
    ...(o.narrow ? {} : habits(o)),
    totals: o.totals,
    incomeHeading: 'Intäkter',
    income,
    opening: r.int(300, 3000) * scale,
    costHeading: 'Kostnader',
    costs,
    costTotal: r.pick(['Summa kostnader', 'SUMMA KOSTNADER', 'TOTALT: Kostnader', 'Totalt kostnader']),
  };
  if (o.convention === 'income') {
    return { ...common, convention: 'income', openingLabel: r.pick(['Eget kapital', 'Ingående eget kapital']), incomeTotal: r.pick(['TOTALT', 'Summa intäkter och eget kapital']), costHeader: r.chance(0.5) };
  }
  return { ...common, convention: 'result', openingLabel: 'Eget kapital vid årets början', incomeTotal: 'Summa intäkter', result: 'Årets resultat', closing: 'Eget kapital vid årets slut' };
}
