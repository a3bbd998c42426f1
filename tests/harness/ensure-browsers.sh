#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR when they are missing (the e2e suites and the demo drive them).
# Browsers come from Debian packages only: Playwright's and Puppeteer's own downloads cannot work here.
set -euo pipefail
want=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || want+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || want+=(firefox-esr)
[ ${#want[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${want[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${want[@]}" fonts-dejavu-core >/dev/null
