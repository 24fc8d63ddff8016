/**
 * JSDoc text of the generated files: comment lines out of spec text, and openapi-typescript's
 * `@description` tags turned into a comment's plain text (an editor's hover shows the text first
 * and tags after it).
 */

/**
 * Spec text as lines of a JSDoc comment, each paragraph's words wrapped at `width` characters:
 * `*\/` cannot end the comment, a line cannot start a tag.
 */
export function commentLines(text: string, width = 96): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\*\//g, "*\\/").split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((line) => line.replace(/^@/, "\\@"));
}

/**
 * Rewrites every JSDoc comment of `source` (openapi-typescript's output) so that the text of its
 * `@description` tag is the comment's text: after the untagged lines (the summary), before the
 * other tags (`@deprecated`, `@example`, ...).
 */
export function plainDescriptions(source: string): string {
  return source
    .replace(/\/\*\* @description (.*?) \*\//g, "/** $1 */")
    .replace(/^([ \t]*)\/\*\*\n((?:\1 \*.*\n)*?)\1 \*\//gm, (whole, indent: string, body: string) => {
      const lines = body
        .split("\n")
        .slice(0, -1)
        .map((line) => line.slice(indent.length + 2).replace(/^ /, ""));
      const start = lines.findIndex((line) => line.startsWith("@description "));
      if (start < 0) return whole;
      let end = start + 1;
      while (end < lines.length && !lines[end]?.startsWith("@")) end++;
      const description = lines.slice(start, end);
      description[0] = (description[0] as string).slice("@description ".length);
      const firstTag = lines.findIndex((line) => line.startsWith("@"));
      const untagged = lines.slice(0, firstTag);
      const tags = [...lines.slice(firstTag, start), ...lines.slice(end)];
      const out = [...untagged, ...(untagged.length ? [""] : []), ...description, ...tags];
      return `${indent}/**\n${out.map((line) => `${indent} *${line ? ` ${line}` : ""}`).join("\n")}\n${indent} */`;
    });
}
