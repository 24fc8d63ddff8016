/**
 * The emulator's activity subscriptions (the late v1 Activity API): an account's subscriptions
 * and the activity stream of each, served from the account's activity log (activity.ts), so a
 * subscription sees the same changes as `events.list`.
 *
 * A subscription's stream starts at its creation; `default` names the account's default
 * subscription, created on first use and starting at the beginning of the log. With
 * `monitored_resources`, only the activity of those resources (or of objects inside them, by
 * their `parent` or `calendar_id`) is listed.
 */
import { createActivityHandlers } from "./activity.ts";
import { pageNumberList } from "./core.ts";
import type { Schema } from "./replies.ts";
import { type ErrorReply, handlerOf, type JsonOf } from "./replies.ts";
import { type EmulatorState, now } from "./state.ts";
import type { AccountRecord, EmuContext, EmuRequest, HandlerTable } from "./types.ts";

/** The page size of the subscription list when `page_size` is not given. */
const DEFAULT_PAGE_SIZE = 10;

/** A subscription and the cursor of the log it starts after. */
interface SubscriptionRecord {
  id: string;
  accountId: number;
  subscriptionType: string;
  monitoredResources: string[];
  created: string;
  /** The activity log's cursor at creation: the stream lists what comes after it. */
  startCursor: string;
  lastCursor: string | null;
}

/** Subscriptions by account ID, each in creation order. */
type SubscriptionArea = Map<number, SubscriptionRecord[]>;

function subscriptionsOf(state: EmulatorState, accountId: number): SubscriptionRecord[] {
  const area = state.area<SubscriptionArea>("subscriptions", () => new Map());
  let list = area.get(accountId);
  if (!list) {
    list = [];
    area.set(accountId, list);
  }
  return list;
}

/** Whether an activity event concerns one of `resources` (itself, or an object directly inside it). */
function concerns(event: Schema<"Event">, resources: string[]): boolean {
  if (resources.length === 0) return true;
  const metadata = (event.metadata ?? {}) as Record<string, unknown>;
  const parent = metadata.parent as { id?: unknown } | undefined;
  const ids = [metadata.id, parent?.id, metadata.calendar_id].filter((id) => id !== undefined).map(String);
  return ids.some((id) => resources.includes(id));
}

/** Creates the subscription handlers. */
export function createSubscriptionHandlers(state: EmulatorState): HandlerTable {
  const activity = createActivityHandlers(state);

  /** Runs an activity handler for the request's account with other query arguments. */
  async function activityCall(req: EmuRequest, ctx: EmuContext, operationId: string, args: Record<string, unknown>) {
    const handler = handlerOf(activity, operationId);
    if (!handler) throw new Error(`no activity handler ${operationId}`);
    return (await handler({ ...req, operationId, args }, ctx)).json;
  }

  // The activity handlers' replies were typed as their operations' where they are written (their
  // errors are thrown, not returned), so their JSON is taken as those operations' 200 bodies.
  const eventsCall = async (req: EmuRequest, ctx: EmuContext, args: Record<string, unknown>) =>
    (await activityCall(req, ctx, "events.list", args)) as JsonOf<"events.list", 200>;
  const latestCursor = async (req: EmuRequest, ctx: EmuContext) =>
    (await activityCall(req, ctx, "events.latestCursor", {})) as JsonOf<"events.latestCursor", 200>;

  async function create(
    req: EmuRequest,
    ctx: EmuContext,
    account: AccountRecord,
    input: Record<string, unknown>,
    id: string,
    fromStart: boolean,
  ): Promise<SubscriptionRecord> {
    const latest = fromStart ? "0" : String((await latestCursor(req, ctx)).cursor);
    const record: SubscriptionRecord = {
      id,
      accountId: account.id,
      subscriptionType: typeof input.subscription_type === "string" ? input.subscription_type : "changes",
      monitoredResources: Array.isArray(input.monitored_resources) ? input.monitored_resources.map(String) : [],
      created: now(),
      startCursor: latest,
      lastCursor: null,
    };
    subscriptionsOf(state, account.id).push(record);
    return record;
  }

  /** The subscription named by the path (`default` created on first use), or a 404 reply. */
  async function subscriptionFor(req: EmuRequest, ctx: EmuContext): Promise<SubscriptionRecord | ErrorReply> {
    const account = req.account as AccountRecord;
    const id = req.params.subscription_id ?? "";
    const found = subscriptionsOf(state, account.id).find((s) => s.id === id);
    if (found) return found;
    if (id === "default") return await create(req, ctx, account, {}, "default", true);
    return ctx.error(404, "not_found", `Subscription not found: ${id}`);
  }

  function subscriptionJson(record: SubscriptionRecord): Schema<"Subscription"> {
    return {
      id: record.id,
      account: record.accountId,
      subscription_type: record.subscriptionType,
      monitored_resources: [...record.monitoredResources],
      created: record.created,
      last_cursor: record.lastCursor,
      api: "activity",
      type: "subscription",
    };
  }

  return {
    "subscriptions.list": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      const page = Number(req.args?.page ?? 1);
      const size = Number(req.args?.page_size ?? DEFAULT_PAGE_SIZE);
      return reply(
        200,
        pageNumberList(subscriptionsOf(state, account.id).map(subscriptionJson), page, size, "activity"),
      );
    },

    "subscriptions.create": async (req, ctx, reply) => {
      const account = req.account as AccountRecord;
      const input = typeof req.json === "object" && req.json !== null ? (req.json as Record<string, unknown>) : {};
      const id = String(state.nextId());
      return reply(201, subscriptionJson(await create(req, ctx, account, input, id, false)));
    },

    "subscriptions.retrieve": async (req, ctx, reply) => {
      const found = await subscriptionFor(req, ctx);
      if ("status" in found) return found;
      return reply(200, subscriptionJson(found));
    },

    "subscriptions.listActivity": async (req, ctx, reply) => {
      const found = await subscriptionFor(req, ctx);
      if ("status" in found) return found;
      const args = req.args ?? {};
      const cursor = args.cursor === undefined ? found.startCursor : String(args.cursor);
      const list = await eventsCall(req, ctx, {
        cursor,
        ...(args.page_size === undefined ? {} : { page_size: args.page_size }),
      });
      const objects = list.objects
        .filter((event) => concerns(event, found.monitoredResources))
        .map((event) => ({ ...event, subscription: found.id, api: "activity" }));
      found.lastCursor = String(list.cursor);
      return reply(200, { ...list, objects, count: objects.length });
    },
  };
}
