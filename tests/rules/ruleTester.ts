import type { ConfigInput } from '../../src/domain/config';
import { findingSchema, type Finding } from '../../src/domain/findings';
import { rules } from '../../src/domain/rules';
import { findingsOf, sheetOf, type TestCell } from '../helpers/sheet';

/**
 * ESLint RuleTester style: a rule, sheets that must not raise it (`valid`) and sheets that must,
 * with exactly the cells it must point at (`invalid`). Each case is its own named test.
 */
export interface SheetCase {
  name: string;
  rows: TestCell[][];
  config?: ConfigInput;
  topLeft?: string;
}

export interface ExpectedFinding {
  cell: string;
  year?: number;
  expected?: number | string;
  actual?: number | string;
  /** The rule's message id (ESLint's messageId): what tests should assert rather than sentences. */
  messageId?: string;
  /** A fragment the Swedish message must contain. */
  message?: string | RegExp;
}

export interface InvalidCase extends SheetCase {
  /** Exactly these findings, in any order; no more, no fewer. */
  findings: ExpectedFinding[];
}

export function run(ruleId: string, c: SheetCase): Finding[] {
  return findingsOf(ruleId, sheetOf(c.rows, { topLeft: c.topLeft }), c.config ?? {});
}

export function ruleTester(ruleId: string, cases: { valid: SheetCase[]; invalid: InvalidCase[] }): void {
  const rule = rules.find((r) => r.id === ruleId);

  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(rule).toBeDefined();
    });

    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(run(ruleId, c)).toEqual([]);
      });
    });

    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const found = run(ruleId, c);
        for (const f of found) {
          expect(findingSchema.parse(f)).toEqual(f);
          expect(f).toMatchObject({ rule: ruleId, severity: rule!.severity, sheet: 'Budget' });
          expect(f.message.length).toBeGreaterThan(10);
        }
        expect(found.map((f) => f.cell).sort()).toEqual(c.findings.map((f) => f.cell).sort());
        for (const want of c.findings) {
          const got = found.filter((f) => f.cell === want.cell);
          const { message, ...fields } = want;
          expect(got).toEqual(expect.arrayContaining([expect.objectContaining(fields)]));
          if (message !== undefined) {
            expect(got.filter((g) => matches(g, fields)).some((g) => new RegExp(message).test(g.message))).toBe(true);
          }
        }
      });
    });
  });
}

function matches(f: Finding, want: Omit<ExpectedFinding, 'message'>): boolean {
  return (Object.keys(want) as (keyof typeof want)[]).every((k) => f[k] === want[k]);
}
