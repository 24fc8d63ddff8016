/**
 * One request/response exchange as the server's stages (routing, faults, body reading,
 * validation, logging) see it; each stage fills in what it learns.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultRule } from "./faults.ts";
import type { LeniencyRuleName } from "./leniency.ts";
import type { Operation } from "./router.ts";

/** What one exchange carries through the pipeline. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  started: number;
  method: string;
  path: string;
  url: URL;
  operation?: Operation;
  fault?: FaultRule;
  bodyBytes: number;
  /** The leniency rules the request was accepted by. */
  lenient?: LeniencyRuleName[];
}
