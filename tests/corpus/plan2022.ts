/**
 * The budget table of FinsamGotland's plan for 2022 (section 4 of the seed document
 * 001_82813f1358f4dd8b.txt; its OCR text is copied beside this file as plan2022-section4.txt),
 * typed in as a finance officer would: one header row per block as printed, Prognos 2023 and
 * Prognos 2024 in their own columns (the print's "2 130 000/2 120 000" split in two), totals
 * typed as printed, label lines the print wraps joined into one label.
 *
 * Read from the OCR with care:
 * - "Eget kapital/sparade medel 1921 312" for 2021: the printed total 6 248 312 and the printed
 *   "Utrymme för ny verksamhet" 1 205 180 (= 6 248 312 − 5 043 132) both need 1 924 312, and
 *   2 162 000 + 2 162 000 + 1 924 312 = 6 248 312; the OCR read a 4 as a 1.
 * - "TOTALT: Kostnader: Administration … 12 980/1 319 980": the 2023 figure is 1 299 980, the
 *   sum of its rows (920 000 + 47 600 + 35 000 + 70 000 + 5 200 + 45 000 + 21 180 + 100 000 +
 *   6 000 + 30 000 + 20 000) and what TOTALT: Kostnader 2023 (4 071 530 − 2 771 550) needs.
 * - "Hälsobalans (2021) 560 000" belongs to 2021 (2 203 500 + 560 000 = 2 763 500);
 *   "JobbSam 3.0: Språkstöd 50 000 25 000/" is 50 000 in 2022, 25 000 in 2023, blank in 2024.
 * - "Extra tilldelning - _" is a dash (zero) in 2021 and 2022.
 * - "(+ 650 000) | (+600000)/(+ 600 000)" under "Utrymme för ny verksamhet" is the equity kept
 *   besides the room for new activities; it is folded into that row's label, not typed as amounts.
 *
 * Closing equity by the plan's own numbers (income total, which holds the opening equity,
 * minus TOTALT: Kostnader): 2021 6 248 312 − 5 043 132 = 1 205 180; 2022 6 152 177 − 4 414 980
 * = 1 737 197; 2023 4 910 000 − 4 071 530 = 838 470; 2024 4 840 000 − 4 110 980 = 729 020.
 * (Utrymme + kept equity gives the same: 1 087 197 + 650 000, 238 470 + 600 000, 129 020 + 600 000.)
 *
 * The plan's opening equity does not follow that chain: 2022 opens with the October 2021
 * prognosis 1 828 177 (not the 2021 budget's 1 205 180), and 2023 and 2024 open with the 650 000
 * and 600 000 the plan means to keep. Those are real breaks of the carry-forward rule in the
 * plan as printed (as the 2026 sample's C7 is), so they are the only errors expected.
 */
import type { RawSheet } from './build';

const H = ['Budget 2021', 'Budgetplan 2022', 'Prognos 2023', 'Prognos 2024'];

export const plan2022: RawSheet = {
  name: 'Budgetplan 2022',
  rows: [
    ['4. BUDGETPLAN för år 2022'],
    ['Uppgifter hämtade från förhandsbesked rörande statlig tilldelning (1 oktober 2021), samordningsförbundets reviderade budgetplan för 2021 samt ekonomisk redovisning och prognos oktober 2021.'],
    [],
    ['INTÄKTER och eget kapital', ...H],
    ['Försäkringskassan', 2_162_000, 2_162_000, 2_130_000, 2_120_000],
    ['Region Gotland', 2_162_000, 2_162_000, 2_130_000, 2_120_000],
    ['Eget kapital/sparade medel (2022: prognos okt 2021)', 1_924_312, 1_828_177, 650_000, 600_000],
    ['Extra tilldelning', '-', '-', null, null],
    ['TOTALT: Intäkter och kapital', 6_248_312, 6_152_177, 4_910_000, 4_840_000],
    [],
    ['Administration'],
    ['KOSTNADER/administration', ...H],
    ['Beredande tjänsteman 1.0', 1_175_652, 900_000, 920_000, 940_000],
    ['Administratör (deltid)'],
    ['Revisionskostnader', 47_600, 47_600, 47_600, 47_600],
    ['Telefoni, webbplats, databehandling', 30_000, 35_000, 35_000, 35_000],
    ['Kurser, konferenser, resor', 60_000, 70_000, 70_000, 70_000],
    ['Avgifter: bank, fakturering mm', 5_200, 5_200, 5_200, 5_200],
    ['Förbrukning: Lokaler, böcker, tidskrifter, kontorsmaterial mm', 45_000, 45_000, 45_000, 45_000],
    ['Medlems- och serviceavgifter (Pacta, NNS)', 20_180, 21_180, 21_180, 21_180],
    ['Inköpta tjänster'],
    ['• Ekonomi', 100_000, 100_000, 100_000, 100_000],
    ['• Lönehantering', 6_000, 6_000, 6_000, 6_000],
    ['Styrelsen', 30_000, 30_000, 30_000, 30_000],
    ['Representation, intern och extern', 15_000, 20_000, 20_000, 20_000],
    ['TOTALT: Kostnader: Administration', 1_534_632, 1_279_980, 1_299_980, 1_319_980],
    ['Verksamhet'],
    ['KOSTNADER/utvecklingsinsatser', ...H],
    ['Inspiration Finsam och övriga föreläsningar', 180_000, 200_000, 150_000, 150_000],
    ['Frukostmöten', 40_000, 70_000, 60_000, 60_000],
    ['Metodutbildningar: Ex MI, IPS, BIP (inklusive utvecklingsnätverk)', 250_000, 250_000, 150_000, 150_000],
    ['Indikatorerna och övriga verktyg för utveckling', 10_000, 10_000, 11_000, 11_000],
    ['Konsulttjänster: Utveckling av ny verksamhet', 100_000, 200_000, 50_000, 50_000],
    ['Utvärdering av finansierad verksamhet'],
    ['Finsams pris, dialogmöten och övriga samverkansinsatser', 165_000, 170_000, 75_000, 50_000],
    ['Kostnader: Utvecklingsinsatser', 745_000, 900_000, 496_000, 471_000],
    ['KOSTNADER/projekt', ...H],
    ['JobbSam 3.0', 2_203_500, 2_185_000, 2_250_550, 2_320_000],
    ['Om insatsen förlängs'],
    ['Hälsobalans (2021)', 560_000, null, null, null],
    ['JobbSam 3.0: Språkstöd', null, 50_000, 25_000, null],
    ['Kostnader: projekt', 2_763_500, 2_235_000, 2_275_550, 2_320_000],
    ['TOTALT: Kostnader verksamhet (Utvecklingsinsatser och projekt)', 3_508_500, 3_135_000, 2_771_550, 2_791_000],
    ['TOTALT: Kostnader Administration och Verksamhet', 5_043_132, 4_414_980, 4_071_530, 4_110_980],
    ['Utrymme för ny verksamhet (tillfälligt överskott till kommande år; därutöver eget kapital 650 000 kr 2022, 600 000 kr 2023 och 2024)', 1_205_180, 1_087_197, 238_470, 129_020],
  ],
};

/** Rows (1-based) of the typed totals, each of which the tool must recognise as a total. */
export const PLAN2022_TOTAL_ROWS = [9, 26, 36, 42, 43, 44];

export const PLAN2022 = {
  sheet: 'Budgetplan 2022',
  budgetYear: 2022,
  equity: { 2021: 1_205_180, 2022: 1_737_197, 2023: 838_470, 2024: 729_020 } as Record<number, number>,
  /** The carry-forward breaks of the printed plan (see above); nothing else is an error. */
  errors: [
    ['equity-carry-forward', 'C7'],
    ['equity-carry-forward', 'D7'],
    ['equity-carry-forward', 'E7'],
  ] as [string, string][],
};
