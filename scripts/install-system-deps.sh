#!/usr/bin/env bash
# Debian packages the tests need: Chromium for the browser tests (playwright cannot download
# its own browser here), a CJK font so Chinese text renders in screenshots, and PostgreSQL
# for the scale-out tests. Installs only what is missing; needs root (or sudo).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qiE 'wenquanyi|noto (sans|serif) cjk' || missing+=(fonts-wqy-microhei)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
if [ ${#missing[@]} -eq 0 ]; then echo "all present"; exit 0; fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
