/**
 * Validates the split spec as other tools read it: swagger-parser opens `spec/openapi.yaml`
 * and resolves the references into `paths/*.yaml`, `schemas/*.yaml` and `components.yaml` itself,
 * with no help from codegen/bundle.ts. `make lint-spec` runs it.
 *
 * Usage: tsx codegen/validate-split.ts [ROOT_FILE]
 */
import { resolve } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";

const file = resolve(process.argv[2] ?? new URL("../spec/openapi.yaml", import.meta.url).pathname);
/** What this script reads of the validated document. */
interface Document {
  paths?: Record<string, Record<string, unknown> | undefined>;
  components?: { schemas?: Record<string, unknown> };
}

try {
  const api = (await SwaggerParser.validate(file)) as Document;
  const operations = Object.values(api.paths ?? {}).flatMap((item) =>
    Object.keys(item ?? {}).filter((key) => !["parameters", "summary", "description", "servers"].includes(key)),
  );
  const schemas = Object.keys(api.components?.schemas ?? {}).length;
  console.log(
    `swagger-parser: ${file} is valid: ${Object.keys(api.paths ?? {}).length} paths, ${operations.length} operations, ${schemas} schemas`,
  );
} catch (error) {
  console.error(`swagger-parser: ${file} is invalid: ${(error as Error).message}`);
  process.exit(1);
}
