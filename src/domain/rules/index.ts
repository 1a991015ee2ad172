import type { Rule } from '../findings';
import { equityBelowFloor } from './equity-below-floor';
import { equityCarryForward } from './equity-carry-forward';
import { equityOverCap } from './equity-over-cap';
import { formulaError } from './formula-error';
import { fundingSplit } from './funding-split';
import { hardcodedTotal } from './hardcoded-total';
import { missingValue } from './missing-value';
import { negativeAmount } from './negative-amount';
import { notAnAmount } from './not-an-amount';
import { sumMismatch } from './sum-mismatch';
import { textNumber } from './text-number';
import { totalFormulaRange } from './total-formula-range';
import { unclearStructure } from './unclear-structure';
import { yearSequence } from './year-sequence';

/** Every rule, in the order of the design's rule table (not-an-amount joins text-number). */
export const rules: Rule[] = [
  sumMismatch,
  totalFormulaRange,
  hardcodedTotal,
  equityCarryForward,
  fundingSplit,
  textNumber,
  notAnAmount,
  formulaError,
  negativeAmount,
  missingValue,
  yearSequence,
  equityOverCap,
  equityBelowFloor,
  unclearStructure,
];
