import type { ForecastMethod } from './types';

/** The year before, carried over: a live reference when the year before is a number cell. */
export const flat: ForecastMethod = {
  id: 'flat',
  name: 'oförändrat',
  fill({ previous, year }) {
    if (!previous) return null;
    const assumption = `samma belopp som ${year - 1}`;
    return previous.ref
      ? { value: previous.value, formula: `=${previous.ref}`, assumption }
      : { value: previous.value, assumption };
  },
};
