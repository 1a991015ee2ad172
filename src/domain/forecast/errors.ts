/** A forecast that cannot be made as asked; nothing is written. */
export class ForecastError extends Error {}
