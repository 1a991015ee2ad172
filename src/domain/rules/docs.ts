/**
 * Each rule explained for the people who use it: what it checks, why it matters for a
 * samordningsförbund, and where the rule comes from. Shown by `finsam-budget rules` and from
 * every finding in the pane. Swedish, as the plan is.
 */
export interface RuleDoc {
  what: string;
  why: string;
  source: string;
}

const LAW = 'Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser, 5 §';
const GOALS = 'Förbundets finansiella mål i verksamhets- och budgetplanen (avsnitt 3.1.3)';
const ARITHMETIC = 'Budgetens egen aritmetik: en summa är summan av sina rader';

export const ruleDocs: Record<string, RuleDoc> = {
  'sum-mismatch': {
    what: 'Att varje delsumma och totalsumma är lika med summan av sina rader (skillnader upp till toleransen, 1 kr, räknas som avrundning).',
    why: 'Styrelsen beslutar om summorna. En summa som inte stämmer med raderna gör att beslutet och underlaget säger olika saker, och eget kapital räknas fel.',
    source: ARITHMETIC,
  },
  'total-formula-range': {
    what: 'Att en summaformel tar med exakt de rader som hör till summan: ingen rad utelämnad, ingen främmande rad med.',
    why: 'En rad som läggs till under ett avsnitt kommer lätt utanför formelns område; summan ser rätt ut men räknar inte med den.',
    source: ARITHMETIC,
  },
  'hardcoded-total': {
    what: 'Att summor är formler och inte inskrivna tal.',
    why: 'Ett inskrivet tal följer inte med när en rad ändras under arbetet med budgeten; då stämmer summan inte längre. Där formeln ger samma värde kan verktyget byta utan att någon siffra ändras.',
    source: ARITHMETIC,
  },
  'equity-carry-forward': {
    what: 'Att ingående eget kapital ett år är lika med utgående eget kapital året före (intäkter totalt minus kostnader totalt).',
    why: 'Eget kapital är förbundets buffert; förs det vidare fel blir alla följande års kapital och takberäkningar fel.',
    source: 'Bokföringens sammanhang mellan åren (utgående balans = nästa års ingående balans)',
  },
  'funding-split': {
    what: 'Att staten (Försäkringskassan) betalar hälften av medlemsbidragen och region och kommuner tillsammans den andra hälften; med egna rader för region och kommuner en fjärdedel var.',
    why: 'Fördelningen står i lagen; en budget med en annan fördelning kan inte beslutas så.',
    source: LAW,
  },
  'text-number': {
    what: 'Att belopp är lagrade som tal och inte som text ("2 115 000 kr" inskrivet som text).',
    why: 'Excels SUMMA hoppar över text, så beloppet saknas tyst i summorna.',
    source: 'Hur Excel räknar: SUMMA räknar bara tal',
  },
  'not-an-amount': {
    what: 'Att beloppsceller innehåller belopp: inte ord, datum eller orimligt stora tal.',
    why: 'Sådana celler försvinner ur varje summa utan att det syns.',
    source: 'Hur Excel räknar: SUMMA räknar bara tal',
  },
  'formula-error': {
    what: 'Att ingen cell visar ett felvärde (#REFERENS!, #VÄRDEFEL!, #DIVISION/0!, #NAMN? …).',
    why: 'Ett felvärde sprider sig till varje summa som räknar med cellen.',
    source: 'Excels felvärden',
  },
  'negative-amount': {
    what: 'Att medlemsbidrag och kostnader är positiva belopp.',
    why: 'Ett minustecken på en kostnad gör den till en intäkt i summorna; oftast ett skrivfel.',
    source: 'Budgetmallens tecken: bidrag och kostnader skrivs positiva',
  },
  'missing-value': {
    what: 'Att en rad med belopp i budgetåret har belopp även i prognosåren.',
    why: 'En tom prognoscell räknas som 0 och gör att kostnaderna ser lägre ut än de är; skriv 0 om raden upphör.',
    source: 'Planen ska visa budgetåret och prognosåren',
  },
  'year-sequence': {
    what: 'Att årskolumnerna följer på varandra, inte upprepas, och att ett budgetår finns.',
    why: 'Eget kapital förs från år till år; ett hopp eller en dubblett gör kedjan fel.',
    source: 'Planens uppställning: utfall eller budget, budgetår, prognosår',
  },
  'equity-over-cap': {
    what: 'Att utgående eget kapital varje år från budgetåret ligger under taket: 20 % av medlemsbidragen upp till 7 miljoner kronor (högre nivåer enligt konfigurationen).',
    why: 'Pengarna är till för insatser. Ett kapital över taket kan enligt Försäkringskassans fördelningsmodell minska statens medel kommande år.',
    source: `${GOALS}, mål 3; Nationella rådets rekommendation 2013-10-02`,
  },
  'equity-below-floor': {
    what: 'Att utgående eget kapital varje år från budgetåret ligger över förbundets lägstanivå (650 000 kr i 2026 års plan).',
    why: 'Förbundet ska kunna betala sina åtaganden utan lån; lägstanivån är den buffert styrelsen har bestämt.',
    source: `${GOALS}: lämplig lägstanivå för det egna kapitalet`,
  },
  'unclear-structure': {
    what: 'Att verktyget kunde läsa bladets uppbyggnad: vilka rader varje summa omfattar (av formeln, av aritmetiken eller av rubrikerna) och vilka kolumner som är år.',
    why: 'En kontroll som gissar ger falska fel, och då slutar man lita på den. Där beläggen säger emot varandra kontrolleras summan inte; ange raderna i konfigurationen (structure.totals) eller kolumnen (structure.ignoreColumns), så kontrolleras den igen. `finsam-budget structure` visar hur bladet lästes.',
    source: ARITHMETIC,
  },
};
