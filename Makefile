# pulje: the two Quick-start commands are `make report` and `make test`.
SWIFT ?= swift
PULJE_DEBUG = .build/debug/pulje
PULJE_RELEASE = .build/release/pulje

.PHONY: report test build release deps fixtures catalogue bench clean

# Installs libcsv-dev when its header is missing (Debian; needs root or sudo).
deps:
	@if [ ! -f /usr/include/csv.h ]; then \
		echo "Installing libcsv-dev (the C CSV parser pulje reads with)"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcsv-dev; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product pulje

# The main job: validate and summarise the bundled evaluation data into reports/evaluation/.
report: release
	$(PULJE_RELEASE) report Fixtures/evaluation --out reports/evaluation
	$(PULJE_RELEASE) diff Fixtures/evaluation --from udbredelse --to virkning \
		--out reports/evaluation-diff-udbredelse-virkning

# The command-line checks (exit codes, no CPR digits in any output), a short seeded fuzz run
# over the fixtures (README, Hardening), then the test suite.
test: deps
	$(SWIFT) build --product pulje
	scripts/check-cli
	$(SWIFT) build --product pulje-fuzz
	.build/debug/pulje-fuzz --runs 500
	$(SWIFT) test

# Regenerates Fixtures/evaluation with the seeded generator (commit the result).
fixtures: build
	$(PULJE_DEBUG) generate --out Fixtures/evaluation

# Re-embeds Fixtures/catalogue into the engine after editing it.
catalogue:
	scripts/embed-catalogue

# Scale benchmark: pulje report against DuckDB and libcsv on a national data set (README).
bench: deps
	scripts/bench/run

clean:
	rm -rf .build
