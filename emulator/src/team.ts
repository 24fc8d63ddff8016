/**
 * The emulator's Team API (v1, read only): the users and groups of an admin account, whose user
 * IDs are what `X-Kloudless-As-User` takes.
 *
 * Each admin account's directory lives in the `team` state slot; it is seeded with
 * `defaultTeamSeed` on first use unless `seedTeam` gave it another one.
 */
import { tokenPage } from "./core.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import type { EmulatorState } from "./state.ts";
import type { AccountRecord, EmuContext, EmuRequest, HandlerTable } from "./types.ts";

/** A user of a team directory. */
export interface TeamUserSeed {
  id: string;
  name: string | null;
  email: string | null;
  role: string | null;
}

/** A group of a team directory. */
export interface TeamGroupSeed {
  id: string;
  name: string | null;
  role: string | null;
}

/** A team directory: users, groups, and which user is in which group with what role. */
export interface TeamSeed {
  users: TeamUserSeed[];
  groups: TeamGroupSeed[];
  memberships: { userId: string; groupId: string; role: string }[];
}

/** The page size of team lists when `page_size` is not given. */
const DEFAULT_PAGE_SIZE = 100;

/**
 * The demo directory of an admin account: the admin (the account's own address), four colleagues,
 * three groups and their memberships, so that listing, paging and impersonation can be tried.
 */
export function defaultTeamSeed(account: AccountRecord): TeamSeed {
  const domain = account.account.includes("@") ? account.account.split("@")[1] : "example.com";
  const user = (n: number, name: string, role: string): TeamUserSeed => ({
    id: `user_${n}`,
    name,
    email: n === 1 ? account.account : `${name.split(" ")[0]?.toLowerCase()}@${domain}`,
    role,
  });
  return {
    users: [
      user(1, "Team Admin", "admin"),
      user(2, "Alex Kim", "user"),
      user(3, "Sam Lee", "user"),
      user(4, "Jo Park", "user"),
      user(5, "Pat Doe", "guest"),
    ],
    groups: [
      { id: "group_1", name: "Everyone", role: null },
      { id: "group_2", name: "Engineering", role: null },
      { id: "group_3", name: "Sales", role: null },
    ],
    memberships: [
      ...["user_1", "user_2", "user_3", "user_4"].map((userId) => ({ userId, groupId: "group_1", role: "member" })),
      { userId: "user_2", groupId: "group_2", role: "owner" },
      { userId: "user_4", groupId: "group_2", role: "member" },
      { userId: "user_3", groupId: "group_3", role: "owner" },
      { userId: "user_5", groupId: "group_3", role: "member" },
    ],
  };
}

/** Gives an admin account the team directory `seed` (the demo directory by default). */
export function seedTeam(
  state: EmulatorState,
  account: AccountRecord,
  seed: TeamSeed = defaultTeamSeed(account),
): void {
  directories(state).set(account.id, structuredClone(seed));
}

/** The team directories of all admin accounts, by account ID. */
function directories(state: EmulatorState): Map<number, TeamSeed> {
  return state.area("team", () => new Map<number, TeamSeed>());
}

/** The directory of an admin account, seeded with the demo directory on first use. */
function directoryOf(state: EmulatorState, account: AccountRecord): TeamSeed {
  if (!directories(state).has(account.id)) seedTeam(state, account);
  return directories(state).get(account.id) as TeamSeed;
}

/**
 * Creates the Team API handlers. Only admin accounts may use them (others get 403 `forbidden`);
 * an `X-Kloudless-As-User` that names no user of the team gets 404 `not_found`.
 */
export function createTeamHandlers(state: EmulatorState): HandlerTable {
  /** The directory of the request's account, or the error reply for non-admins and unknown As-User IDs. */
  function directoryFor(req: EmuRequest, ctx: EmuContext): TeamSeed | ErrorReply {
    const account = req.account;
    if (!account) return ctx.error(404, "not_found", "Account not found.");
    if (!account.admin)
      return ctx.error(403, "forbidden", "Only administrators can access the team API; connect an admin account.");
    const directory = directoryOf(state, account);
    if (req.asUser !== undefined && !directory.users.some((u) => u.id === req.asUser)) {
      return ctx.error(404, "not_found", `X-Kloudless-As-User: no user '${req.asUser}' in the team.`);
    }
    return directory;
  }

  /** The reply JSON of a user, with `raw` when asked for. */
  function userReply(req: EmuRequest, user: TeamUserSeed): Schema<"TeamUser"> {
    return { ...user, api: "team", type: "user", ...(req.rawData ? { raw: { object: { ...user } } } : {}) };
  }

  /** The reply JSON of a group (`role` overridden by a membership's role), with `raw` when asked for. */
  function groupReply(req: EmuRequest, group: TeamGroupSeed, role = group.role): Schema<"TeamGroup"> {
    return { ...group, role, api: "team", type: "group", ...(req.rawData ? { raw: { object: { ...group } } } : {}) };
  }

  /** One page of `items`, or the 400 reply for a bad page token. */
  function listPage<T>(req: EmuRequest, ctx: EmuContext, items: T[]) {
    const page = tokenPage(items, req.query, DEFAULT_PAGE_SIZE);
    if (typeof page === "string") return ctx.error(400, "invalid_parameters", page);
    return { ...page, type: "object_list" as const, api: "team" as const };
  }

  /** Finds the user named by `user_id` in the path, or replies 404. */
  function userFor(req: EmuRequest, ctx: EmuContext): { directory: TeamSeed; user: TeamUserSeed } | ErrorReply {
    const directory = directoryFor(req, ctx);
    if ("status" in directory) return directory;
    const user = directory.users.find((u) => u.id === req.params.user_id);
    return user ? { directory, user } : ctx.error(404, "not_found", `User not found: ${req.params.user_id}`);
  }

  /** Finds the group named by `group_id` in the path, or replies 404. */
  function groupFor(req: EmuRequest, ctx: EmuContext): { directory: TeamSeed; group: TeamGroupSeed } | ErrorReply {
    const directory = directoryFor(req, ctx);
    if ("status" in directory) return directory;
    const group = directory.groups.find((g) => g.id === req.params.group_id);
    return group ? { directory, group } : ctx.error(404, "not_found", `Group not found: ${req.params.group_id}`);
  }

  return {
    "team.users.list": (req, ctx, reply) => {
      const directory = directoryFor(req, ctx);
      if ("status" in directory) return directory;
      const page = listPage(
        req,
        ctx,
        directory.users.map((u) => userReply(req, u)),
      );
      return "status" in page ? page : reply(200, page);
    },

    "team.users.retrieve": (req, ctx, reply) => {
      const found = userFor(req, ctx);
      if ("status" in found) return found;
      return reply(200, userReply(req, found.user));
    },

    "team.users.listMemberships": (req, ctx, reply) => {
      const found = userFor(req, ctx);
      if ("status" in found) return found;
      const groups = found.directory.memberships.flatMap((m) => {
        const group = m.userId === found.user.id ? found.directory.groups.find((g) => g.id === m.groupId) : undefined;
        return group ? [groupReply(req, group, m.role)] : [];
      });
      const page = listPage(req, ctx, groups);
      return "status" in page ? page : reply(200, page);
    },

    "team.groups.list": (req, ctx, reply) => {
      const directory = directoryFor(req, ctx);
      if ("status" in directory) return directory;
      const page = listPage(
        req,
        ctx,
        directory.groups.map((g) => groupReply(req, g)),
      );
      return "status" in page ? page : reply(200, page);
    },

    "team.groups.retrieve": (req, ctx, reply) => {
      const found = groupFor(req, ctx);
      if ("status" in found) return found;
      return reply(200, groupReply(req, found.group));
    },

    "team.groups.listMembers": (req, ctx, reply) => {
      const found = groupFor(req, ctx);
      if ("status" in found) return found;
      const users = found.directory.memberships.flatMap((m) => {
        const user = m.groupId === found.group.id ? found.directory.users.find((u) => u.id === m.userId) : undefined;
        return user ? [userReply(req, user)] : [];
      });
      const page = listPage(req, ctx, users);
      return "status" in page ? page : reply(200, page);
    },
  };
}
