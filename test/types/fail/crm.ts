// CRM: a create without its required fields, or a generic object call without `raw_type`, does not compile.
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });

// expect-error: Property 'last_name' is missing
await account.crm.contacts.create({ json: { first_name: "Ada" } });

// expect-error: Property 'stage_name' is missing
await account.crm.opportunities.create({ json: { name: "Deal" } });

// expect-error: Property 'raw_type' is missing
await account.crm.objects.list({ params: {} });

// expect-error: Type '"SQL"' is not assignable to type '"KEYWORD" | "SOQL" | undefined'
await account.crm.search({ params: { q: "acme", lang: "SQL" } });
