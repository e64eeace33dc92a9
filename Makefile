# The two commands of the README. Each does its own set-up.
.PHONY: run test e2e bench setup-build setup-test

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

bench: setup-build
	$(CARGO) bench

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test
