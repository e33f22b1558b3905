# Watchfloor — `make run` opens the dashboard on a demo store, `make test` runs every test.
SWIFT        ?= swift
APT_PACKAGES := libncurses-dev libsqlite3-dev tmux sqlite3
BIN_DEBUG    := .build/debug/watchfloor
BIN_RELEASE  := .build/release/watchfloor

.PHONY: deps build release run test unit e2e bench soak check fuzz clean

## deps: install missing system packages (as root), or print the command to do it
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "missing system packages:$$missing"; \
	    echo "run: sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift not found: install Swift 6 from swift.org and put it on PATH"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## run: build a release binary and open the dashboard on a demo store
run: release
	$(BIN_RELEASE) demo

## test: unit and integration tests (swift test), then the end-to-end tests in a real terminal
test: deps
	$(SWIFT) test
	$(MAKE) --no-print-directory e2e

e2e: build
	@if ls Tests/e2e/*.sh >/dev/null 2>&1; then \
	  for t in Tests/e2e/*.sh; do echo "e2e: $$t"; bash $$t $(BIN_DEBUG) || exit 1; done; \
	fi

## bench: release build, synthetic stores (cached in bench/cache/), the measurements; writes bench/results/latest.json
BENCH_VENV := bench/.venv
bench: release $(BENCH_VENV)/ok
	$(BENCH_VENV)/bin/python bench/run.py --binary $(BIN_RELEASE) $(BENCH_ARGS)

$(BENCH_VENV)/ok: bench/requirements.txt
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q --disable-pip-version-check -r bench/requirements.txt
	touch $@

## soak: (not in CI) 10 minutes of replay; reports the memory of ingest --watch and the dashboard
soak: release
	bash Tests/soak/soak.sh $(BIN_RELEASE)

## check: the whole test suite again under AddressSanitizer, then ThreadSanitizer (own build dirs)
check: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

## fuzz: libFuzzer on each parser for FUZZ_SECONDS; new inputs are kept in Fuzz/Corpus/<target>
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzArticle FuzzCSV FuzzFilter FuzzTheme
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
	@mkdir -p Fuzz/Artifacts
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  Fuzz/.build/release/$$t Fuzz/Corpus/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=Fuzz/Artifacts/$$t- || exit 1; \
	done

clean:
	rm -rf .build .build-asan .build-tsan Fuzz/.build
