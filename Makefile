# Diglot: `make` builds the edition into public/, `make test` runs every test.
SWIFT  ?= swift
PYTHON ?= python3
BIN    := .build/release/diglot
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT    := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq

.PHONY: all site diglot deps test-deps test serve check bench clean

all: site

# Debian's libcmark is the Markdown parser; install it (and pkg-config, which finds it) where missing. The
# static link of diglot-serve needs libcurl's development files too: FoundationNetworking, which the preview's
# HTTP library brings in, links -lcurl.
deps:
	@if ! pkg-config --exists libcmark libcurl 2>/dev/null; then \
		echo "make: installing libcmark-dev (Debian's cmark library) and libcurl4-openssl-dev"; \
		$(SUDO) apt-get update -qq && $(APT) libcmark-dev libcurl4-openssl-dev pkg-config; \
	fi

# Linked statically: the dynamic loader's work on the Swift and Foundation libraries was half of a process's
# start (--help 27 M → 15 M instructions). With lld, as gold warns about Foundation's own use of mktemp.
diglot: deps
	$(SWIFT) build -c release --static-swift-stdlib -Xswiftc -use-ld=lld

site: diglot
	$(BIN) build

# The tests check the outputs with outside tools: xmllint (JATS against its DTD), Chromium with axe-core
# (accessibility, layout, screenshots), and the Python parsers of CSL-JSON, BibLaTeX and RIS.
test-deps: deps
	@command -v xmllint >/dev/null && command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
		$(SUDO) apt-get update -qq && $(APT) libxml2-utils chromium chromium-driver; }
	@$(PYTHON) -c "import selenium, axe_selenium_python, bibtexparser, rispy, jsonschema" 2>/dev/null || \
		$(PYTHON) -m pip install -q selenium axe-selenium-python "bibtexparser>=2" rispy jsonschema

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip PreviewServerTests --skip RebuildCommandTests
	@# The tests that time a live server or a build worker run on their own: the other tests' work on the two
	@# cores would otherwise hold up the timers they measure.
	$(SWIFT) test --skip-build --filter PreviewServerTests --filter RebuildCommandTests
	$(PYTHON) Tests/Browser/browser_checks.py

serve: diglot
	$(BIN) serve

check: diglot
	$(BIN) check

bench: diglot
	$(PYTHON) scripts/bench.py

clean:
	rm -rf .build .bench
