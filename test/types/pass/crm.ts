// CRM: records are typed from their schemas, creates take the required fields, generic objects
// need `raw_type` and type the service's fields as `unknown`.
import { Account } from "../../../src/index.ts";

const account = new Account({ token: "token" });

const contact = await account.crm.contacts.create({ json: { first_name: "Ada", last_name: "Lovelace" } });
const contactId: string = contact.data.id;
const email: string | null | undefined = contact.data.email;

for await (const deal of await account.crm.opportunities.list({ params: { page_size: 2, account: "001" } })) {
  deal.data.stage_name satisfies string | null | undefined;
}

const product = await account.crm.objects.retrieve("01t000000000001", { params: { raw_type: "Product2" } });
const productCode: unknown = product.data.product_code;

const found = await account.crm.search({ params: { q: "acme", lang: "KEYWORD" } });
found.objects[0]?.data.type satisfies string | undefined;

const batch = await account.crm.batch({
  json: { requests: [{ id: "1", method: "GET", url_data: { raw_type: "Account" } }] },
});
batch.data.errors[0]?.error.error_code satisfies string | undefined;

export { contactId, email, productCode };
