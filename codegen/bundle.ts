/**
 * Bundles the split spec (spec/) into one OpenAPI document.
 *
 * The split files use relative references so that linters and editors can read them
 * one by one; the bundle turns every reference into a `#/components/...` pointer so that
 * schemas keep their names in the generated types (`components["schemas"]["File"]`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse } from "yaml";

/** An OpenAPI document as plain JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where each piece of the split spec lives, relative to the spec folder. */
const COMPONENTS_FILE = "components.yaml";
const SCHEMAS_DIR = "schemas";
const PATHS_DIR = "paths";

/** Reads one YAML file of the spec. */
function load(file: string): JsonObject {
  const doc = parse(readFileSync(file, "utf8")) as JsonObject | null;
  return doc ?? {};
}

/** Lists the YAML files of a folder in a stable order. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Rewrites the `$ref`s of `node` (found in `file`) to pointers inside the bundle, and the
 * references of `discriminator.mapping` with them.
 * Throws on a reference into a path file or outside the spec.
 */
function rewriteRefs(node: Json, file: string, specDir: string): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, file, specDir));
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      out[key] = bundlePointer(value, file, specDir);
    } else if (key === "discriminator" && isDiscriminator(value)) {
      out[key] = { ...value, mapping: rewriteMapping(value.mapping as JsonObject, file, specDir) };
    } else {
      out[key] = rewriteRefs(value, file, specDir);
    }
  }
  return out;
}

/** A discriminator object with a mapping (not a schema property that happens to be called `discriminator`). */
function isDiscriminator(value: Json): value is JsonObject {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const { propertyName, mapping } = value;
  return typeof propertyName === "string" && mapping !== null && typeof mapping === "object" && !Array.isArray(mapping);
}

/**
 * Rewrites the values of a `discriminator.mapping` that are references (`./storage.yaml#/File`,
 * `#/File`); plain schema names (`File`) are left as they are, as OpenAPI allows both.
 */
function rewriteMapping(mapping: JsonObject, file: string, specDir: string): JsonObject {
  const out: JsonObject = {};
  for (const [tag, target] of Object.entries(mapping)) {
    out[tag] = typeof target === "string" && /[#/]/.test(target) ? bundlePointer(target, file, specDir) : target;
  }
  return out;
}

/** Maps one relative reference to its `#/components/...` pointer. */
function bundlePointer(ref: string, file: string, specDir: string): string {
  const [target = "", pointer = ""] = ref.split("#");
  const targetFile = target === "" ? file : resolve(dirname(file), target);
  const rel = relative(specDir, targetFile).split("\\").join("/");
  if (rel === COMPONENTS_FILE) return `#/components${pointer}`;
  if (rel.startsWith(`${SCHEMAS_DIR}/`)) return `#/components/schemas${pointer}`;
  throw new Error(`${relative(specDir, file)}: reference ${ref} points outside components and schemas`);
}

/** Copies `entries` into `into`, refusing duplicate keys (names must be unique across areas). */
function mergeUnique(into: JsonObject, entries: JsonObject, what: string, file: string): void {
  for (const [key, value] of Object.entries(entries)) {
    if (key in into) throw new Error(`${file}: duplicate ${what} ${key}`);
    into[key] = value;
  }
}

/** Checks that every `#/...` pointer of the bundle (`$ref`s and discriminator mappings) resolves. */
function checkPointers(doc: JsonObject): void {
  const check = (pointer: string, at: string): void => {
    let target: Json | undefined = doc;
    for (const part of pointer.slice(2).split("/")) {
      const name = part.replace(/~1/g, "/").replace(/~0/g, "~");
      target = target && typeof target === "object" && !Array.isArray(target) ? target[name] : undefined;
    }
    if (target === undefined) throw new Error(`unresolved reference ${pointer} at ${at}`);
  };
  const visit = (node: Json, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${at}/${i}`);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        check(value, at);
      } else if (key === "discriminator" && isDiscriminator(value)) {
        for (const [tag, target] of Object.entries(value.mapping as JsonObject)) {
          if (typeof target === "string" && target.startsWith("#/"))
            check(target, `${at}/discriminator/mapping/${tag}`);
        }
      } else {
        visit(value, `${at}/${key}`);
      }
    }
  };
  visit(doc, "#");
}

/** Builds the bundled document from the split spec in `specDir`. */
export function bundleSpec(specDir: string): JsonObject {
  const root = load(join(specDir, "openapi.yaml"));
  const componentsFile = join(specDir, COMPONENTS_FILE);
  const components = rewriteRefs(load(componentsFile), componentsFile, specDir) as JsonObject;

  const schemas: JsonObject = {};
  for (const file of yamlFiles(join(specDir, SCHEMAS_DIR))) {
    mergeUnique(schemas, rewriteRefs(load(file), file, specDir) as JsonObject, "schema", file);
  }

  // Path files are merged in the order of the root's tags, then by name.
  const tagOrder = ((root.tags ?? []) as JsonObject[]).map((tag) => `${tag.name}.yaml`);
  const pathFiles = yamlFiles(join(specDir, PATHS_DIR)).sort((a, b) => {
    const ia = tagOrder.indexOf(a.split("/").pop() ?? "");
    const ib = tagOrder.indexOf(b.split("/").pop() ?? "");
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const paths: JsonObject = {};
  for (const file of pathFiles) {
    mergeUnique(paths, rewriteRefs(load(file), file, specDir) as JsonObject, "path", file);
  }

  const bundled: JsonObject = {
    ...root,
    paths,
    components: { ...components, schemas },
  };
  checkPointers(bundled);
  return bundled;
}
