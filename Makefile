# The two commands of the README, and installing. Each does its own set-up.
.PHONY: run test e2e bench setup-build setup-test install uninstall release

CARGO ?= cargo

# Start Limber (builds it first).
run: setup-build
	$(CARGO) run --release --quiet

# All tests: unit, property, integration, GUI simulator, then the release binary in a real
# window under Xvfb.
test: setup-test
	ICED_TEST_BACKEND=tiny-skia $(CARGO) test
	$(MAKE) e2e

e2e: setup-test
	$(CARGO) build --release --quiet
	scripts/e2e.sh target/release/limber
	scripts/e2e-desktop.sh target/release/limber

bench: setup-build
	$(CARGO) bench

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

# Installing like any desktop app: `make install` puts Limber in ~/.local (its menu entry,
# icon, file types and AppStream data with it); `sudo make install PREFIX=/usr/local` for
# everyone. DESTDIR stages the files for a package. `make uninstall` with the same PREFIX and
# DESTDIR removes exactly what was installed.
APP_ID := nl.limber.Limber
PREFIX ?= $(HOME)/.local
DESTDIR ?=
BINDIR := $(PREFIX)/bin
DATADIR := $(PREFIX)/share
ICON_SIZES := 16 24 32 48 64 128 256 512
INSTALLED := \
	$(BINDIR)/limber \
	$(DATADIR)/applications/$(APP_ID).desktop \
	$(DATADIR)/metainfo/$(APP_ID).metainfo.xml \
	$(DATADIR)/mime/packages/$(APP_ID).xml \
	$(DATADIR)/icons/hicolor/scalable/apps/$(APP_ID).svg \
	$(foreach s,$(ICON_SIZES),$(DATADIR)/icons/hicolor/$(s)x$(s)/apps/$(APP_ID).png)

release: setup-build
	$(CARGO) build --release --locked

install: release
	install -Dm755 target/release/limber $(DESTDIR)$(BINDIR)/limber
	@# The menu entry starts the binary by its full path: ~/.local/bin is not on every PATH.
	install -d $(DESTDIR)$(DATADIR)/applications
	sed 's|^Exec=limber |Exec=$(BINDIR)/limber |' assets/desktop/$(APP_ID).desktop \
		> $(DESTDIR)$(DATADIR)/applications/$(APP_ID).desktop
	chmod 644 $(DESTDIR)$(DATADIR)/applications/$(APP_ID).desktop
	install -Dm644 assets/desktop/$(APP_ID).metainfo.xml $(DESTDIR)$(DATADIR)/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 assets/desktop/$(APP_ID).mime.xml $(DESTDIR)$(DATADIR)/mime/packages/$(APP_ID).xml
	install -Dm644 assets/icons/$(APP_ID).svg $(DESTDIR)$(DATADIR)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for s in $(ICON_SIZES); do \
		install -Dm644 assets/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png \
			$(DESTDIR)$(DATADIR)/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png || exit 1; \
	done
	@$(MAKE) --no-print-directory refresh-caches

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	@# A staged tree (DESTDIR) also loses the folders left empty; a real one keeps them all
	@# (applications/, icons/hicolor/... are shared with other apps).
	@if [ -n "$(DESTDIR)" ]; then \
		cd "$(DESTDIR)" && for d in $(sort $(patsubst /%,%,$(dir $(INSTALLED)))); do \
			rmdir -p --ignore-fail-on-non-empty "$$d" 2>/dev/null || true; \
		done; \
	fi
	@$(MAKE) --no-print-directory refresh-caches

# The menu, the file types and the icons are cached by the desktop; a staged install
# (DESTDIR) leaves that to the package's own triggers.
.PHONY: refresh-caches
refresh-caches:
	@if [ -z "$(DESTDIR)" ]; then \
		! command -v update-mime-database >/dev/null || update-mime-database $(DATADIR)/mime; \
		! command -v update-desktop-database >/dev/null || update-desktop-database -q $(DATADIR)/applications; \
		! command -v gtk-update-icon-cache >/dev/null || gtk-update-icon-cache -qtf $(DATADIR)/icons/hicolor; \
	fi
