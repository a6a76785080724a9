#!/bin/sh
# The customization every peer applies to the debian-cloud base (the head-to-head of issue 7):
# a marker file, a user, and a config file; no network needed.
set -eu
echo "customized at $(date -u +%Y-%m-%dT%H:%M:%SZ)" >/etc/kiln-peer-marker
id kilnpeer >/dev/null 2>&1 || useradd -m -s /bin/bash kilnpeer
mkdir -p /etc/kiln-peer
printf 'answer=42\n' >/etc/kiln-peer/app.conf
