/**
 * Saving and loading the emulator's state (`dataDir`): one JSON snapshot, `state.json`, next to
 * the blob store's `blobs/` and `tmp/` (see `blob-store.ts`).
 *
 * When: the snapshot is written before each reply, when it differs from the last one written,
 * not on a timer. A debounced save would be cheaper, but a kill between an acknowledged change
 * and the next save would lose that change; here, whatever a reply acknowledged is on disk
 * first. It is a test tool's state, so the cost (one serialisation per request) is acceptable.
 *
 * How: the snapshot goes to `state.json.tmp` and is renamed over `state.json`, after the bytes
 * of every blob it names are in place (uploads are renamed into `blobs/` before their handler
 * runs), so a crash leaves the old snapshot or the new one, never half of one. Blobs that no
 * saved snapshot references (an upload cut short by the crash) are removed on the next start.
 * Neither file is fsynced: the snapshot survives the process dying, not the machine.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EmulatorState } from "./state.ts";
import { referencedBlobs } from "./storage-tree.ts";

/** Version of the snapshot format; a snapshot of another version is refused. */
const SNAPSHOT_VERSION = 1;

/** The snapshot's file name in the data directory. */
const SNAPSHOT_FILE = "state.json";

/**
 * Area slots that are not kept: they hold running work (tasks' closures and timers, listeners)
 * that a new process recreates or cannot resume.
 */
const TRANSIENT_AREAS = new Set(["tasks", "activityListeners"]);

/** Fields of area slots that are runtime machinery (timers, aborts, the delivery policy given at start). */
const TRANSIENT_FIELDS: Record<string, string[]> = {
  webhooks: ["timers", "inflight", "stopped", "unsubscribe", "options"],
};

/** What `state.json` holds. */
interface Snapshot {
  version: number;
  appId: string;
  /** The encoded state (see `encode`). */
  state: unknown;
}

/** The parts of the state that are saved, in one value so that shared objects stay shared. */
interface SavedState {
  counter: number;
  applications: EmulatorState["applications"];
  apiKeys: EmulatorState["apiKeys"];
  metaTokens: EmulatorState["metaTokens"];
  accounts: EmulatorState["accounts"];
  areas: Map<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Encoding: JSON with Maps, Sets, bytes and shared objects

const TAG_MAP = "__emu_map";
const TAG_SET = "__emu_set";
const TAG_BYTES = "__emu_bytes";
const TAG_DATE = "__emu_date";
const TAG_ID = "__emu_id";
const TAG_REF = "__emu_ref";

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether a value is kept: data, not functions or class instances (timers, abort controllers, streams). */
function isData(value: unknown): boolean {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return false;
  if (value === null || typeof value !== "object") return true;
  return (
    Array.isArray(value) ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof Date ||
    Buffer.isBuffer(value) ||
    isPlainObject(value)
  );
}

/**
 * Encodes a value as JSON-safe data. An object reached twice (an account record is both in
 * `accounts` and in its drive) is written once with an ID and referred to afterwards, so that
 * decoding gives one object again.
 */
function encode(root: unknown): unknown {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== "object" || !isData(value)) return;
    if (seen.has(value)) {
      shared.add(value);
      return;
    }
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        walk(k);
        walk(v);
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      for (const v of value) walk(v);
    } else if (!(value instanceof Date) && !Buffer.isBuffer(value)) {
      for (const v of Object.values(value)) walk(v);
    }
  };
  walk(root);

  const ids = new Map<object, number>();
  const out = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const known = ids.get(value);
    if (known !== undefined) return { [TAG_REF]: known };
    let id: Record<string, number> = {};
    if (shared.has(value)) {
      ids.set(value, ids.size + 1);
      id = { [TAG_ID]: ids.size };
    }
    if (value instanceof Map)
      return {
        ...id,
        [TAG_MAP]: [...value].filter(([k, v]) => isData(k) && isData(v)).map(([k, v]) => [out(k), out(v)]),
      };
    if (value instanceof Set) return { ...id, [TAG_SET]: [...value].filter(isData).map(out) };
    if (value instanceof Date) return { [TAG_DATE]: value.toISOString() };
    if (Buffer.isBuffer(value)) return { [TAG_BYTES]: value.toString("base64") };
    if (Array.isArray(value)) return shared.has(value) ? { ...id, __emu_array: value.map(out) } : value.map(out);
    const fields: Record<string, unknown> = { ...id };
    for (const [k, v] of Object.entries(value)) if (isData(v)) fields[k] = out(v);
    return fields;
  };
  return out(root);
}

/** Decodes what `encode` wrote. */
function decode(root: unknown): unknown {
  const byId = new Map<number, unknown>();
  const walk = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map(walk);
    const record = value as Record<string, unknown>;
    if (TAG_REF in record) return byId.get(record[TAG_REF] as number);
    if (TAG_DATE in record) return new Date(record[TAG_DATE] as string);
    if (TAG_BYTES in record) return Buffer.from(record[TAG_BYTES] as string, "base64");
    const id = record[TAG_ID] as number | undefined;
    if (TAG_MAP in record) {
      const map = new Map();
      if (id !== undefined) byId.set(id, map);
      for (const [k, v] of record[TAG_MAP] as [unknown, unknown][]) map.set(walk(k), walk(v));
      return map;
    }
    if (TAG_SET in record) {
      const set = new Set();
      if (id !== undefined) byId.set(id, set);
      for (const v of record[TAG_SET] as unknown[]) set.add(walk(v));
      return set;
    }
    if ("__emu_array" in record) {
      const list: unknown[] = [];
      if (id !== undefined) byId.set(id, list);
      for (const v of record.__emu_array as unknown[]) list.push(walk(v));
      return list;
    }
    const object: Record<string, unknown> = {};
    if (id !== undefined) byId.set(id, object);
    for (const [k, v] of Object.entries(record)) if (k !== TAG_ID) object[k] = walk(v);
    return object;
  };
  return walk(root);
}

// ---------------------------------------------------------------------------------------------
// Snapshots

/** The saved parts of `state`, without its transient areas and fields. */
function savedState(state: EmulatorState): SavedState {
  const areas = new Map<string, unknown>();
  for (const [name, value] of state.areaEntries()) {
    if (TRANSIENT_AREAS.has(name)) continue;
    const drop = TRANSIENT_FIELDS[name];
    if (drop && value !== null && typeof value === "object") {
      const kept: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (!drop.includes(k)) kept[k] = v;
      areas.set(name, kept);
    } else areas.set(name, value);
  }
  return {
    counter: state.idCounter,
    applications: state.applications,
    apiKeys: state.apiKeys,
    metaTokens: state.metaTokens,
    accounts: state.accounts,
    areas,
  };
}

/** A saved snapshot read from a data directory. */
export interface LoadedSnapshot {
  /** The application ID, which the restored state is created with. */
  appId: string;
  /** Puts the saved state into a new state created with `appId`. */
  restore(state: EmulatorState): void;
}

/** Reads the snapshot of `dataDir`, or undefined when there is none yet (a first start). */
export function loadSnapshot(dataDir: string): LoadedSnapshot | undefined {
  const file = join(dataDir, SNAPSHOT_FILE);
  if (!existsSync(file)) return undefined;
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(`${file}: snapshot version ${snapshot.version}, this emulator reads version ${SNAPSHOT_VERSION}`);
  }
  return {
    appId: snapshot.appId,
    restore(state) {
      const saved = decode(snapshot.state) as SavedState;
      state.idCounter = saved.counter;
      for (const [target, source] of [
        [state.applications, saved.applications],
        [state.apiKeys, saved.apiKeys],
        [state.accounts, saved.accounts],
      ] as [Map<unknown, unknown>, Map<unknown, unknown>][]) {
        target.clear();
        for (const [k, v] of source) target.set(k, v);
      }
      state.metaTokens.clear();
      for (const token of saved.metaTokens) state.metaTokens.add(token);
      // Shared objects (an account and its drive's `account`) must stay one object after the
      // restore: the maps above take the decoded objects themselves, not copies.
      for (const [name, value] of saved.areas) state.restoreArea(name, value);
    },
  };
}

/** Keeps the state of one emulator in step with its data directory (or, without one, reclaims blobs only). */
export class Persistence {
  private lastWritten: string | undefined;

  constructor(
    private readonly state: EmulatorState,
    private readonly dataDir: string | undefined,
  ) {}

  /**
   * Saves the state when it changed since the last save, then deletes the blobs nothing refers
   * to. Without a data directory only the blobs are reclaimed, and only after requests that may
   * change the state (not GET, HEAD or OPTIONS), so reads cost nothing.
   */
  checkpoint(method = "POST"): void {
    if (this.dataDir === undefined) {
      if (method === "GET" || method === "HEAD" || method === "OPTIONS") return;
    } else {
      const text = JSON.stringify({
        version: SNAPSHOT_VERSION,
        appId: this.state.appId,
        state: encode(savedState(this.state)),
      } satisfies Snapshot);
      if (text !== this.lastWritten) {
        const file = join(this.dataDir, SNAPSHOT_FILE);
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
        this.lastWritten = text;
      }
    }
    // After the save: a blob the new snapshot dropped is no longer needed by any snapshot on disk.
    this.state.blobs.collect(referencedBlobs(this.state));
  }
}
