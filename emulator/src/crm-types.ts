/**
 * The object types of the emulated CRM (Salesforce's, with the unified types the spec names),
 * the fields a client may set and must set, and each type's schema as `crm.schemas.*` shows it.
 */
import type { components } from "../../generated/schema.ts";
import type { Schema } from "./replies.ts";

/** An upstream object type of the emulated CRM. */
export interface CrmType {
  /** The upstream (Salesforce) name, as `raw_type` takes it. */
  rawType: string;
  /** Salesforce's three-character ID prefix of the type. */
  prefix: string;
  /** The unified type (`contact`) and its endpoint (`contacts`); absent for generic-only types. */
  unified?: { type: string; key: string };
  /** The fields a client may set, as the spec names them. */
  fields: string[];
  /** The fields a create must set. */
  required: string[];
}

/** A field the spec's schema `Name` of a unified type declares, besides those of every record. */
type FieldOf<Name extends keyof components["schemas"]> = Exclude<keyof Schema<Name>, keyof Schema<"CrmRecord">> &
  string;

/** The fields of a unified type, each checked against its schema in the spec. */
function fieldsOf<Name extends keyof components["schemas"]>(_schema: Name, fields: FieldOf<Name>[]): string[] {
  return fields;
}

/** The types of the emulated CRM; the unified fields follow spec/schemas/crm.yaml. */
export const CRM_TYPES: CrmType[] = [
  {
    rawType: "Account",
    prefix: "001",
    unified: { type: "account", key: "accounts" },
    fields: fieldsOf("CrmAccount", [
      "name",
      "owner",
      "industry_code",
      "industry",
      "employees",
      "rating",
      "fax",
      "phone",
      "website",
      "annual_revenue",
      "billing_address",
      "shipping_address",
      "description",
    ]),
    required: ["name"],
  },
  {
    rawType: "Contact",
    prefix: "003",
    unified: { type: "contact", key: "contacts" },
    fields: fieldsOf("CrmContact", [
      "account",
      "owner",
      "lead",
      "first_name",
      "middle_name",
      "last_name",
      "name",
      "title",
      "department",
      "email",
      "fax",
      "phone",
      "mailing_address",
      "description",
    ]),
    required: ["last_name"],
  },
  {
    rawType: "Lead",
    prefix: "00Q",
    unified: { type: "lead", key: "leads" },
    fields: fieldsOf("CrmLead", [
      "owner",
      "name",
      "first_name",
      "middle_name",
      "last_name",
      "title",
      "status",
      "address",
      "company",
      "industry",
      "annual_revenue",
      "rating",
      "email",
      "fax",
      "phone",
      "description",
    ]),
    required: ["company", "last_name"],
  },
  {
    rawType: "Opportunity",
    prefix: "006",
    unified: { type: "opportunity", key: "opportunities" },
    fields: fieldsOf("CrmOpportunity", [
      "account",
      "campaign",
      "owner",
      "name",
      "stage_name",
      "closing_date",
      "close_date",
      "next_step",
      "amount",
      "probability",
      "opportunity_type",
      "description",
    ]),
    required: ["name", "stage_name"],
  },
  {
    rawType: "Campaign",
    prefix: "701",
    unified: { type: "campaign", key: "campaigns" },
    fields: fieldsOf("CrmCampaign", [
      "owner",
      "parent",
      "name",
      "campaign_type",
      "start",
      "end",
      "status",
      "expected_revenue",
      "actual_cost",
      "budgeted_cost",
      "description",
    ]),
    required: ["name"],
  },
  {
    rawType: "Task",
    prefix: "00T",
    unified: { type: "task", key: "tasks" },
    fields: fieldsOf("CrmTask", ["account", "owner", "status", "priority", "subject", "description"]),
    required: ["status", "priority"],
  },
  {
    rawType: "Product2",
    prefix: "01t",
    fields: ["name", "product_code", "family", "is_active", "description"],
    required: ["name"],
  },
];

/** Fields that name another record, and the upstream type they must name. */
export const REFERENCES: Record<string, string> = { account: "Account", campaign: "Campaign", parent: "Campaign" };

/** The type named `rawType`, if the CRM has it. */
export function typeOf(rawType: string): CrmType | undefined {
  return CRM_TYPES.find((t) => t.rawType === rawType);
}

/** The schema of a type (`crm.schemas.*`): its fields (read-only ones included) as the unified objects name them. */
export function schemaJson(type: CrmType): Schema<"CrmSchema"> {
  const field = (name: string, readOnly: boolean) => ({
    name,
    label: name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
    type: REFERENCES[name] ? "reference" : "string",
    required: type.required.includes(name),
    read_only: readOnly,
  });
  return {
    id: type.rawType,
    label: type.rawType.replace(/\d+$/, ""),
    fields: [
      field("id", true),
      ...type.fields.map((f) => field(f, false)),
      field("created", true),
      field("modified", true),
    ],
    api: "crm",
    type: "schema",
  };
}
