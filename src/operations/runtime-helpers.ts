/**
 * Runtime helpers: the implementations behind generated methods whose operation the spec marks
 * with `x-kloudless-helper: <helperName>` (see spec/README.md). The method keeps its name and
 * group from the operationId; generated/methods.ts names the helper and src/operations/operation-types.ts
 * types the method as `Helpers["<helperName>"]` (on `Client`, `ClientHelper<"<helperName>">`:
 * the account ID first), and the lazy groups of src/operations/operations.ts call the helper instead of the
 * plain operation. The plain operation stays reachable through the typed path calls
 * (`account.post("storage/files", { data, headers })`). A helper the operation table names but
 * this file does not implement fails to compile here (`helperImplementations`).
 */
import type { OperationId, operations } from "../../generated/operations.ts";
import type { DownloadOptions, FileData, UploadOptions } from "../helpers/transfers.ts";
import type { HelperHost } from "./helper-host.ts";
import type { Item, Response } from "./response.ts";

export type { HelperHost } from "./helper-host.ts";

/** The helpers generated methods can be served by, with the signatures callers see. */
export interface Helpers {
  /**
   * Uploads a file from a string, bytes, a Blob or File, a web stream or a Node stream, streamed;
   * through a parallel, resumable multipart session above `multipart.threshold` (32 MiB).
   * Resolves to the new file.
   */
  uploadFile(options: UploadOptions): Promise<Item<FileData>>;
  /** Downloads a file: a `Response` whose body streams, never decoded, with optional progress. */
  downloadFile(fileId: string, options?: DownloadOptions): Promise<Response>;
}

/** Name of a runtime helper. */
export type HelperName = keyof Helpers;

/** A helper as a `Client` offers it for an account-scoped operation: the account ID first. */
export type ClientHelper<H extends HelperName> = (
  accountId: string | number,
  ...args: Parameters<Helpers[H]>
) => ReturnType<Helpers[H]>;

/** The helper names the operation table uses (`x-kloudless-helper` of the spec). */
type TableHelperName = {
  [Id in OperationId]: (typeof operations)[Id] extends { readonly h: infer H extends string } ? H : never;
}[OperationId];

/** One implementation per helper the table names; a name missing from `Helpers` gets an unsatisfiable type. */
type Implementations = {
  [H in TableHelperName | HelperName]: H extends HelperName
    ? (host: HelperHost, ...args: Parameters<Helpers[H]>) => ReturnType<Helpers[H]>
    : `the spec names the helper ${H}: declare it in Helpers`;
};

/**
 * The implementation of every helper, by name. The file-transfer machinery is imported on first
 * use, so a bundle that never uploads or downloads does not carry it.
 */
export const helperImplementations: Implementations = {
  uploadFile: async (host, options) => (await import("../helpers/files.ts")).uploadFile(host, options),
  downloadFile: async (host, fileId, options) =>
    (await import("../helpers/files.ts")).downloadFile(host, fileId, options),
};
