#!/usr/bin/env bash
# Browser tests drive Debian's chromium (no browser downloads on this network). Installs it when missing.
set -euo pipefail
# A CJK font too, so screenshots show the Chinese screens as residents see them.
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "wqy\|noto.*cjk"; then exit 0; fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
else
  echo "The browser tests need Debian's chromium: run 'apt-get install chromium' as root." >&2
  exit 1
fi
command -v chromium >/dev/null
