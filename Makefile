# Hearsay: `make run` opens the bundled sample, `make test` runs every test.
# Both install what they need (libncurses-dev, tmux) with apt-get when missing.

SWIFT    ?= swift
SHARED   ?= ../shared
BIN_DIR   = .build/release
HEARSAY   = $(BIN_DIR)/hearsay
APT_GET   = $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)

.PHONY: all run test test-large test-install build release deps embed check-embedded eval bench bench-smoke install uninstall man clean

all: build

# System packages the terminal reader, its end-to-end tests, the benchmarks and the export
# validators need (tmux, xmllint; jsonschema and html5lib from PyPI).
deps:
	@if ! dpkg -s libncurses-dev >/dev/null 2>&1 || ! command -v tmux >/dev/null 2>&1 || ! command -v xmllint >/dev/null 2>&1 || ! command -v less >/dev/null 2>&1 || ! dpkg -s ncurses-term >/dev/null 2>&1; then \
		echo "Installing libncurses-dev, tmux, libxml2-utils (xmllint, for the export tests), less (the benchmarks' peer) and ncurses-term (direct-colour terminfo)..."; \
		DEBIAN_FRONTEND=noninteractive $(APT_GET) update -qq && \
		DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq libncurses-dev tmux libxml2-utils less ncurses-term >/dev/null; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || { echo "Installing jsonschema (annotation format tests)..."; python3 -m pip install --quiet 'jsonschema>=4'; }
	@python3 -c 'import html5lib' 2>/dev/null || { echo "Installing html5lib (HTML export tests)..."; python3 -m pip install --quiet html5lib; }

build: deps
	$(SWIFT) build

# The Swift runtime linked in (no Foundation, see docs/DECISIONS.md 33): the
# binary runs where Swift is not installed, and starts 2-3 ms sooner.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

run: release
	$(HEARSAY)

# Unit, end-to-end and gold tests; then the analyzer's quality bar when the
# shared gold data is beside the repository (CI has it).
test: deps check-embedded
	SWIFT_BACKTRACE=interactive=no $(SWIFT) test --parallel
	@if [ -d "$(SHARED)/gold" ]; then $(MAKE) --no-print-directory eval; \
	else echo "($(SHARED)/gold not found: skipping the gold evaluation)"; fi
	$(MAKE) --no-print-directory test-large
	$(MAKE) --no-print-directory bench-smoke
	$(MAKE) --no-print-directory test-install

# A 100 MB file and a 20 MB single line must finish (no quadratic step).
test-large: release
	scripts/test-large-input

# Regenerate the Swift copy of Data/ and Samples/ compiled into the binary.
embed:
	python3 scripts/embed-data.py

check-embedded:
	@python3 scripts/embed-data.py --check

# Quote F1, speaker accuracy and actor F1 on the gold files; fails below the bar.
eval: release
	python3 $(SHARED)/tools/eval_analysis.py \
		--cmd '$(HEARSAY) analyze {file} --format json' \
		--min-quote-f1 0.97 --min-speaker-acc 0.90 --min-actor-f1 0.85 \
		$(SHARED)/gold/seed-editorial.gold.json $(SHARED)/gold/gum-dev.jsonl

bench: release
	bench/run

# Every benchmark once on tiny inputs: keeps the scripts working (figures are not checked).
bench-smoke: release
	bench/run --smoke --output "$${TMPDIR:-/tmp}/hearsay-bench-smoke.md"

clean:
	rm -rf .build

# Installation: `make install PREFIX=~/.local` (default /usr/local; DESTDIR for
# packagers). The binary has the Swift runtime linked in and the themes built
# in; the theme files are installed as examples to copy and change.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
SHAREDIR = $(DESTDIR)$(PREFIX)/share/hearsay
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
BUILT = .build/release/hearsay

man: release
	@mkdir -p .build/share
	scripts/make-man --binary $(BUILT) --output .build/share/hearsay.1

install: release man
	install -d "$(BINDIR)" "$(MANDIR)" "$(SHAREDIR)/themes" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 $(BUILT) "$(BINDIR)/hearsay"
	install -m 644 .build/share/hearsay.1 "$(MANDIR)/hearsay.1"
	install -m 644 Themes/*.json "$(SHAREDIR)/themes/"
	$(BUILT) --generate-completion-script bash > "$(BASHDIR)/hearsay"
	$(BUILT) --generate-completion-script zsh > "$(ZSHDIR)/_hearsay"
	$(BUILT) --generate-completion-script fish > "$(FISHDIR)/hearsay.fish"
	@echo "Installed hearsay in $(BINDIR); man hearsay; shell completions for bash, zsh and fish."

uninstall:
	rm -f "$(BINDIR)/hearsay" "$(MANDIR)/hearsay.1" "$(BASHDIR)/hearsay" "$(ZSHDIR)/_hearsay" "$(FISHDIR)/hearsay.fish"
	rm -rf "$(SHAREDIR)"

# Installs into a temporary prefix and checks the installed program works there.
test-install: release
	scripts/test-install
