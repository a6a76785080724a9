#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, starts the libvirt daemons and
# runs the whole test suite (fast tests first, then the end-to-end tests in real VMs).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
./scripts/daemons.sh
BUILD_DIR=${KILN_BUILD_DIR:-build}
# The tinyos base image the e2e tests boot (cached: does nothing when already built).
tests/fixtures/tinyos/build.sh "$BUILD_DIR/fixtures/tinyos"
SRC_DIR=$(pwd)
cd "$BUILD_DIR"
status=0
ctest --output-on-failure -L unit --parallel 2 || status=1
if ctest -N -L '^e2e$' | grep -q 'Total Tests: [1-9]'; then
  ctest --output-on-failure -L '^e2e$' || status=1
fi
if ctest -N -L '^e2e-distro$' | grep -q 'Total Tests: [1-9]'; then
  # The debian-cloud base image (Debian 12 + cloud-init) the distro end-to-end boots; cached
  # (debootstrap tarball in /var/tmp/kiln-fixture-cache, outputs rebuilt only when missing).
  "$SRC_DIR/tests/fixtures/debian-cloud/build.sh" fixtures/debian-cloud || status=1
  # Two tests, each one TCG guest at a time: side by side they share the cores better than in a row.
  ctest --output-on-failure -L '^e2e-distro$' --parallel 2 || status=1
fi
exit $status
