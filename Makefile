# Diglot: `make` builds the edition into public/, `make test` runs every test.
SWIFT  ?= swift
BIN    := .build/release/diglot
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all site diglot deps test-deps test serve check bench clean

all: site

# Debian's libcmark is the Markdown parser; install it (and pkg-config, which finds it) where missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "make: installing libcmark-dev (Debian's cmark library)"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

diglot: deps
	$(SWIFT) build -c release --product diglot

site: diglot
	$(BIN) build

# The tests check the outputs with outside tools: xmllint (JATS against its DTD).
test-deps: deps
	@if ! command -v xmllint >/dev/null; then \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils; \
	fi

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

serve: diglot
	$(BIN) serve

check: diglot
	$(BIN) check

bench: diglot
	python3 scripts/bench.py

clean:
	rm -rf .build
