/**
 * The handler table: every area's handlers merged into one table keyed by operationId, each
 * typed by its operation (replies.ts). `emulator/test/handlers.test.ts` holds its keys against
 * the spec's operationIds.
 */

import { createAccountsHandlers } from "./accounts.ts";
import { createActivityHandlers } from "./activity.ts";
import { createSubscriptionHandlers } from "./activity-subscriptions.ts";
import { createCalendarHandlers } from "./calendar.ts";
import { createChatItsmHandlers } from "./chat-itsm.ts";
import { createCoreHandlers } from "./core.ts";
import { createCrmHandlers } from "./crm.ts";
import { createMeetingsHandlers } from "./meetings.ts";
import { createMetaHandlers } from "./meta.ts";
import { createOauthHandlers } from "./oauth.ts";
import type { HandlerTable } from "./replies.ts";
import { EmulatorState } from "./state.ts";
import { createStorageHandlers, DEFAULT_STORAGE_OPTIONS, type StorageOptions } from "./storage.ts";
import { createTeamHandlers } from "./team.ts";
import { createTrustedDomainHandlers } from "./trusted-domains.ts";

/** Every area's handlers, merged into one table keyed by operationId. */
export function createHandlers(state: EmulatorState, storage: StorageOptions): HandlerTable {
  return {
    ...createOauthHandlers(state),
    ...createCoreHandlers(state),
    ...createAccountsHandlers(state),
    ...createStorageHandlers(state, storage),
    ...createActivityHandlers(state),
    ...createCalendarHandlers(state),
    ...createTeamHandlers(state),
    ...createCrmHandlers(state),
    ...createMetaHandlers(state),
    ...createTrustedDomainHandlers(state),
    ...createSubscriptionHandlers(state),
    ...createChatItsmHandlers(),
    ...createMeetingsHandlers(state),
  };
}

/**
 * The operationIds the emulator has handlers for, sorted: the keys of the handler table, built
 * over a throwaway state so that a test can hold them against the spec's operations.
 */
export function handlerOperationIds(): string[] {
  return Object.keys(createHandlers(new EmulatorState(), DEFAULT_STORAGE_OPTIONS)).sort();
}
