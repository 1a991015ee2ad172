import { useContext } from 'react';
import { langOf, type Lang } from '../domain/messages';
import { PaneContext } from './pane-context';

/** The texts of the findings list, the dismissals and the rule explanations, in the pane's language. */
const sv = {
  summary: (e: number, w: number) => `${e} fel, ${w} varningar`,
  dismissedCount: (n: number) => (n === 1 ? '1 ignorerad' : `${n} ignorerade`),
  showCells: (n: number) => `Visa de ${n} cellerna`,
  hideCells: (n: number) => `Dölj de ${n} cellerna`,
  fixAll: (n: number) => `Åtgärda alla där värdet inte ändras (${n})`,
  fixedAll: (n: number) => `Åtgärda ${n} celler`,
  fix: 'Åtgärda',
  fixLabel: (cell: string) => `Åtgärda ${cell}`,
  fixed: (cell: string) => `Åtgärda ${cell}`,
  suggest: 'Föreslagen ändring…',
  suggestLabel: (cell: string) => `Föreslagen ändring i ${cell}`,
  confirmTitle: (cell: string) => `Ändra värdet i ${cell}?`,
  confirmNow: 'I cellen nu',
  confirmAfter: 'Efter ändringen',
  confirmEquity: (year: number) => `Eget kapital ${year}`,
  confirm: 'Ersätt',
  confirmLabel: (cell: string) => `Ersätt värdet i ${cell}`,
  cancel: 'Avbryt',
  replaced: (cell: string) => `Ersätt ${cell}`,
  goTo: (cell: string) => `Gå till ${cell}`,
  dismiss: 'Ignorera…',
  dismissLabel: (cell: string) => `Ignorera ${cell}`,
  reason: 'Skäl (valfritt)',
  dismissCell: 'Ignorera cellen',
  dismissRule: (rule: string) => `Ignorera regeln "${rule}"`,
  about: 'Om regeln',
  aboutLabel: (rule: string) => `Om regeln ${rule}`,
  what: 'Vad den kontrollerar',
  why: 'Varför det spelar roll',
  source: 'Källa',
  dismissedTitle: 'Ignorerade fynd och regler',
  noneDismissed: 'Inget är ignorerat.',
  restore: 'Ta tillbaka',
  restoreLabel: (what: string) => `Ta tillbaka ${what}`,
  wholeRule: (rule: string) => `hela regeln "${rule}"`,
  mark: 'Markera i bladet',
  marked: 'Markera fynden i bladet',
  unmark: 'Ta bort markeringar',
  markHint: 'Fel får röd och varningar gul bakgrund. Ta bort markeringarna innan du sparar om du inte vill behålla dem.',
  revalidate: 'Kontrollera bladet igen när det ändras',
  revalidateHint: 'Listan med fynd följer bladet medan du skriver (Excel).',
};

export type FindingStrings = typeof sv;

const en: FindingStrings = {
  summary: (e, w) => `${e} errors, ${w} warnings`,
  dismissedCount: (n) => `${n} ignored`,
  showCells: (n) => `Show the ${n} cells`,
  hideCells: (n) => `Hide the ${n} cells`,
  fixAll: (n) => `Fix all where the value does not change (${n})`,
  fixedAll: (n) => `Fix ${n} cells`,
  fix: 'Fix',
  fixLabel: (cell) => `Fix ${cell}`,
  fixed: (cell) => `Fix ${cell}`,
  suggest: 'Suggested change…',
  suggestLabel: (cell) => `Suggested change in ${cell}`,
  confirmTitle: (cell) => `Change the value in ${cell}?`,
  confirmNow: 'In the cell now',
  confirmAfter: 'After the change',
  confirmEquity: (year) => `Equity ${year}`,
  confirm: 'Replace',
  confirmLabel: (cell) => `Replace the value in ${cell}`,
  cancel: 'Cancel',
  replaced: (cell) => `Replace ${cell}`,
  goTo: (cell) => `Go to ${cell}`,
  dismiss: 'Ignore…',
  dismissLabel: (cell) => `Ignore ${cell}`,
  reason: 'Reason (optional)',
  dismissCell: 'Ignore the cell',
  dismissRule: (rule) => `Ignore the rule "${rule}"`,
  about: 'About the rule',
  aboutLabel: (rule) => `About the rule ${rule}`,
  what: 'What it checks',
  why: 'Why it matters',
  source: 'Source',
  dismissedTitle: 'Ignored findings and rules',
  noneDismissed: 'Nothing is ignored.',
  restore: 'Restore',
  restoreLabel: (what) => `Restore ${what}`,
  wholeRule: (rule) => `the whole rule "${rule}"`,
  mark: 'Mark on the sheet',
  marked: 'Mark the findings on the sheet',
  unmark: 'Remove the marks',
  markHint: 'Errors get a red and warnings a yellow background. Remove the marks before saving unless you want to keep them.',
  revalidate: 'Check the sheet again when it changes',
  revalidateHint: 'The list of findings follows the sheet while you type (Excel).',
};

/** The pane's language for findings, from the host's Office language. */
export function useLang(): Lang {
  const pane = useContext(PaneContext);
  return langOf(pane?.host.displayLanguage ?? 'sv-SE');
}

export function useFindingStrings(): FindingStrings {
  return useLang() === 'en' ? en : sv;
}
