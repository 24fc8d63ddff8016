/**
 * The operationIds of each scope's generated methods, from generated/operation-ids.ts: what the
 * method groups are built from, and the operations URLs are matched against.
 */
import { accountOperations, clientOperations } from "../../generated/operation-ids.ts";
import type { OperationId } from "../../generated/operations.ts";

/** The operationIds of a scope's generated methods: an account's, or a client's (all of them). */
export function operationIds(scope: "account" | "client"): OperationId[] {
  const ids: string[] = [];
  for (const groups of scope === "account" ? [accountOperations] : [accountOperations, clientOperations]) {
    for (const group in groups) for (const name of (groups[group] as string).split(" ")) ids.push(`${group}.${name}`);
  }
  return ids as OperationId[];
}
