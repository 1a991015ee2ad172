import { lookup } from './announced';
import { flat } from './flat';
import type { ForecastMethod } from './types';

/** An insats keeps its budget until its decided end year, then 0. */
export const insats: ForecastMethod = {
  id: 'insats',
  name: 'insats till slutår',
  fill(ctx) {
    const end = lookup(ctx.config.forecast.insatsEndYears, ctx.key);
    if (end !== undefined && ctx.year > end) {
      return { value: 0, assumption: `insatsen är beslutad till och med ${end}; 0 kr därefter` };
    }
    const carried = flat.fill(ctx);
    if (!carried) return null;
    const why = end === undefined ? 'inget slutår angivet; samma belopp som året före' : `beslutad till och med ${end}; samma belopp som året före`;
    return { ...carried, assumption: why };
  },
};
