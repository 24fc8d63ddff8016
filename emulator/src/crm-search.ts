/** What CRM search reads: the subset of SOQL the emulator understands, and keyword fields. */

/** A parsed SOQL query of the subset the emulator understands. */
export interface SoqlQuery {
  rawType: string;
  where?: { field: string; op: "=" | "LIKE"; value: string };
}

/** Parses `SELECT ... FROM <Type> [WHERE <Field> = | LIKE '<value>']`, or returns undefined. */
export function parseSoql(q: string): SoqlQuery | undefined {
  const m = /^\s*SELECT\s+.+?\s+FROM\s+(\w+)(?:\s+WHERE\s+(\w+)\s*(=|LIKE)\s*'([^']*)')?\s*$/i.exec(q);
  if (!m) return undefined;
  const [, rawType = "", field, op, value] = m;
  return {
    rawType,
    ...(field && op && value !== undefined ? { where: { field, op: op.toUpperCase() as "=" | "LIKE", value } } : {}),
  };
}

/** `LastName` or `last_name` → `last_name`; `Id` → `id`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Whether `value` matches a SOQL `LIKE` pattern (`%` any run, `_` one character, case-insensitive). */
export function likeMatches(value: string, pattern: string): boolean {
  const regex = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  return new RegExp(`^${regex}$`, "is").test(value);
}

/** Fields a keyword search looks at. */
export const SEARCHED_FIELDS = ["name", "first_name", "last_name", "email", "company", "subject", "product_code"];
