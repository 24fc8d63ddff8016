# Every target works on a fresh clone: `install` runs first where needed.
SHELL := /bin/bash
NPX := npx --no-install
STAMP := node_modules/.install-stamp

.PHONY: install generate check-generated lint-spec lint typecheck typetest test-unit test demo bench docs build clean

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

## Lint the bundled spec (Redocly) on top of the codegen's own validation.
lint-spec: install
	@$(NPX) redocly lint generated/openapi.json --config redocly.yaml --format=stylish 2>&1 | grep -v "^\s*[║╔╚]" | grep -v "^\s*$$"; exit $${PIPESTATUS[0]}

lint: install
	$(NPX) biome check .

typecheck: install
	$(NPX) tsc -p tsconfig.json

## Compile-time tests: test/types/pass must compile, every file of test/types/fail must not.
typetest: install
	$(NPX) tsx test/types/run.ts

test-unit: install
	$(NPX) vitest run

test: install lint-spec check-generated lint typecheck typetest test-unit

demo: install
	$(NPX) tsx examples/run-demo.ts

bench: install
	$(NPX) tsx bench/run.ts

docs: install
	$(NPX) typedoc

build: install
	$(NPX) tsup

clean:
	rm -rf dist .tmp coverage docs/api
