/**
 * kloudless: the TypeScript SDK for Kloudless API v1.
 * See README.md for a tour and docs/ for the guides.
 */

export type { OperationId, ResultKind } from "../generated/operations.ts";
/**
 * Types generated from the spec (openapi-typescript): `components` holds its schemas
 * (`components["schemas"]["File"]`), `operations` every operation by operationId (parameters,
 * request body, responses), `paths` the same by URL path.
 */
export type { components, operations, paths } from "../generated/schema.ts";
export type { ApiClient, ApiMiddleware } from "./api.ts";
export type { ApiRequest } from "./api-request.ts";
export { Account, type AccountOptions, Client, type ClientOptions } from "./client.ts";
export { type Configuration, configuration } from "./config.ts";
export {
  Aborted,
  APIError,
  BadRequest,
  Conflict,
  ConnectionError,
  type ErrorData,
  Forbidden,
  InvalidParameter,
  isKloudlessError,
  KloudlessError,
  NoNextPage,
  NotFound,
  NotImplemented,
  OauthFlowFailed,
  RateLimited,
  RedirectRefused,
  ServerError,
  TimedOut,
  TokenVerificationFailed,
  Unauthorized,
} from "./errors.ts";
export type { FileFollowUps, FolderFollowUps, FollowUpsOf } from "./follow-ups.ts";
export type { ClientHelper, HelperHost, HelperName, Helpers } from "./helpers.ts";
export { Logger, type LogLevel, type LogSink, logger } from "./logger.ts";
export {
  type AuthorizationUrlOptions,
  getAuthorizationUrl,
  getTokenFromCode,
  getVerifiedAccount,
  type TokenFromCodeOptions,
  type TokenInfo,
  type TokenResponse,
  verifyToken,
} from "./oauth.ts";
export type {
  AccountCall,
  AccountPath,
  AccountPathArgs,
  AccountPathOperation,
  ClientCall,
  ClientPath,
  ClientPathArgs,
  ClientPathOperation,
  OperationOptions,
  OperationResult,
  OperationResults,
  OptionsArgument,
  PathOptions,
  PathResult,
  ResultKindOf,
  Verb,
} from "./operation-types.ts";
export type { ListEnvelope } from "./pagination.ts";
export type { BodyData, Progress, QueryValue, RequestOptions } from "./request-options.ts";
export { type Item, type RequestContext, Resource, ResourceList, Response, ResponseJson } from "./response.ts";
export {
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MULTIPART_THRESHOLD,
  DEFAULT_PART_RETRIES,
  DEFAULT_UPLOAD_CONCURRENCY,
  type DownloadOptions,
  type FileData,
  type MultipartOptions,
  type MultipartResume,
  MultipartUploadError,
  type TransferRequestOptions,
  toBlob,
  type UploadData,
  type UploadOptions,
} from "./transfers.ts";
export { VERSION } from "./version.ts";
