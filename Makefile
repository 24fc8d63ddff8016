# Every target works on a fresh clone: `install` runs first where needed.
SHELL := /bin/bash
NPX := npx --no-install
STAMP := node_modules/.install-stamp
# Redocly CLI without usage reports; REDOCLY_QUIET drops its boxed notices and blank lines.
REDOCLY := REDOCLY_TELEMETRY=off $(NPX) redocly
REDOCLY_QUIET := grep -v "^\s*[║╔╚]" | grep -v "^\s*$$"

.PHONY: install generate check-generated lint-spec lint typecheck typetest test-unit test demo bench docs build clean \
	package-check size pack-test browser-test runtimes docs-samples self-contained docker-test

install: $(STAMP)

$(STAMP): package.json package-lock.json
	npm ci
	@touch $(STAMP)

## Regenerate generated/ from spec/ (prints the operations added, removed or changed).
generate: install
	$(NPX) tsx codegen/generate.ts

## Fail when regenerating would change generated/.
check-generated: install
	@rm -rf .tmp/generated && mkdir -p .tmp/generated
	@cp generated/openapi.json .tmp/generated/ 2>/dev/null || true
	@$(NPX) tsx codegen/generate.ts --out .tmp/generated --quiet
	@diff -r generated .tmp/generated > /dev/null || { diff -r generated .tmp/generated | head -40; echo "generated/ is stale: run 'make generate' and commit the result"; exit 1; }
	@echo "generated/ is up to date"

## The build and its tests read nothing outside the repository (no sibling folders of the clone).
self-contained:
	@if git grep -n '\.\./shared' -- test src codegen bench examples Makefile .ci; then echo "the lines above read outside the repository"; exit 1; fi
	@echo "nothing reads outside the repository"

## Lint the spec as any tool reads it, on top of the codegen's own validation: Redocly and
## swagger-parser open spec/openapi.yaml and follow its references into the split files;
## Redocly lints the bundle (generated/openapi.json) too.
lint-spec: install
	@$(REDOCLY) lint spec/openapi.yaml generated/openapi.json --config redocly.yaml --format=stylish 2>&1 | $(REDOCLY_QUIET); exit $${PIPESTATUS[0]}
	@$(NPX) tsx codegen/validate-split.ts spec/openapi.yaml

lint: install
	$(NPX) biome check .

typecheck: install
	$(NPX) tsc -p tsconfig.json

## Compile-time tests: test/types/pass must compile, every file of test/types/fail must not.
typetest: install
	$(NPX) tsx test/types/run.ts

test-unit: install
	$(NPX) vitest run

test: install self-contained lint-spec check-generated lint typecheck typetest test-unit docs-samples docs package-check pack-test browser-test runtimes size

demo: install
	$(NPX) tsx examples/run-demo.ts

bench: install
	$(NPX) tsx bench/run.ts

## API references in docs/api: the SDK's (TypeDoc, typedoc.json: every export documented, warnings
## are errors; it empties docs/api first), then the HTTP API's, docs/api/openapi.html: spec/openapi.yaml
## rendered by Redocly as one self-contained page (Redoc's script inlined, nothing fetched).
docs: install
	$(NPX) typedoc
	@$(REDOCLY) build-docs spec/openapi.yaml --config redocly.yaml --inlineBundle --title "Kloudless API v1 reference" --output docs/api/openapi.html 2>&1 | $(REDOCLY_QUIET); exit $${PIPESTATUS[0]}

## Every ```ts sample of README.md and docs/*.md compiles (imports rewritten to src/).
docs-samples: install
	$(NPX) tsx test/docs/extract-samples.ts

## dist/: ESM + CJS + declarations of `kloudless-ts` (tsup.config.ts); emulator/dist/: the same of
## `kloudless-emulator`, and its CLI (emulator/tsup.config.ts).
build: install
	@rm -rf dist emulator/dist
	$(NPX) tsup --silent
	cd emulator && $(NPX) tsup --silent

## The packages as published: publint and attw (every resolution mode) find no problem in either;
## dist/ is runtime-neutral.
package-check: build
	$(NPX) publint --strict
	$(NPX) attw --pack . --format table-flipped
	cd emulator && $(NPX) publint --strict
	cd emulator && $(NPX) attw --pack . --format table-flipped
	$(NPX) tsx test/package/check-dist.ts

## npm pack, install offline into a scratch project, use from require, import and TypeScript (node16, bundler).
pack-test: build
	$(NPX) tsx test/package/pack.ts

## The ESM build in headless Chromium (the OS's: $$CHROMIUM, else chromium or google-chrome on PATH) against the emulator.
browser-test: build
	$(NPX) tsx test/browser/run.ts

## The built package in every supported runtime against the emulator (docs/runtimes.md): Node 20, 22, 24, 26
## (import and require), Bun, Deno (--allow-net only), a Cloudflare Worker (workerd), headless Chromium.
## Installs the pinned runtimes into ~/.cache/kloudless-runtimes first (test/runtimes/install.ts).
runtimes: build
	$(NPX) tsx test/runtimes/run.ts

## The emulator's container image built, run as a service container and called by the SDK
## (emulator/test/docker-image.ts). Needs Docker and the node:20-slim base: not part of `make test`.
docker-test: install
	$(NPX) tsx emulator/test/docker-image.ts

## Browser entry, minified + gzipped with openapi-fetch: initial load guarded, budget reported (test/package/bundle-size.ts).
size: build
	$(NPX) tsx test/package/bundle-size.ts

clean:
	rm -rf dist emulator/dist .tmp coverage docs/api
