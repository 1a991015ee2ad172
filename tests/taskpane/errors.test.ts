import { NoBudgetTableError } from '../../src/domain/parse';
import { describeError } from '../../src/taskpane/errors';
import { stringsFor } from '../../src/taskpane/strings';

describe('describeError', () => {
  it('says "no budget table" once, and keeps the reasons', () => {
    const t = stringsFor('sv-SE');
    const shown = describeError(new NoBudgetTableError('ingen budgettabell hittades: bladet "Blad1" har ingen rubrikrad med årtal'), t);
    expect(shown.title).toBe('Ingen budgettabell hittades');
    expect(shown.body).toBe('Bladet "Blad1" har ingen rubrikrad med årtal');
    expect(shown.hint).toContain('Budget 2026');
  });
});
