/**
 * The emulator's in-memory state: the application, its keys and tokens, the connected
 * accounts, and one slot per API area that the area's handlers own.
 */
import { randomBytes } from "node:crypto";
import { BlobStore } from "./blob-store.ts";
import type { AccountRecord } from "./types.ts";

/** An application of the developer account (management API). */
export interface ApplicationRecord {
  id: string;
  name: string;
  description: string | null;
  logoUrl: string | null;
  active: boolean;
  created: string;
  modified: string;
}

/** An API key of an application. */
export interface ApiKeyRecord {
  key: string;
  applicationId: string;
  created: string;
  modified: string;
}

/** Makes a random URL-safe token of `bytes` random bytes. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}

/** The current time as the API writes it (ISO 8601, UTC). */
export function now(): string {
  return new Date().toISOString();
}

/** All state of one emulator instance. Nothing is shared between instances. */
export class EmulatorState {
  /** The application the seeded accounts are connected to. */
  readonly appId: string;
  /** Applications by ID (the management API's view). */
  readonly applications = new Map<string, ApplicationRecord>();
  /** API keys of the applications, by key. */
  readonly apiKeys = new Map<string, ApiKeyRecord>();
  /** Meta (management API) Bearer tokens. */
  readonly metaTokens = new Set<string>();
  /** Connected accounts by ID. */
  readonly accounts = new Map<number, AccountRecord>();
  private readonly areas = new Map<string, unknown>();
  private counter = 0;
  private blobStore: BlobStore | undefined;

  /** `blobs` is where file bytes go; without one, a private temporary directory on first use. */
  constructor(appId = `app_${randomToken(9)}`, blobs?: BlobStore) {
    this.appId = appId;
    this.blobStore = blobs;
    const created = now();
    this.applications.set(appId, {
      id: appId,
      name: "Emulator App",
      description: "Application of the local Kloudless emulator",
      logoUrl: null,
      active: true,
      created,
      modified: created,
    });
  }

  /** A process-unique increasing number, for IDs and cursors. */
  nextId(): number {
    this.counter += 1;
    return this.counter;
  }

  /** The last number `nextId` gave; a restored state continues from the saved one. */
  get idCounter(): number {
    return this.counter;
  }

  /** Restores the counter of a saved state, so that new IDs do not repeat old ones. */
  set idCounter(value: number) {
    this.counter = value;
  }

  /** The store of file bytes. */
  get blobs(): BlobStore {
    this.blobStore ??= BlobStore.temporary();
    return this.blobStore;
  }

  /** Every area slot by name, for saving the state. */
  areaEntries(): [string, unknown][] {
    return [...this.areas];
  }

  /**
   * Puts a saved slot back. When the slot exists already (made at start, with runtime parts
   * such as timers), the saved fields are assigned onto it instead of replacing it.
   */
  restoreArea(name: string, value: unknown): void {
    const live = this.areas.get(name);
    const plain = (v: unknown) => v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;
    if (plain(live) && plain(value)) Object.assign(live as object, value);
    else this.areas.set(name, value);
  }

  /**
   * The state slot of one API area (`storage`, `calendar`, `events`, ...), created on first
   * use. Each area module owns the shape of its slot.
   */
  area<T>(name: string, init: () => T): T {
    let slot = this.areas.get(name) as T | undefined;
    if (slot === undefined) {
      slot = init();
      this.areas.set(name, slot);
    }
    return slot;
  }

  /** Finds the account a Bearer token grants. */
  accountForToken(token: string): AccountRecord | undefined {
    for (const account of this.accounts.values()) if (account.tokens.includes(token)) return account;
    return undefined;
  }

  /** Adds a connected account with one fresh token and returns it. */
  addAccount(
    input: Pick<AccountRecord, "account" | "service" | "serviceName" | "apis"> & Partial<AccountRecord>,
  ): AccountRecord {
    const created = now();
    const record: AccountRecord = {
      id: input.id ?? 1000 + this.nextId(),
      tokens: input.tokens ?? [randomToken()],
      admin: false,
      active: true,
      created,
      modified: created,
      customProperties: {},
      ...input,
    };
    this.accounts.set(record.id, record);
    return record;
  }
}
