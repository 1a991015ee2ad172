#!/usr/bin/env bash
# System packages the tests use: LibreOffice Calc (recalculates our formulas; prints sheets to PDF), xmllint (manifest
# against the XSDs), Chromium (end-to-end test of the preview), poppler-utils (pdfinfo and pdftotext count and read the printed pages). Debian/Ubuntu, as root or with sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libreoffice-calc-nogui libxml2-utils chromium fonts-dejavu-core poppler-utils >/dev/null
echo "Systempaket installerade: LibreOffice Calc, xmllint, Chromium, poppler-utils."
