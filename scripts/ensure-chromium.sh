#!/usr/bin/env bash
# The end-to-end tests drive Swagger UI and check a digest's accessibility in headless Chromium.
# Installs Debian's chromium and chromium-driver when they are missing (needs root, as on CI).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium chromium-driver' once." >&2
  exit 1
fi
echo "Installing chromium and chromium-driver (once)..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
