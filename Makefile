# pyjit build, test and benchmark targets.
GO ?= go
PYTHON ?= python3
BIN := bin/pyjit

.PHONY: build test unit conformance golden fuzz bench lint

build:
	$(GO) build -o $(BIN) ./cmd/pyjit

# test runs everything CI runs: vet, unit tests and the conformance suite.
test: build lint unit conformance

unit:
	$(GO) test ./...

# conformance runs every program in tests/conformance under pyjit and
# compares stdout, stderr and exit status with the checked-in expectations.
conformance: build
	$(GO) run ./tests/runner -pyjit $(BIN) tests/conformance

# golden regenerates the expected outputs by running CPython 3.11.
golden:
	$(GO) run ./tests/runner -golden -python $(PYTHON) tests/conformance

fuzz:
	$(GO) test ./vm/syntax -run=^$$ -fuzz=FuzzParse -fuzztime=2m

bench: build
	$(GO) test ./vm -run=^$$ -bench=. -benchmem

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
