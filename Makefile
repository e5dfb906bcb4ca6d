# Looplab's two commands are `make serve` and `make test`; the rest are their parts.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c

# Tools that scripts/bootstrap installs: cargo's bin dir, and npm's for wasm-opt (binaryen).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# wasm-bindgen-test-runner drives headless Chromium through chromedriver.
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON ?= $(CURDIR)/tests/webdriver.json

PORT ?= 8080
WASM := --target wasm32-unknown-unknown

.PHONY: serve test bootstrap lint test-native test-browser build test-e2e size bench fuzz fuzz-diff fuzz-goldens fuzz-cargo need-python312 regen-tables
# The steps share cargo's target dir and the browser; run them one after another.
.NOTPARALLEL:

## serve: install what is missing, build, and serve the app on http://127.0.0.1:$(PORT)/
serve: bootstrap
	@echo "Looplab will be at http://127.0.0.1:$(PORT)/ once it is built (Ctrl-C stops it)."
	trunk serve --port $(PORT)

## test: install what is missing, then run every check and test layer, in this order
test: bootstrap lint test-native test-browser test-e2e
	@echo "make test: every layer passed"

bootstrap:
	@./scripts/bootstrap

lint: bootstrap
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --all-targets --locked $(WASM) -- -D warnings

## test-native: logic, CLI, and components rendered with yew's server-side renderer
test-native: bootstrap
	cargo test --locked
	cargo run --locked --quiet -- curriculum check

## test-browser: wasm-bindgen-test in headless Chromium
test-browser: bootstrap
	cargo test --locked $(WASM) --test browser

## build: the release site, into dist/
build: bootstrap
	trunk build --release

## test-e2e: Playwright drives the release build in Chromium (screenshots in target/e2e/)
test-e2e: build
	npm run --silent e2e

## size: what a visitor downloads, gzipped
size: build
	@./scripts/size dist

## bench: the front end (a 10,000-line program) and the runtime (whole programs), Looplab against CPython 3.12
bench:
	cargo bench --locked --bench frontend
	cargo bench --locked --bench runtime

## fuzz: the differential fuzzer, then cargo fuzz, each for FUZZ_SECONDS (default 600): random asyncio
## programs (seeded, from FUZZ_FROM; FUZZ_SEEDS=N runs N seeds instead of a time) run on CPython 3.12
## and on Looplab; each mismatch is saved, with both outputs, in target/fuzz-diff/seed-N/, and the
## first of each signature reduced there (reduced.py). Needs python3.12 (PYENV_VERSION=3.12.1).
FUZZ_SECONDS ?= 600
FUZZ_FROM ?= 0
FUZZ_JOBS ?= 2
fuzz:
	@status=0; $(MAKE) --no-print-directory fuzz-diff || status=$$?; \
	$(MAKE) --no-print-directory fuzz-cargo; exit $$status

## fuzz-diff: the differential fuzzer alone (crates/difftest; `difftest --help` for its other commands)
fuzz-diff: need-python312
	cargo build --release --locked --bin looplab --bin difftest
	./target/release/difftest run --from $(FUZZ_FROM) --jobs $(FUZZ_JOBS) \
		$(if $(FUZZ_SEEDS),--seeds $(FUZZ_SEEDS),--seconds $(FUZZ_SECONDS))

## fuzz-goldens: pick again the 40 fuzz seeds that make test replays (tests/fuzz/, see its README)
fuzz-goldens: need-python312
	cargo build --release --locked --bin looplab --bin difftest
	./target/release/difftest goldens --from 0 --count 40

# The differential fuzzer's targets run the oracle: CPython 3.12.
need-python312:
	@$(PYTHON312) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null || { \
		echo "make $(MAKECMDGOALS) needs CPython 3.12 as python3.12 (pyenv: PYENV_VERSION=3.12.1)" >&2; \
		exit 1; }

## fuzz-cargo: coverage-guided fuzzing (FUZZ_SECONDS) of the front end (FUZZ_TARGET=compile,
## the default) or of whole programs run on the simulated loop with tight limits (FUZZ_TARGET=run).
## The run target does not report leaks: the VM counts references, so a program's reference
## cycles (a task and its exception's traceback) outlive the run; they are a finding of their own.
FUZZ_TARGET ?= compile
fuzz-cargo:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
	@mkdir -p fuzz/corpus/$(FUZZ_TARGET)
	@if [ "$(FUZZ_TARGET)" = run ]; then cp tests/programs/*.py tests/builtins/*.py fuzz/corpus/run/; \
	else cp tests/programs/*.py tests/syntax_errors/*.py fuzz/corpus/$(FUZZ_TARGET)/; fi
	RUSTC_BOOTSTRAP=1 cargo fuzz run $(FUZZ_TARGET) fuzz/corpus/$(FUZZ_TARGET) -- \
		-max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -print_final_stats=1 \
		$(if $(filter run,$(FUZZ_TARGET)),-detect_leaks=0)

## regen-tables: rebuild crates/pycore/tests/tables/ from CPython 3.12 and check the generated tables in crates/pycore/src/
# The generators are in scripts/tables/ (see its README). Every table is written to a temporary
# file first, so a failing generator leaves the committed table as it was.
PYTHON312 := env PYENV_VERSION=3.12.1 python3.12
# Generators that write their own files into $(TABLES)/ (format.py prints its one table).
TABLES := crates/pycore/tests/tables
TABLE_GENERATORS := correctly_rounded int random_module set_table strings
regen-tables:
	@$(PYTHON312) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null || { \
		echo "make regen-tables needs CPython 3.12 as python3.12 (pyenv: PYENV_VERSION=3.12.1)" >&2; \
		exit 1; }
	$(PYTHON312) scripts/tables/format.py > $(TABLES)/format.txt.new
	mv $(TABLES)/format.txt.new $(TABLES)/format.txt
	for generator in $(TABLE_GENERATORS); do \
		$(PYTHON312) scripts/tables/$$generator.py $(TABLES); \
	done
	$(PYTHON312) scripts/tables/unicode.py check
