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
export { Account } from "./account.ts";
export { type AccountOptions, Client, type ClientOptions } from "./client.ts";
export type { ApiClient, ApiMiddleware } from "./core/api.ts";
export type { ApiRequest } from "./core/api-request.ts";
export { type Configuration, configuration } from "./core/config.ts";
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
} from "./core/errors.ts";
export { Logger, type LogLevel, type LogSink, logger } from "./core/logger.ts";
export type { BodyData, Progress, QueryValue, RequestOptions } from "./core/request-options.ts";
export { VERSION } from "./core/version.ts";
export {
  type AuthorizationUrlOptions,
  getAuthorizationUrl,
  getTokenFromCode,
  getVerifiedAccount,
  type TokenFromCodeOptions,
  type TokenInfo,
  type TokenResponse,
  verifyToken,
} from "./helpers/oauth.ts";
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
} from "./helpers/transfers.ts";
export type { FileFollowUps, FolderFollowUps, FollowUpsOf } from "./operations/follow-ups.ts";
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
} from "./operations/operation-types.ts";
export type { ListEnvelope } from "./operations/pagination.ts";
export { ResourceList } from "./operations/resource-list.ts";
export { type Item, type RequestContext, Resource, Response, ResponseJson } from "./operations/response.ts";
export type { ClientHelper, HelperHost, HelperName, Helpers } from "./operations/runtime-helpers.ts";
