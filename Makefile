# pulje: the two Quick-start commands are `make report` and `make test`.
SWIFT ?= swift
PULJE_DEBUG = .build/debug/pulje
PULJE_RELEASE = .build/release/pulje

.PHONY: report test build release deps fixtures catalogue bench attack format clean

# Installs what is missing (Debian; needs root or sudo): libcsv-dev, the C CSV parser pulje
# reads with; libglpk-dev, the solver behind the disclosure audit; zlib1g-dev, which
# ZIPFoundation unpacks .xlsx workbooks with (and the tests decode PNG screenshots with);
# libxml2, under Foundation's XMLParser (FoundationXML), which reads their XML; chromium, with
# which the tests render report.html to a PNG and `make report` takes its screenshot;
# libreoffice-calc-nogui (about 90 MB), which the tests save .xlsx sheets with as an office would;
# libxlsxwriter-dev, the C library pulje writes .xlsx workbooks with (templates, --format xlsx);
# poppler-utils, whose pdftotext the tests read the data report's PDF with.
deps:
	@missing=""; \
	[ -f /usr/include/csv.h ] || missing="$$missing libcsv-dev"; \
	[ -f /usr/include/glpk.h ] || missing="$$missing libglpk-dev"; \
	[ -f /usr/include/zlib.h ] || missing="$$missing zlib1g-dev"; \
	[ -f /usr/include/xlsxwriter.h ] || missing="$$missing libxlsxwriter-dev"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	[ -n "$$(ls /usr/lib/*/libxml2.so.2 /usr/lib/libxml2.so.2 2>/dev/null)" ] || missing="$$missing libxml2"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-calc-nogui"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product pulje

# The main job: validate and summarise the bundled evaluation data into reports/evaluation/
# (summary.txt, the CSV tables, report.html and its screenshot), the example diff, and the
# disclosure audit of both from their files alone (exit 1 if a hidden count is too narrow).
report: release
	$(PULJE_RELEASE) report Fixtures/evaluation --format text,csv,html --out reports/evaluation
	scripts/screenshot reports/evaluation/report.html reports/evaluation-report.png
	$(PULJE_RELEASE) diff Fixtures/evaluation --from udbredelse --to virkning \
		--out reports/evaluation-diff-udbredelse-virkning
	$(PULJE_RELEASE) audit reports/evaluation reports/evaluation-diff-udbredelse-virkning

# The formatter check (.swift-format; `make format` rewrites), the wording check (no language
# chosen outside Sources/PuljeKit/Wording), the command-line checks (exit codes, no CPR digits
# in any output, --out refusals), a short
# kill loop (README, Report folders), a short seeded fuzz run over the fixtures (README,
# Hardening), the disclosure attacker on 40 seeded data sets (`make attack` runs 1,000), then
# the test suite.
test: deps
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	scripts/check-wording
	$(SWIFT) build --product pulje
	scripts/check-cli
	PULJE=$(PULJE_DEBUG) scripts/kill-loop 20
	$(SWIFT) build --product pulje-fuzz
	.build/debug/pulje-fuzz --runs 500
	PYTHON=$$(scripts/attack/python) scripts/attack/run 40 $(PULJE_DEBUG)
	$(SWIFT) test

# Formats every Swift file by the repository's .swift-format (what `make test` checks).
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

# The independent disclosure attacker with the release build (README, Suppression across linked
# tables): ATTACK_SETS seeded data sets (default 1000) and the bundled data.
ATTACK_SETS ?= 1000
attack: release
	PYTHON=$$(scripts/attack/python) scripts/attack/run $(ATTACK_SETS) $(PULJE_RELEASE)

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
