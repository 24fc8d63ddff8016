/**
 * The activity log: every change made through the emulator appends an event to its account's
 * log, and `events.list` serves the log as Kloudless' cursor stream (§13 of the API notes), so
 * that sync clients can be tested end to end.
 *
 * Cursors are decimal strings of a sequence number that only grows (shared by all accounts of
 * one emulator). A cursor names the last event a client has seen; `after-auth` (or no cursor)
 * starts at the first event of the account. With `from`/`until`, the cursor carries the upper
 * bound (`<seq>~<until ms>`) so that later calls stay inside the first request's range.
 */
import { EmuError } from "./errors.ts";
import type { Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, ActivityInput, HandlerTable } from "./types.ts";

/** Events per batch when `page_size` is not given (the docs give no default). */
const DEFAULT_PAGE_SIZE = 100;

/** The short `action` code of each event type (`+` for `add` is documented; the rest is ours). */
const ACTIONS: Record<string, string> = {
  add: "+",
  delete: "-",
  update: "M",
  rename: "R",
  move: "V",
  copy: "C",
  restore: "U",
};

/** An object an event is about. */
type EventObject = Schema<"Event">["metadata"];

/** One recorded event with its sequence number. */
interface StoredEvent {
  seq: number;
  /** Milliseconds since the epoch, for `from`/`until`. */
  at: number;
  json: Schema<"Event">;
}

/** The event logs of all accounts, by account ID. */
type ActivityArea = Map<number, StoredEvent[]>;

function logOf(state: EmulatorState, accountId: number): StoredEvent[] {
  const area = state.area<ActivityArea>("activity", () => new Map());
  let log = area.get(accountId);
  if (!log) {
    log = [];
    area.set(accountId, log);
  }
  return log;
}

/** Appends an event to `account`'s log; the server's `ctx.recordActivity` calls this. */
export function recordActivity(state: EmulatorState, account: AccountRecord, input: ActivityInput): void {
  const seq = state.nextId();
  const at = Date.now();
  // The objects are each area's views (typed from the spec in storage; calendar and CRM views are
  // checked at run time with strictResponses), so this is where they are taken as the spec's.
  const metadata = input.metadata as EventObject;
  const json: Schema<"Event"> = {
    id: `evt_${seq}`,
    account: account.id,
    type: input.type,
    action: ACTIONS[input.type] ?? input.type,
    modified: new Date(at).toISOString(),
    ip: null,
    user_id: input.userId ?? null,
    metadata,
    ...(input.previousMetadata === undefined ? {} : { previous_metadata: input.previousMetadata as EventObject }),
  };
  logOf(state, account.id).push({ seq, at, json });
  for (const listener of listenersOf(state)) listener(account);
}

/** Called after each recorded event, with its account (once the event is in the log). */
export type ActivityListener = (account: AccountRecord) => void;

function listenersOf(state: EmulatorState): Set<ActivityListener> {
  return state.area<Set<ActivityListener>>("activityListeners", () => new Set());
}

/** Calls `listener` after every event recorded from now on (webhooks.ts notifies with it); returns the unsubscribe. */
export function onActivity(state: EmulatorState, listener: ActivityListener): () => void {
  listenersOf(state).add(listener);
  return () => {
    listenersOf(state).delete(listener);
  };
}

/** Drops an account's log (when the account is deleted). */
export function forgetActivity(state: EmulatorState, accountId: number): void {
  state.area<ActivityArea>("activity", () => new Map()).delete(accountId);
}

/** A parsed position in the stream: after event `seq`, optionally bounded by `until`. */
interface Position {
  seq: number;
  until?: number;
}

function parseCursor(raw: unknown): Position {
  const text = String(raw);
  if (text === "after-auth") return { seq: 0 };
  const m = /^(-?\d+)(?:~(\d+))?$/.exec(text);
  if (!m)
    throw new EmuError(400, "invalid_parameters", `cursor: ${JSON.stringify(text)} is not a cursor of this account`);
  return m[2] === undefined ? { seq: Number(m[1]) } : { seq: Number(m[1]), until: Number(m[2]) };
}

function formatCursor(position: Position): string {
  return position.until === undefined ? String(position.seq) : `${position.seq}~${position.until}`;
}

/** The latest cursor of an account: the sequence number of its last event, else 0. */
function latestSeq(log: StoredEvent[]): number {
  return log.length ? (log[log.length - 1] as StoredEvent).seq : 0;
}

/** An event without the upstream objects (`raw`) of its metadata, as sent without raw data. */
function withoutRaw(json: Schema<"Event">): Schema<"Event"> {
  const strip = <T extends EventObject | null | undefined>(value: T): T => {
    if (!value || !("raw" in value)) return value;
    const { raw: _raw, ...rest } = value;
    return rest as T;
  };
  const out = { ...json, metadata: strip(json.metadata) };
  if (json.previous_metadata !== undefined) out.previous_metadata = strip(json.previous_metadata);
  return out;
}

/** Creates the `events.list` and `events.latestCursor` handlers. */
export function createActivityHandlers(state: EmulatorState): HandlerTable {
  return {
    "events.list": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      const args = req.args ?? {};
      const log = logOf(state, account.id);
      const hasRange = args.from !== undefined || args.until !== undefined;
      if (args.cursor !== undefined && hasRange) {
        throw new EmuError(400, "invalid_parameters", "cursor: cannot be combined with from or until");
      }
      if (args.until !== undefined && args.from === undefined) {
        throw new EmuError(400, "invalid_parameters", "until: only allowed together with from");
      }
      let position: Position;
      if (args.from !== undefined) {
        // Sequence numbers grow with time, so "after the last event before `from`" is `from`.
        const from = Date.parse(String(args.from));
        const before = log.filter((e) => e.at < from);
        position = {
          seq: before.length ? (before[before.length - 1] as StoredEvent).seq : 0,
          until: args.until === undefined ? undefined : Date.parse(String(args.until)),
        };
      } else {
        position = args.cursor === undefined ? { seq: 0 } : parseCursor(args.cursor);
      }
      const pageSize = typeof args.page_size === "number" ? args.page_size : DEFAULT_PAGE_SIZE;
      const until = position.until ?? Number.POSITIVE_INFINITY;
      const pending = log.filter((e) => e.seq > position.seq && e.at < until);
      const batch = pending.slice(0, pageSize);
      const last = batch[batch.length - 1];
      const next: Position = { seq: last ? last.seq : position.seq, until: position.until };
      return reply(200, {
        objects: batch.map((e) => (req.rawData ? e.json : withoutRaw(e.json))),
        count: batch.length,
        cursor: formatCursor(next),
        remaining: pending.length - batch.length,
        type: "object_list",
        api: "activity",
      });
    },
    "events.latestCursor": (req, _ctx, reply) => {
      const account = req.account as AccountRecord;
      return reply(200, { cursor: String(latestSeq(logOf(state, account.id))) });
    },
  };
}
