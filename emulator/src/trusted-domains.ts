/**
 * The emulator's trusted domains of the Management (Meta) API: the origins an application lets
 * embed its OAuth popup and widgets. Kept per application in the `trustedDomains` state slot;
 * deleting an application does not reach them, which no request can observe (its domains are
 * only listed through it).
 */
import { pageNumberList } from "./core.ts";
import type { ErrorReply, Schema } from "./replies.ts";
import { type EmulatorState, now } from "./state.ts";
import type { EmuContext, EmuRequest, HandlerTable } from "./types.ts";

/** The page size of the list when `page_size` is not given (as for the other Meta lists). */
const DEFAULT_PAGE_SIZE = 10;

interface TrustedDomainRecord {
  id: string;
  domain: string;
  created: string;
  modified: string;
}

/** Trusted domains by application ID, each list in creation order. */
type TrustedDomainArea = Map<string, TrustedDomainRecord[]>;

/** Creates the trusted-domain handlers. */
export function createTrustedDomainHandlers(state: EmulatorState): HandlerTable {
  const area = state.area<TrustedDomainArea>("trustedDomains", () => new Map());

  /** The domains of the application named by the path, or a 404 reply. */
  function domainsFor(req: EmuRequest, ctx: EmuContext): TrustedDomainRecord[] | ErrorReply {
    const id = req.params.application_id ?? "";
    if (!state.applications.has(id)) return ctx.error(404, "not_found", `Application not found: ${id}`);
    let list = area.get(id);
    if (!list) {
      list = [];
      area.set(id, list);
    }
    return list;
  }

  const domainJson = (record: TrustedDomainRecord): Schema<"TrustedDomain"> => ({
    ...record,
    api: "meta",
    type: "trusted_domain",
  });

  return {
    "meta.trustedDomains.list": (req, ctx, reply) => {
      const domains = domainsFor(req, ctx);
      if (!Array.isArray(domains)) return domains;
      const page = Number(req.args?.page ?? 1);
      const size = Number(req.args?.page_size ?? DEFAULT_PAGE_SIZE);
      return reply(200, pageNumberList(domains.map(domainJson), page, size, "meta"));
    },

    "meta.trustedDomains.create": (req, ctx, reply) => {
      const domains = domainsFor(req, ctx);
      if (!Array.isArray(domains)) return domains;
      const domain = String((req.json as { domain: string }).domain).trim();
      if (!domain) return ctx.error(400, "invalid_parameters", "domain: must not be empty");
      if (domains.some((d) => d.domain.toLowerCase() === domain.toLowerCase()))
        return ctx.error(400, "invalid_parameters", `domain: ${domain} is already a trusted domain`);
      const created = now();
      const record = { id: String(state.nextId()), domain, created, modified: created };
      domains.push(record);
      return reply(201, domainJson(record));
    },

    "meta.trustedDomains.delete": (req, ctx, reply) => {
      const domains = domainsFor(req, ctx);
      if (!Array.isArray(domains)) return domains;
      const index = domains.findIndex((d) => d.id === req.params.trusted_domain_id);
      if (index < 0) return ctx.error(404, "not_found", `Trusted domain not found: ${req.params.trusted_domain_id}`);
      domains.splice(index, 1);
      return reply.empty(200);
    },
  };
}
