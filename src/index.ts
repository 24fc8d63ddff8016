/**
 * kloudless: the TypeScript SDK for Kloudless API v1.
 * See README.md for a tour and docs/ for the guides.
 */

export type { OperationId } from "../generated/operations.ts";
export type { components, operations, paths } from "../generated/schema.ts";
export { Account, type AccountOptions, Client, type ClientOptions } from "./client.ts";
export { type Configuration, configuration } from "./config.ts";
export {
  APIConnectionError,
  APIException,
  APITimeoutError,
  APIUserAbortError,
  AuthorizationException,
  type ErrorData,
  ForbiddenException,
  InvalidParameter,
  isKloudlessError,
  KloudlessException,
  NoNextPage,
  NotFoundException,
  OauthFlowFailed,
  RateLimitException,
  ServerException,
  TokenVerificationFailed,
} from "./errors.ts";
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
  ClientCall,
  ClientPath,
  OperationOptions,
  OperationResult,
} from "./operation-types.ts";
export type { ListEnvelope } from "./pagination.ts";
export type { BodyData, Progress, QueryValue, RequestOptions } from "./request-options.ts";
export { type RequestContext, Resource, ResourceList, Response, ResponseJson } from "./response.ts";
export { VERSION } from "./version.ts";
