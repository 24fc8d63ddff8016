// @ts-check
/**
 * TypeDoc plugin of this repository (typedoc.json `plugin`): the members of the types generated
 * from the spec are documented by the spec, and every page links to the HTTP API reference.
 *
 * generated/schema.ts is openapi-typescript's rendering of spec/: every path, operation, schema
 * and property that the spec describes carries that description as its doc comment. The structural
 * members that OpenAPI itself names (`parameters`, `responses`, `200`, `content`,
 * `application/json`, ...) and the properties the spec leaves undescribed have none, and
 * generated/ is never edited by hand. So the `notDocumented` validation exempts the *members* of
 * generated types; the generated types that the package exports (`paths`, `components`,
 * `operations`, `OperationId`) must still be documented, and so must everything handwritten.
 *
 * The exemption gives each undocumented generated member an empty (whitespace) summary, which
 * counts as a comment for validation and renders as nothing.
 */
import { Comment, Converter, JSX, ProjectReflection, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  // Every page links to the HTTP API reference that `make docs` renders beside TypeDoc's pages
  // (docs/api/openapi.html, the spec rendered by Redocly).
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "tsd-navigation" },
      JSX.createElement("a", { href: context.relativeURL("openapi.html") }, "HTTP API reference (OpenAPI)"),
    ),
  );
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const reflection of Object.values(project.reflections)) {
      if (reflection.hasComment()) continue;
      const file = project.getSymbolIdFromReflection(reflection)?.packagePath ?? "";
      if (!file.startsWith("generated/")) continue;
      // Exported generated types themselves (direct children of a module) keep the check.
      const parent = reflection.parent;
      const topLevel = !parent || parent instanceof ProjectReflection || parent.kindOf(ReflectionKind.Module);
      if (topLevel) continue;
      reflection.comment = new Comment([{ kind: "text", text: " " }]);
    }
  });
}
