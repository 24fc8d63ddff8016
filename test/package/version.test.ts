/**
 * `VERSION` (sent as `User-Agent: kloudless-ts/<VERSION>`) is the version of the package
 * that ships it: a release that bumps package.json without src/core/version.ts fails here.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/index.ts";

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8")) as {
  version: string;
};

describe("VERSION", () => {
  it("equals the version in package.json", () => {
    expect(VERSION).toBe(pkg.version);
  });

  it("is a semantic version", () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  });
});
