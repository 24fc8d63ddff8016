/** Bundles and validates the spec without writing anything: `npx tsx codegen/check-spec.ts`. */
import { bundleSpec } from "./bundle.ts";
import { validateSpec } from "./validate.ts";

const doc = bundleSpec(new URL("../spec", import.meta.url).pathname);
await validateSpec(doc);
const ops = Object.values(doc.paths as Record<string, Record<string, unknown>>).flatMap((item) =>
  Object.keys(item).filter((k) => k !== "parameters" && k !== "summary" && k !== "description"),
);
console.log(`spec OK: ${Object.keys(doc.paths as object).length} paths, ${ops.length} operations`);
