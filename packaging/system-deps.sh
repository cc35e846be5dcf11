#!/usr/bin/env bash
# Debian packages maestro-desktop needs outside pip. Checks with dpkg-query, installs what is
# missing when it can (root + apt-get), otherwise prints the exact command. Idempotent: when
# everything is present it only runs dpkg-query and exits 0.
#
# Exit status is non-zero only when something the app cannot start without is still missing
# (a Qt library, or python3-venv before the virtualenv exists); the extras only warn.
set -euo pipefail

# Qt loads these even with QT_QPA_PLATFORM=offscreen; PySide6 wheels do not bundle them.
REQUIRED=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
# pdftotext/pdffonts for PDF checks, Xvfb for real-window runs, DejaVu as a system font fallback.
EXTRAS=(poppler-utils xvfb fonts-dejavu-core)
# make package: libraries Qt's xcb plugin and QtMultimedia (the camera) link to that a minimal
# system lacks, so PyInstaller copies them into the one-folder app and a workstation need not
# have them (they also let a development run open a real window and the camera), and
# desktop-file-validate for packaging/linux/maestro-desktop.desktop.
EXTRAS+=(libxcb-icccm4 libxcb-keysyms1 libpulse0 desktop-file-utils)

# Debian's python3 ships without ensurepip; `python3 -m venv` needs python3-venv for it.
if [[ ! -x .venv/bin/python ]] && ! "${PYTHON:-python3}" -c 'import ensurepip' 2>/dev/null; then
    REQUIRED+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null; then
    echo "system-deps: not a Debian system; install the equivalents of:" \
         "${REQUIRED[*]} ${EXTRAS[*]}" >&2
    exit 0
fi

installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]
}

missing_required=() missing=()
for pkg in "${REQUIRED[@]}"; do installed "$pkg" || missing_required+=("$pkg"); done
missing=("${missing_required[@]}")
for pkg in "${EXTRAS[@]}"; do installed "$pkg" || missing+=("$pkg"); done

if (( ${#missing[@]} == 0 )); then
    echo "system-deps: all present (${REQUIRED[*]} ${EXTRAS[*]})"
    exit 0
fi

command_line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "system-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; then
        exit 0
    fi
    echo "system-deps: apt-get failed; run: $command_line" >&2
else
    echo "system-deps: missing ${missing[*]}; run as root:" >&2
    echo "    $command_line" >&2
fi

if (( ${#missing_required[@]} > 0 )); then
    echo "system-deps: cannot continue without ${missing_required[*]}" >&2
    exit 1
fi
echo "system-deps: continuing without ${missing[*]} (PDF checks / real-window runs need them)" >&2
