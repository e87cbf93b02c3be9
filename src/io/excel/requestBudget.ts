/**
 * Keeps each Office.js request under a size: operations are queued with an estimate of
 * their size, and the context is synced before a request would grow past the budget. Excel
 * on the web refuses requests over 5 MB; the default budget leaves a fifth of that spare.
 */
export const DEFAULT_REQUEST_BUDGET = 4_000_000;

/**
 * Estimated size of a small operation (a property set or a method call) in a request,
 * besides its value: the target object's path and the property's name.
 */
export const OP_BYTES = 160;

export class RequestBudget {
  private queued = 0;
  /** Syncs made, and the largest request's estimated size. */
  syncs = 0;
  largest = 0;

  /**
   * @param quiet suspend Excel's recalculation and screen updating for each request
   *   (ExcelApi 1.6 and 1.9): writing many cells then costs one recalculation, not one each
   */
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget = DEFAULT_REQUEST_BUDGET,
    private readonly quiet = false,
  ) {}

  /** Whether this request has suspended recalculation yet. */
  private suspended = false;

  /** Count an operation of `bytes` about to be queued, syncing first if it would not fit. */
  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.sync();
    if (this.quiet && !this.suspended) {
      this.context.application.suspendApiCalculationUntilNextSync();
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.suspended = true;
    }
    this.queued += bytes;
  }

  /** Sync what is queued (also when nothing is: loads may be waiting). */
  async sync(): Promise<void> {
    this.largest = Math.max(this.largest, this.queued);
    this.queued = 0;
    this.syncs++;
    this.suspended = false;
    await this.context.sync();
  }
}
