#!/bin/sh
# What `pnpm test:kernel` runs in the guest by default: every package's tests, then the CPython
# conformance suite, whose vsock (and later CAN, ALG, TIPC, Bluetooth) scenarios only run here.
# Both always run; the status is non-zero when either failed. The benchmark's smoke test stays on
# the host, where its timings mean something.
pnpm exec vitest run packages/ tools/ examples/
tests=$?
# Under emulation a scenario's processes start 15-20x slower than on the host.
SOCKCONF_TIMEOUT_MS=${SOCKCONF_TIMEOUT_MS:-240000} node conformance/run.mjs --jobs 2
conformance=$?
echo "kernel lab suite: vitest exit $tests, conformance exit $conformance"
[ "$tests" -eq 0 ] && [ "$conformance" -eq 0 ]
