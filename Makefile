# pyjit build, test and benchmark targets.
GO ?= go
PYTHON ?= python3
BIN := bin/pyjit

.PHONY: pgo build test test-arm64 test-arm64-short unit-arm64 build-arm64 bench-arm64 qemu-arm64 unit conformance golden sigs builtindocs astnodes errnos unicodedata methods compile-stdlib cpython-tests cpython-tests-ci fuzz fuzz-runtime fuzz-runtime-short fuzz-diff bench lint compile-scaling limits race

# Go's own linker, not the C toolchain's: with cgo (vm/internal/libm) the
# external link lays the binary out so that about 1.5 MB more of it is
# resident at run time (docs/dependencies.md). The binary's default
# GODEBUG has the runtime hand memory back with MADV_FREE: with
# MADV_DONTNEED the pages it returns between collections are faulted in
# again at once (docs/performance.md, "Memory handed back and faulted in
# again"); GODEBUG=madvdontneed=1 in the environment still wins.
LDFLAGS := -linkmode=internal -X=runtime.godebugDefault=madvdontneed=0

build:
	$(GO) build -ldflags='$(LDFLAGS)' -o $(BIN) ./cmd/pyjit

# pgo records the CPU profile that go build uses to optimize pyjit
# (cmd/pyjit/default.pgo, see docs/design.md): the Go runtime's profile
# while pyjit runs its own benchmark programs in bench/programs, each with
# tier 1 alone and with the JIT (the default), so that the interpreter's
# paths weigh as much as the JIT's. Record it again after large changes
# to the interpreter loop: the profile names call sites by their line
# offset in the function, and sites that moved lose their weight.
PGO_DIR := $(or $(TMPDIR),/tmp)/pyjit-pgo
pgo: build
	rm -rf $(PGO_DIR) && mkdir -p $(PGO_DIR)
	for f in bench/programs/*.py; do \
		$(BIN) run --no-jit --goprofile $(PGO_DIR)/$$(basename $$f .py)-tier1.prof $$f > /dev/null || exit 1; \
		$(BIN) run --goprofile $(PGO_DIR)/$$(basename $$f .py).prof $$f > /dev/null || exit 1; \
	done
	$(GO) tool pprof -proto $(PGO_DIR)/*.prof > cmd/pyjit/default.pgo

# test runs everything CI runs: vet (for amd64 and arm64), unit tests, the
# conformance suite, a short run of the runtime fuzzer, the reduced set of
# CPython's own tests and the short arm64 run under qemu.
test: build lint unit conformance fuzz-runtime-short cpython-tests-ci test-arm64-short

# The embedding API and the interpreter also run under the race detector:
# interpreters on several goroutines must share no unsynchronized state.
unit:
	$(GO) test ./...
	$(GO) test -race . ./vm

# race runs every conformance program in interpreters on several goroutines
# at once under the race detector (unit runs a sample of them).
race:
	$(GO) test -race -run TestConformanceConcurrently -count=1 -concurrent-all .

# test-arm64 runs the JIT on arm64 under qemu-user emulation: the unit
# tests of the arm64 backend, the jit packages and cache (native code run
# natively, the randomized differential test of the backend included), the
# cache stress test again with the collector's checkmark verification,
# then bin/pyjit-arm64 on the whole conformance suite with the JIT at
# threshold 1 and the differential fuzzer for FUZZDIFF_ARM64_TIME. The
# fuzzer compares the JIT with arm64's own generic interpreter, not with
# CPython on amd64, whose libm rounds some results differently.
# bench-arm64 times the JIT and tier 1 against arm64's own generic
# interpreter under qemu (python3 would run natively: no comparison):
# BENCH_ARM64 of the project's programs and PYPERF_ARM64 of the
# pyperformance programs in PYPERFORMANCE, one run each (emulation is
# slow; about 20 minutes on the 2-core machine).
# qemu-arm64 installs Debian's qemu-user and the arm64 cross C compiler
# (pyjit's math module calls the C library's libm through cgo) with
# apt-get when they are missing. bin/pyjit-arm64-qemu runs bin/pyjit-arm64
# under qemu with the cross C library for the runners, and names itself in
# PYJIT_EXECUTABLE so that pyjit can start itself again (sys.executable, the
# tiers of `pyjit bench`): qemu-user cannot exec an arm64 binary without
# binfmt. test-arm64-short,
# part of `make test`, is the unit tests and the programs of ARM64_SHORT
# (docs/testing.md gives the times).
#
# ARM64_SKIP are the programs whose expected output, recorded by CPython on
# amd64, differs on arm64 whatever the interpreter: inf - inf is a NaN
# with the sign bit clear on arm64 (set on amd64), and the C library's
# arm64 libm rounds a few cbrt, acos and log results in the last bit
# otherwise (fused multiply-adds).
QEMU_AARCH64 ?= qemu-aarch64
ARM64_CC ?= aarch64-linux-gnu-gcc
ARM64_SYSROOT ?= /usr/aarch64-linux-gnu
ARM64_BIN := bin/pyjit-arm64
ARM64_RUN := bin/pyjit-arm64-qemu
ARM64_PKGS := ./arm64 ./cache ./jit/...
ARM64_MODE := --jit --jit-threshold 1
ARM64_CACHE := $(or $(TMPDIR),/tmp)/pyjit-arm64-conformance-cache
# ARM64_SYSCONFIGDATA is the build-variables module sysconfig reads under
# qemu: the host's standard library is amd64's, which has no
# _sysconfigdata__aarch64-linux-gnu (pydoc and help() import sysconfig).
ARM64_SYSCONFIGDATA ?= _sysconfigdata__x86_64-linux-gnu
ARM64_SKIP := tests/conformance/float_nan_identity.py tests/conformance/cmath_testcases.py tests/conformance/math_libm_bits.py
ARM64_PROGRAMS = $(filter-out $(ARM64_SKIP),$(wildcard $(addsuffix /*.py,$(CONFORMANCE_DIRS))))
ARM64_SHORT := tests/conformance/jit_*.py bench/programs/nbody.py bench/programs/float.py bench/programs/fannkuch.py bench/programs/spectral_norm.py
FUZZDIFF_ARM64_TIME ?= 3m

qemu-arm64:
	@command -v $(QEMU_AARCH64) >/dev/null || (apt-get update && apt-get install -y qemu-user)
	@command -v $(ARM64_CC) >/dev/null || (apt-get update && apt-get install -y gcc-aarch64-linux-gnu)

build-arm64: qemu-arm64
	GOARCH=arm64 CGO_ENABLED=1 CC=$(ARM64_CC) $(GO) build -ldflags='$(LDFLAGS)' -o $(ARM64_BIN) ./cmd/pyjit
	printf '#!/bin/sh\nexport PYJIT_EXECUTABLE="$$(realpath "$$0")"\nexport _PYTHON_SYSCONFIGDATA_NAME="$${_PYTHON_SYSCONFIGDATA_NAME:-%s}"\nexec %s -L %s "$$(dirname "$$PYJIT_EXECUTABLE")/pyjit-arm64" "$$@"\n' "$(ARM64_SYSCONFIGDATA)" "$(QEMU_AARCH64)" "$(ARM64_SYSROOT)" > $(ARM64_RUN)
	chmod +x $(ARM64_RUN)

unit-arm64: qemu-arm64
	GOARCH=arm64 $(GO) test -exec $(QEMU_AARCH64) $(ARM64_PKGS)
	GOARCH=arm64 $(GO) test -exec "env GODEBUG=gccheckmark=1 $(QEMU_AARCH64)" -run '^TestStress$$' -count=1 ./cache

test-arm64: unit-arm64 build-arm64
	$(GO) run ./tests/runner -pyjit $(ARM64_RUN) -cachedir $(ARM64_CACHE) -timeout 5m -modes "$(ARM64_MODE)" $(ARM64_PROGRAMS)
	$(GO) run ./tests/fuzzdiff -pyjit $(ARM64_RUN) -reference-pyjit $(ARM64_RUN) -duration $(FUZZDIFF_ARM64_TIME) -timeout 2m -modes "$(ARM64_MODE)" -out bin/fuzzdiff-arm64-finds

test-arm64-short: build-arm64
	GOARCH=arm64 $(GO) test -short -exec $(QEMU_AARCH64) $(ARM64_PKGS)
	$(GO) run ./tests/runner -pyjit $(ARM64_RUN) -cachedir $(ARM64_CACHE) -timeout 5m -modes "$(ARM64_MODE)" $(ARM64_SHORT)

PYPERFORMANCE ?= ../shared/pyperformance
BENCH_ARM64 ?= nbody float spectral_norm fannkuch richards chaos deltablue generators call_simple call_method
PYPERF_ARM64 ?= nbody float spectral_norm fannkuch richards chaos deltablue generators call_simple call_method go hexiom

bench-arm64: build-arm64
	$(ARM64_RUN) bench --tier all --compare none --reference pyjit-interp --runs 1 $(BENCH_ARM64) $(foreach p,$(PYPERF_ARM64),$(PYPERFORMANCE)/bm_$(p).py)

# conformance runs every program in tests/conformance under pyjit and
# compares stdout, stderr and exit status with the checked-in expectations.
# The benchmark programs are part of the suite too, and so are the
# sessions at the interactive prompt in tests/interactive. Every program runs
# four times: as run by default (tier 2 on), with tier 1 alone (--no-jit), on the
# generic interpreter alone, and with tier 2 compiling every loop it can at
# its first back edge.
CONFORMANCE_DIRS := tests/conformance tests/interactive bench/programs
CONFORMANCE_MODES := ,--no-jit,--no-specialize --no-jit,--jit --jit-threshold 1

conformance: build
	$(GO) run ./tests/runner -pyjit $(BIN) -modes "$(CONFORMANCE_MODES)" $(CONFORMANCE_DIRS)

# golden regenerates the expected outputs by running CPython 3.11.
golden:
	$(GO) run ./tests/runner -golden -python $(PYTHON) $(CONFORMANCE_DIRS)

# sigs regenerates the signatures of builtin functions and methods
# (vm/argspec_gen.go) from CPython 3.11.
sigs:
	$(PYTHON) tools/gensig.py | gofmt > vm/argspec_gen.go

# builtindocs regenerates the docstrings of the builtin functions, types
# and methods (vm/builtindocs_gen.go) from CPython 3.11.
builtindocs:
	$(PYTHON) tools/gendocs.py | gofmt > vm/builtindocs_gen.go

# astnodes regenerates the node classes of the _ast module
# (vm/astnodes_gen.go) from CPython 3.11.
astnodes:
	$(PYTHON) tools/genast.py | gofmt > vm/astnodes_gen.go

# errnos regenerates the errno names and messages (vm/errnos) from
# CPython 3.11 on Linux.
errnos:
	$(PYTHON) tools/generrno.py | gofmt > vm/errnos/table_linux.go

# unicodedata regenerates the Unicode database of CPython 3.11 (Unicode
# 14.0.0 and 3.2.0: properties, names, decompositions) that the unicodedata
# module, \N{...} escapes and str's predicates use (vm/lib/ucd/tables_gen.go).
unicodedata:
	$(PYTHON) tools/genucd.py | gofmt > vm/lib/ucd/tables_gen.go

# methods regenerates the conformance programs that call every method of
# str, bytes, list, tuple, dict, set, int and float on edge inputs
# (tests/conformance/methods_<type>.py, from tools/genmethods.py) and
# records their expectations from CPython.
METHODS_TYPES := str bytes list tuple dict set int float
methods:
	$(PYTHON) tools/genmethods.py
	$(GO) run ./tests/runner -golden -python $(PYTHON) $(foreach t,$(METHODS_TYPES),tests/conformance/methods_$(t).py)

# fuzz runs the parser, compiler and code-cache decoder fuzzers; new corpus entries land in
# the Go cache (copy them to testdata/fuzz to keep them).
FUZZTIME ?= 2m
fuzz:
	$(GO) test ./vm/syntax -run=^$$ -fuzz=FuzzParse -fuzztime=$(FUZZTIME) -fuzzminimizetime=1s
	$(GO) test ./vm/compile -run=^$$ -fuzz=FuzzCompile -fuzztime=$(FUZZTIME) -fuzzminimizetime=1s
	$(GO) test ./vm/codecache -run=^$$ -fuzz=FuzzDecode -fuzztime=$(FUZZTIME) -fuzzminimizetime=1s

# fuzz-runtime compares pyjit with CPython on generated programs that call
# every method of the builtin types and every builtin function with awkward
# arguments and apply every operator to awkward operands (tests/fuzzruntime).
# Reduced failing cases, one per failure signature, and SUMMARY.md land in
# FUZZOUT (bin/ is not tracked). fuzz-runtime-short, part of `make test`,
# is a fixed-seed run of about a minute that fails on a crash, an internal
# error or a hang (differences in results are listed in FUZZOUT).
FUZZRUNTIME_TIME ?= 10m
FUZZOUT ?= bin/fuzz-finds
fuzz-runtime: build
	$(GO) run ./tests/fuzzruntime -pyjit $(BIN) -python $(PYTHON) -duration $(FUZZRUNTIME_TIME) -out $(FUZZOUT) -keep-going

fuzz-runtime-short: build
	$(GO) run ./tests/fuzzruntime -pyjit $(BIN) -python $(PYTHON) -seed 1 -n 20 -crash-only -out $(FUZZOUT)

# fuzz-diff compares pyjit with CPython on random whole programs (calls,
# classes, exceptions, generators, and methods, classes and globals changed
# while hot loops run) from tests/fuzzdiff. Reduced failing programs, one per
# failure signature, and SUMMARY.md land in FUZZDIFF_OUT. Not part of `make
# test`.
FUZZDIFF_TIME ?= 10m
FUZZDIFF_OUT ?= bin/fuzzdiff-finds
fuzz-diff: build
	$(GO) run ./tests/fuzzdiff -pyjit $(BIN) -python $(PYTHON) -duration $(FUZZDIFF_TIME) -out $(FUZZDIFF_OUT) -keep-going

# cpython-tests runs modules of CPython 3.11's own regression tests
# (/usr/lib/python3.11/test, from libpython3.11-testsuite) under pyjit with
# unittest, each in its own process under a time limit, and writes the table
# of tests run, passed, failed, in error and skipped per module to
# docs/conformance.md (tests/cpythontests). cpython-tests-ci, part of `make
# test`, runs a reduced set of modules that pass fully and fails on any
# failure or error among them.
CPYTESTS_LOGS ?= bin/cpython-tests
cpython-tests: build
	$(GO) run ./tests/cpythontests -pyjit $(BIN) -logdir $(CPYTESTS_LOGS) -out docs/conformance.md

cpython-tests-ci: build
	$(GO) run ./tests/cpythontests -pyjit $(BIN) -set ci -timeout 2m -check -out /dev/null

# compile-stdlib compiles every .py file of CPython 3.11's standard library
# and test suite (/usr/lib/python3.11, from libpython3.11-stdlib and
# libpython3.11-testsuite) with compile() under CPython and under pyjit, and
# lists the files where the two disagree (accepted by one and not the
# other, or rejected with another message or line).
STDLIB_DIR ?= /usr/lib/python3.11
compile-stdlib: build
	$(PYTHON) tools/compileall.py $(STDLIB_DIR) > $(PGO_DIR)-compile-cpython.txt 2>/dev/null
	$(BIN) run tools/compileall.py $(STDLIB_DIR) > $(PGO_DIR)-compile-pyjit.txt 2>/dev/null
	@echo "files: $$(wc -l < $(PGO_DIR)-compile-cpython.txt), rejected by CPython: $$(grep -vc ' ok$$' $(PGO_DIR)-compile-cpython.txt)"
	diff $(PGO_DIR)-compile-cpython.txt $(PGO_DIR)-compile-pyjit.txt && echo "pyjit agrees on every file"

# compile-scaling compiles long sources of many shapes (long literals,
# operator chains, many statements and jumps) at sizes n and 4n and prints
# the time ratios, side by side with CPython's compile(): near 4 is linear.
# The same shapes are a Go benchmark: go test ./vm/compile -bench=CompileScaling
SCALE_N ?= 100000
compile-scaling:
	$(GO) run ./tests/compilescale -n $(SCALE_N) -python "$(PYTHON)"

# bench is the main job: every benchmark program, side by side with the
# other interpreters found on the machine, then the Go call-path benchmarks.
bench: build
	$(BIN) bench --runs 3
	$(GO) test ./vm -run=^$$ -bench=. -benchmem

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOARCH=arm64 $(GO) vet ./...

# limits runs the matrix of hostile scripts against the embedding's limits
# (part of unit too), listing every case.
limits:
	$(GO) test . -run 'TestLimitsMatrix$$' -count=1 -v
