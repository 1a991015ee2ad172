/**
 * The figures several layouts share (the layouts differ in shape, not in arithmetic, so one set
 * of hand-checked sums serves them). Closing equity of each set is written out in the cases.
 */
import type { Item, Node } from './build';

const item = (label: string, amounts: (number | null)[], account?: number): Item => ({ label, amounts, account });

/**
 * Set A, 2024–2028. Contributions 4 000 000, 4 100 000, 4 200 000, 4 200 000, 4 200 000;
 * interest 5 000; costs 3 900 000, 4 100 000, 4 300 000, 4 430 000, 4 460 000; so the year's
 * result is 105 000, 5 000, −95 000, −225 000, −255 000 and from an opening 1 200 000 (2024)
 * the closing equity 1 305 000, 1 310 000, 1 215 000, 990 000, 735 000.
 */
export const A = {
  state: [2_000_000, 2_050_000, 2_100_000, 2_100_000, 2_100_000],
  region: [2_000_000, 2_050_000, 2_100_000, 2_100_000, 2_100_000],
  interest: [5_000, 5_000, 5_000, 5_000, 5_000],
  chef: [900_000, 950_000, 1_000_000, 1_030_000, 1_060_000],
  premises: [100_000, 100_000, 100_000, 100_000, 100_000],
  jobb: [2_500_000, 2_600_000, 2_700_000, 2_800_000, 2_800_000],
  ung: [400_000, 450_000, 500_000, 500_000, 500_000],
};

/** Set A from `from` (0 = 2024), scaled by `div` (1000 for tkr). */
export function setA(from: number, div = 1) {
  const p = (xs: number[]) => xs.slice(from).map((x) => x / div);
  return {
    members: (state = 'Försäkringskassan', region = 'Region Gotland'): Item[] => [item(state, p(A.state)), item(region, p(A.region))],
    interest: item('Ränteintäkter', p(A.interest)),
    admin: (labels = ['Förbundschef', 'Lokaler']): Item[] => [item(labels[0], p(A.chef)), item(labels[1], p(A.premises))],
    insatser: (labels = ['Jobbvägen', 'Ung framtid']): Item[] => [item(labels[0], p(A.jobb)), item(labels[1], p(A.ung))],
  };
}

/**
 * Set B, 2024–2028. Contributions 3 000 000, 3 000 000, 3 100 000 ×3; other income 20 000,
 * then 10 000; costs 2 950 000, 3 120 000, 3 310 000, 3 340 000, 3 360 000; result 70 000,
 * −110 000, −200 000, −230 000, −250 000; from 1 600 000 (2024) the closing equity 1 670 000,
 * 1 560 000, 1 360 000, 1 130 000, 880 000.
 */
export function setB(accounts = false) {
  const a = (n: number) => (accounts ? n : undefined);
  return {
    members: [
      item('Försäkringskassan', [1_500_000, 1_500_000, 1_550_000, 1_550_000, 1_550_000], a(3010)),
      item('Region Örebro län', [1_500_000, 1_500_000, 1_550_000, 1_550_000, 1_550_000], a(3020)),
    ],
    other: item('Övriga intäkter', [20_000, 10_000, 10_000, 10_000, 10_000], a(3990)),
    admin: [
      item('Personal', [800_000, 820_000, 850_000, 880_000, 900_000], a(7010)),
      item('Övriga administrationskostnader', [150_000, 150_000, 160_000, 160_000, 160_000], a(6990)),
    ],
    insatser: [
      item('Insats Arbetslivet', [1_800_000, 1_900_000, 2_000_000, 2_000_000, 2_000_000], a(4010)),
      item('Insats Unga vuxna', [200_000, 250_000, 300_000, 300_000, 300_000], a(4020)),
    ],
  };
}

/**
 * Set D, 2025–2028, three levels of sections. Contributions 5 000 000, 5 100 000 ×3, other
 * income 50 000 (2025 only); costs 4 800 000, 5 060 000, 5 200 000, 5 290 000; result 250 000,
 * 40 000, −100 000, −190 000; from 900 000 the closing equity 1 150 000, 1 190 000, 1 090 000,
 * 900 000. `t` names the totals (Summa / S:a / Delsumma / Totalt).
 */
export function setD(t: (name: string) => string): { income: Node[]; costs: Node[] } {
  return {
    income: [
      item('Försäkringskassan', [2_500_000, 2_550_000, 2_550_000, 2_550_000]),
      item('Region Västmanland', [2_500_000, 2_550_000, 2_550_000, 2_550_000]),
      item('Övriga intäkter', [50_000, null, null, null]),
    ],
    costs: [
      {
        heading: 'Administration',
        total: t('administration'),
        children: [item('Förbundschef', [1_000_000, 1_050_000, 1_080_000, 1_110_000]), item('Kansli', [200_000, 210_000, 220_000, 230_000])],
      },
      {
        heading: 'Insatser',
        total: t('insatser'),
        children: [
          {
            heading: 'Individinriktade insatser',
            total: t('individinriktade insatser'),
            children: [
              {
                heading: 'Arbetslivsinriktade',
                total: t('arbetslivsinriktade'),
                children: [item('Jobbvägen', [2_000_000, 2_100_000, 2_100_000, 2_100_000]), item('IPS', [800_000, 850_000, 900_000, 900_000])],
              },
              {
                heading: 'Hälsoinriktade',
                total: t('hälsoinriktade'),
                children: [item('Hälsoskola', [300_000, 300_000, 300_000, 300_000]), item('Friskvård', [100_000, 150_000, 150_000, 150_000])],
              },
            ],
          },
          {
            heading: 'Strukturinsatser',
            total: t('strukturinsatser'),
            children: [item('Kompetensutveckling', [300_000, 300_000, 350_000, 350_000]), item('Utvärdering', [100_000, 100_000, 100_000, 150_000])],
          },
        ],
      },
    ],
  };
}

export { item };
