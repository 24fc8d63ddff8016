/**
 * Bundles the split spec (spec/) into one OpenAPI document.
 *
 * `spec/openapi.yaml` is a complete OpenAPI document that any tool reads: its `paths` and
 * `components` reference the path items of `paths/*.yaml`, the components of `components.yaml`
 * and the schemas of `schemas/*.yaml`. The bundle follows those references and turns every
 * reference of the split files into a `#/components/...` pointer, so that schemas keep their
 * names in the generated types (`components["schemas"]["File"]`): the same document as
 * `redocly bundle spec/openapi.yaml`.
 *
 * The root must list every path and component of the split files, each under its own name,
 * and nothing else; the bundler throws with the lines to add or remove otherwise.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parse } from "yaml";

/** An OpenAPI document as plain JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where each piece of the split spec lives, relative to the spec folder. */
const ROOT_FILE = "openapi.yaml";
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

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * One JSON pointer token as written in a URI fragment (RFC 6901, sections 4 and 6): `~` and `/`
 * escaped as `~0` and `~1`, then every character a fragment may not hold percent-encoded
 * (`{account_id}` becomes `%7Baccount_id%7D`; Java-based tools reject raw braces).
 */
export function pointerToken(name: string): string {
  return name
    .replace(/~/g, "~0")
    .replace(/\//g, "~1")
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@?]/gu, (c) => encodeURIComponent(c));
}

/** Reads a JSON pointer of a URI fragment (`/~1accounts~1%7Baccount_id%7D`) into its tokens. */
function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
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
  if (!isObject(value)) return false;
  const { propertyName, mapping } = value;
  return typeof propertyName === "string" && isObject(mapping);
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

/** Checks that every `#/...` pointer of the bundle (`$ref`s and discriminator mappings) resolves. */
function checkPointers(doc: JsonObject): void {
  const check = (pointer: string, at: string): void => {
    let target: Json | undefined = doc;
    for (const name of pointerTokens(pointer.slice(1))) target = isObject(target) ? target[name] : undefined;
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

/** One entry the root must list: a path item or a named component, and where it is defined. */
interface Entry {
  /** `paths` or `components.<section>`. */
  list: string;
  /** The path, or the component's name. */
  key: string;
  /** The file that defines it, relative to the spec folder. */
  file: string;
  /** The root's reference to it: `./paths/storage.yaml#/~1accounts~1%7Baccount_id%7D~1storage~1files`. */
  ref: string;
}

/**
 * Every path item and component of the split files, in the order the root lists them: path files
 * in the order of the root's tags, then by name; the sections of components.yaml, then the
 * schemas of schemas/*.yaml by file name.
 */
export function splitEntries(specDir: string, root: JsonObject = load(join(specDir, ROOT_FILE))): Entry[] {
  const entries: Entry[] = [];
  const tagOrder = ((root.tags ?? []) as JsonObject[]).map((tag) => `${tag.name}.yaml`);
  const rank = (file: string) => {
    const i = tagOrder.indexOf(basename(file));
    return i < 0 ? tagOrder.length : i;
  };
  const pathFiles = yamlFiles(join(specDir, PATHS_DIR)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const file of pathFiles) {
    const rel = `${PATHS_DIR}/${basename(file)}`;
    for (const path of Object.keys(load(file)))
      entries.push({ list: "paths", key: path, file: rel, ref: `./${rel}#/${pointerToken(path)}` });
  }
  for (const [section, names] of Object.entries(load(join(specDir, COMPONENTS_FILE)))) {
    for (const name of Object.keys(isObject(names) ? names : {})) {
      const ref = `./${COMPONENTS_FILE}#/${pointerToken(section)}/${pointerToken(name)}`;
      entries.push({ list: `components.${section}`, key: name, file: COMPONENTS_FILE, ref });
    }
  }
  for (const file of yamlFiles(join(specDir, SCHEMAS_DIR))) {
    const rel = `${SCHEMAS_DIR}/${basename(file)}`;
    for (const name of Object.keys(load(file)))
      entries.push({ list: "components.schemas", key: name, file: rel, ref: `./${rel}#/${pointerToken(name)}` });
  }
  return entries;
}

/** The root's lists: `paths`, and one `components.<section>` per section of its components. */
function rootLists(root: JsonObject): Map<string, JsonObject> {
  const lists = new Map<string, JsonObject>();
  lists.set("paths", isObject(root.paths) ? root.paths : {});
  const components = isObject(root.components) ? root.components : {};
  for (const [section, names] of Object.entries(components))
    lists.set(`components.${section}`, isObject(names) ? names : {});
  return lists;
}

/** Where the entries of a root list are defined. */
function definedIn(list: string): string {
  if (list === "paths") return `spec/${PATHS_DIR}/*.yaml`;
  if (list === "components.schemas") return `spec/${SCHEMAS_DIR}/*.yaml or spec/${COMPONENTS_FILE}`;
  return `spec/${COMPONENTS_FILE}`;
}

/** Every difference between what the root lists and what the split files define, each with its fix. */
function listingProblems(root: JsonObject, entries: Entry[]): string[] {
  const problems: string[] = [];
  const lists = rootLists(root);
  const indent = (list: string) => " ".repeat(2 * list.split(".").length);
  const line = (entry: Entry) => `${indent(entry.list)}${entry.key}: { $ref: "${entry.ref}" }`;
  const defined = new Map<string, Entry>();
  for (const entry of entries) {
    const id = `${entry.list} ${entry.key}`;
    const other = defined.get(id);
    if (other) {
      const what = entry.list === "paths" ? "path" : "component";
      problems.push(
        `${entry.list}: ${entry.key} is defined in both ${other.file} and ${entry.file}; a ${what} is defined once`,
      );
      continue;
    }
    defined.set(id, entry);
    const listed = lists.get(entry.list)?.[entry.key];
    if (listed === undefined) {
      problems.push(
        `${entry.list}: ${entry.key} (${entry.file}) is not listed; add under ${entry.list}:\n${line(entry)}`,
      );
    } else if (!isObject(listed) || listed.$ref !== entry.ref || Object.keys(listed).length !== 1) {
      problems.push(`${entry.list}: ${entry.key} must be only a reference to ${entry.file}:\n${line(entry)}`);
    }
  }
  for (const [list, names] of lists) {
    for (const key of Object.keys(names)) {
      if (defined.has(`${list} ${key}`)) continue;
      problems.push(
        `${list}: ${key} is listed but ${definedIn(list)} does not define it; define it there or remove the line`,
      );
    }
  }
  return problems;
}

/** Loads the node a root reference (`./paths/storage.yaml#/~1accounts...`) points at. */
function follow(specDir: string, ref: string, cache: Map<string, JsonObject>): { node: Json; file: string } {
  const [target = "", pointer = ""] = ref.split("#");
  const file = resolve(specDir, target);
  let doc = cache.get(file);
  if (!doc) {
    doc = load(file);
    cache.set(file, doc);
  }
  let node: Json | undefined = doc;
  for (const name of pointerTokens(pointer)) node = isObject(node) ? node[name] : undefined;
  if (node === undefined) throw new Error(`${ROOT_FILE}: unresolved reference ${ref}`);
  return { node, file };
}

/** Builds the bundled document from the split spec in `specDir`. */
export function bundleSpec(specDir: string): JsonObject {
  const root = load(join(specDir, ROOT_FILE));
  const problems = listingProblems(root, splitEntries(specDir, root));
  if (problems.length) {
    throw new Error(
      `spec/${ROOT_FILE} must list every path and component of the split files, and only those:\n- ${problems.join("\n- ")}`,
    );
  }

  // The root lists references only (checked above): follow each, keeping the root's order.
  const cache = new Map<string, JsonObject>();
  const resolveList = (names: JsonObject): JsonObject => {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(names)) {
      const { node, file } = follow(specDir, (value as JsonObject).$ref as string, cache);
      out[key] = rewriteRefs(node, file, specDir);
    }
    return out;
  };
  const components: JsonObject = {};
  for (const [section, names] of Object.entries((root.components ?? {}) as JsonObject))
    components[section] = resolveList(names as JsonObject);

  const bundled: JsonObject = {
    ...root,
    paths: resolveList((root.paths ?? {}) as JsonObject),
    components,
  };
  checkPointers(bundled);
  return bundled;
}
