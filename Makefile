# Protokoll: `make demo` and `make test` do all the set-up on a fresh Debian machine.
SWIFT       ?= swift
OUT         ?= out
DEMO_INPUT  := fixtures/minutes/seed-planeringskonferens.md
APT_NEEDED  := libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev zlib1g-dev pkg-config
APT_CLIENTS := libreoffice-writer-nogui poppler-utils pandoc libxml2-utils unzip fonts-liberation2 fonts-dejavu-core python3-docx python3-uno
# module=package: pikepdf checks PDF/A structure, pyHanko signs and validates, eark-validator checks E-ARK packages.
PIP_CLIENTS := pikepdf=pikepdf pyhanko=pyhanko eark_validator=eark-validator
# Release builds link the Swift runtime and Foundation statically: a third fewer libraries to load and bind at
# every start (--version 16 → 10 ms), which a one-document conversion pays each time.
RELEASE     := -c release --static-swift-stdlib
BIN          = $(shell $(SWIFT) build $(RELEASE) --show-bin-path)/protokoll

.PHONY: deps clients build demo test bench eval fuzz clean

## Installs the C libraries the build needs (apt), only when missing.
deps:
	@scripts/apt-ensure $(APT_NEEDED)

## Installs the programs tests use to open outputs (LibreOffice, pandoc, pdftotext, xmllint, pyHanko, the E-ARK validator).
clients:
	@scripts/apt-ensure $(APT_CLIENTS)
	@scripts/pip-ensure $(PIP_CLIENTS)

build: deps
	$(SWIFT) build $(RELEASE) --product protokoll

## Converts the bundled example into every registered format under out/ (PDF when LibreOffice is installed).
demo: build
	@mkdir -p $(OUT)
	@formats=$$($(BIN) writers | cut -f1 | { command -v soffice >/dev/null && cat || grep -vx pdf; } | paste -sd, -); \
	  command -v soffice >/dev/null || echo "note: no PDF: LibreOffice is not installed (make clients installs it)"; \
	  echo "$(BIN) convert $(DEMO_INPUT) --to $$formats --output-dir $(OUT) --force"; \
	  $(BIN) convert $(DEMO_INPUT) --to $$formats --output-dir $(OUT) --force
	@ls -l $(OUT)

## Runs the whole test suite (tests that need LibreOffice or pandoc run when they are installed), then fuzzes for 60 s.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) fuzz SECONDS=60

## Fuzzing: libFuzzer over parser, typography, every writer and the validator for SECONDS (make fuzz SECONDS=600).
SECONDS ?= 60
fuzz: deps
	$(SWIFT) build -c release --product protokoll-fuzz --scratch-path .build/fuzz \
	    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	scripts/fuzz $(SECONDS)

## Speed benchmark: ratios against baselines measured in the same run.
bench: build
	$(SWIFT) build $(RELEASE) --product protokoll-bench
	$$($(SWIFT) build $(RELEASE) --show-bin-path)/protokoll-bench $(BENCH_ARGS)

## Fidelity: scores the parser against the answer keys in fixtures/eval/*/answers (tables; JSON in .build/eval.json).
eval: deps
	$(SWIFT) build $(RELEASE) --product protokoll-eval
	$$($(SWIFT) build $(RELEASE) --show-bin-path)/protokoll-eval --json .build/eval.json $(EVAL_ARGS)

clean:
	rm -rf .build $(OUT)
