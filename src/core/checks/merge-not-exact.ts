/**
 * Thrown by a consumer's merge() when the parts' bounded states cannot be combined exactly (for example a
 * part stopped tracking values that another part needs counted). The pass must then be redone sequentially:
 * a parallel pass never approximates silently.
 */
export class MergeNotExactError extends Error {
  constructor(readonly what: string) {
    super(`the parallel states of ${what} cannot be merged exactly`);
    this.name = 'MergeNotExactError';
  }
}
