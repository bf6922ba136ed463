#!/bin/sh
# What `pnpm test:kernel` runs in the guest by default: the test files that have a kernel gate
# (a family, module, device, namespace, peer tool or the lab itself: needs/needsFamily, skipIf,
# SOCK_KERNEL_LAB), where a skip is a failure here; the fuzz suites of the families only the lab
# has (their socket methods are fuzzed on real sockets only here); then the CPython conformance
# suite, whose vsock, CAN, ALG, TIPC, RDS, QIPCRTR and Bluetooth scenarios only run here.
# Test files without a gate run the same on the host in the same CI run and are not repeated
# under emulation (each file costs 10-20 s to load here). The benchmark's smoke test stays on
# the host, where its timings mean something. The status is non-zero when either part failed.
files=$(grep -rlE 'needsFamily|needs\(|skipIf|SOCK_KERNEL_LAB|it\.skip|describe\.skip' \
  packages/*/test examples/*/test tools/*/test --include='*.test.ts' | sort)
fuzz=""
for f in can alg tipc bluetooth rds qipcrtr; do fuzz="$fuzz tools/fuzz/test/$f.test.ts"; done
echo "kernel lab suite: $(echo "$files" | wc -l) gated test files and the fuzz suites of$fuzz"
SOCK_FUZZ_CALLS=${SOCK_FUZZ_CALLS:-1000} pnpm exec vitest run $files $fuzz
tests=$?
# Under emulation a scenario's processes start 15-20x slower than on the host.
SOCKCONF_TIMEOUT_MS=${SOCKCONF_TIMEOUT_MS:-240000} node conformance/run.mjs --jobs 2
conformance=$?
echo "kernel lab suite: vitest exit $tests, conformance exit $conformance"
[ "$tests" -eq 0 ] && [ "$conformance" -eq 0 ]
