/** How much one Office.js request may carry, and the batching that keeps it there. */

/**
 * Bytes a request may carry. Excel on the web's limit is 5 MB per request; the estimate below
 * counts the JSON of the arrays and a measured allowance per command (the real library's
 * request for one range write with its object path is about 300 bytes), so 3 MB leaves room.
 */
export const MAX_REQUEST_BYTES = 3_000_000;
export const BYTES_PER_COMMAND = 400;
/** A read cell in a response: value, formula, number format and value type as JSON. */
export const READ_BYTES_PER_CELL = 60;
/** Without getCellProperties: reading one cell's fill and font, its own range in the request (measured about 650 bytes). */
export const BYTES_PER_STYLED_CELL_PROBE = 700;
/** A cell's fill and font from getCellProperties, as JSON. */
export const PROPS_BYTES_PER_CELL = 100;

/**
 * Commands queued into requests of at most `limit` bytes (request or response): spend() sends
 * what is queued when the next command would take the request over. `fresh` runs first in
 * every new request (calculation is suspended only until the next sync).
 */
export class RequestBudget {
  private bytes = 0;
  requests = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
    private readonly fresh?: () => void,
    private readonly mapError: (e: unknown) => unknown = (e) => e,
  ) {}

  async spend(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > this.limit) {
      try {
        await this.context.sync();
      } catch (e) {
        throw this.mapError(e);
      }
      this.requests++;
      this.bytes = 0;
    }
    if (this.bytes === 0) this.fresh?.();
    this.bytes += Math.max(1, n);
  }
}

/** UTF-8 bytes of a value's JSON, as the request carries it. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) bytes += text.charCodeAt(i) > 2047 ? 2 : 1;
  return bytes;
}
