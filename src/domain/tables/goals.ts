import { value, type TableDefinition } from './types';

/** The individual (3.1.1) and structural (3.1.2) goals of the 2026 plan, with an outcome column to fill. */
const GOALS: [string, string, string, number | string, string][] = [
  ['Individ', 'Deltagarna upplever sig vara mer redo att arbeta eller studera', 'Andel deltagare som svarar ja', 0.75, 'NNS indikatorer (deltagarenkät)'],
  ['Individ', 'Deltagarna upplever att de har fått stöd som är till stor nytta för dem', 'Andel deltagare som svarar ja', 0.75, 'NNS indikatorer (deltagarenkät)'],
  ['Individ', 'Stegförflyttning mot arbete eller studier', 'Andel deltagare med stegförflyttning', 'Fastställs per insats', 'SUS'],
  ['Struktur', 'Etablerad flerpartssamverkansstruktur med gemensamma kartläggningar', 'Strukturen är etablerad', 'Ja', 'Förbundets uppföljning'],
  ['Struktur', 'Personal i kompetensutveckling och övriga aktiviteter rapporterar att deras kompetens och samverkansförmåga ökar', 'Andel personal som rapporterar ökning', 0.9, 'NNS indikatorer (enkät till personal)'],
];

export const goalsTable: TableDefinition = {
  id: 'goals',
  baseName: 'Mal',
  title: ({ year }) => `Mål ${year}`,
  build() {
    return {
      headers: ['Nivå', 'Mål', 'Indikator', 'Målvärde', 'Utfall', 'Källa'],
      rows: GOALS.map(([level, goal, indicator, target, source]) => [value(level), value(goal), value(indicator), value(target), value(null), value(source)]),
      formats: [undefined, undefined, undefined, '0%', '0%', undefined],
    };
  },
};
