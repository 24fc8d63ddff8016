/**
 * The emulator's Chat (`messaging`) and ITSM list endpoints, answered from small fixed
 * fixtures: the emulator keeps no chat or ticket data of its own. An account answers the list of
 * an API it offers (`messaging`: Slack; `itsm`: ServiceNow); others get 501 `not_implemented`,
 * as for the calendar API.
 */
import { tokenPage } from "./core.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import type { AccountRecord, EmuContext, EmuRequest, HandlerTable } from "./types.ts";

/** The docs' default page size of the conversation list. */
const CONVERSATION_PAGE_SIZE = 10;

/** The page size of the incident list when `page_size` is not given. */
const INCIDENT_PAGE_SIZE = 100;

/** The conversations every chat account lists: channels, a private group and a direct chat. */
function conversations(): Schema<"Conversation">[] {
  const channel = (id: string, name: string | null, members: string[], isPrivate: boolean, created: string) => ({
    id,
    name,
    private: isPrivate,
    created,
    members,
  });
  return [
    channel("C0001GENERAL", "general", ["U0001", "U0002", "U0003"], false, "2020-01-06T09:00:00Z"),
    channel("C0002RANDOM", "random", ["U0001", "U0002", "U0003"], false, "2020-01-06T09:00:10Z"),
    channel("C0003ENG", "engineering", ["U0001", "U0002"], false, "2020-02-03T10:30:00Z"),
    channel("G0004LEADS", "team-leads", ["U0001", "U0003"], true, "2020-03-02T14:00:00Z"),
    channel("D0005DM", null, ["U0001", "U0002"], true, "2020-03-09T08:15:00Z"),
  ];
}

/** An incident's impact, urgency or priority. */
type Level = "low" | "medium" | "high";

/** The incidents every ITSM account lists. */
function incidents(): Schema<"Incident">[] {
  const incident = (
    id: string,
    description: string,
    status: string,
    priority: Level,
    impact: Level,
    urgency: Level,
    created: string,
  ): Schema<"Incident"> => ({
    id,
    description,
    status,
    category: "software",
    active: status !== "closed",
    impact,
    urgency,
    priority,
    escalation: null,
    due_date: null,
    change: null,
    problem: null,
    requester: "user_2",
    responder: null,
    assignee: status === "new" ? null : "user_1",
    created,
    modified: created,
  });
  return [
    incident("INC0010001", "Email is not syncing on mobile", "new", "medium", "low", "medium", "2021-04-01T08:00:00Z"),
    incident("INC0010002", "VPN drops every hour", "in_progress", "high", "medium", "high", "2021-04-02T09:30:00Z"),
    incident("INC0010003", "Printer on floor 3 is offline", "closed", "low", "low", "low", "2021-04-03T11:45:00Z"),
  ];
}

/** A token page of `items` for the request's account, or the error reply. */
function listFor<T, Api extends string>(
  req: EmuRequest,
  ctx: EmuContext,
  api: Api,
  items: (account: AccountRecord) => T[],
  pageSize: number,
): ErrorReply | { count: number; page: string; next_page: string | null; objects: T[]; type: "object_list"; api: Api } {
  const account = req.account as AccountRecord;
  if (!account.apis.includes(api))
    return ctx.error(
      501,
      "not_implemented",
      `Account ${account.id} (${account.serviceName}) does not offer the ${api} API.`,
    );
  const page = tokenPage(items(account), req.query, pageSize);
  if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
  return { ...page, type: "object_list", api };
}

/** Creates the `chat.conversations.list` and `itsm.incidents.list` handlers. */
export function createChatItsmHandlers(): HandlerTable {
  return {
    "chat.conversations.list": (req, ctx, reply) => {
      const page = listFor(
        req,
        ctx,
        "messaging",
        (account) =>
          conversations().map((c) => ({
            ...c,
            href: `${ctx.baseUrl}/v1/accounts/${account.id}/messaging/conversations/${String(c.id)}`,
            api: "messaging" as const,
            type: "conversation" as const,
            ...(req.rawData ? { raw: { object: { id: c.id, name: c.name } } } : {}),
          })),
        CONVERSATION_PAGE_SIZE,
      );
      return "status" in page ? page : reply(200, page);
    },

    "itsm.incidents.list": (req, ctx, reply) => {
      const page = listFor(
        req,
        ctx,
        "itsm",
        (account) =>
          incidents().map((i) => ({
            ...i,
            href: `${ctx.baseUrl}/v1/accounts/${account.id}/itsm/incidents/${String(i.id)}`,
            api: "itsm" as const,
            type: "incident" as const,
            ...(req.rawData ? { raw: { object: { number: i.id, short_description: i.description } } } : {}),
          })),
        INCIDENT_PAGE_SIZE,
      );
      return "status" in page ? page : reply(200, page);
    },
  };
}
