/**
 * What the runtime helpers (src/operations/runtime-helpers.ts, and src/helpers/files.ts behind it) call operations through;
 * src/operations/operations.ts makes one per account-bound call.
 */
import type { OperationId } from "../../generated/operations.ts";

/** What a helper calls operations through: an account-bound caller of the operation table. */
export interface HelperHost {
  /**
   * Calls operation `id` with its path arguments (the account's excluded: it is bound) and then
   * its request options, as a generated method would.
   */
  call(id: OperationId, args: unknown[]): Promise<unknown>;
}
