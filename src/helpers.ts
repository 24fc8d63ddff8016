/**
 * Runtime helpers: the implementations behind generated methods whose operation the spec marks
 * with `x-kloudless-helper: <helperName>` (see spec/README.md). The method keeps its name and
 * group from the operationId; `generated/methods.ts` types it as `Helpers["<helperName>"]`
 * (on `Client`, `ClientHelper<"<helperName>">`: the account ID first), and the lazy groups of
 * src/operations.ts call the helper instead of the plain operation. The plain operation stays
 * reachable through the typed path calls (`account.post("storage/files", { data, headers })`).
 */
import type { OperationId } from "../generated/operations.ts";
import type { Resource, Response } from "./response.ts";
import type { DownloadOptions, FileData, UploadOptions } from "./transfers.ts";

/** What a helper calls operations through: an account-bound caller of the operation table. */
export interface HelperHost {
  /**
   * Calls operation `id` with its path arguments (the account's excluded: it is bound) and then
   * its request options, as a generated method would.
   */
  call(id: OperationId, args: unknown[]): Promise<unknown>;
}

/** The helpers generated methods can be served by, with the signatures callers see. */
export interface Helpers {
  /**
   * Uploads a file from a string, bytes, a Blob or File, a web stream or a Node stream, streamed;
   * through a parallel, resumable multipart session above `multipart.threshold` (32 MiB).
   * Resolves to the new file.
   */
  uploadFile(options: UploadOptions): Promise<Resource<FileData>>;
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

type Implementations = {
  [H in HelperName]: (host: HelperHost, ...args: Parameters<Helpers[H]>) => ReturnType<Helpers[H]>;
};

/**
 * The implementation of every helper, by name. The file-transfer machinery is imported on first
 * use, so a bundle that never uploads or downloads does not carry it.
 */
export const helperImplementations: Implementations = {
  uploadFile: async (host, options) => (await import("./files.ts")).uploadFile(host, options),
  downloadFile: async (host, fileId, options) => (await import("./files.ts")).downloadFile(host, fileId, options),
};
