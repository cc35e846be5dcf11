#!/usr/bin/env bash
# Install the one-folder app built by `make package` on a Linux workstation, as root:
#
#   sudo packaging/linux/install.sh               # from dist/maestro-desktop
#   sudo packaging/linux/install.sh --uninstall   # removes the program, never the data
#
# Copies the folder to /opt/maestro-desktop, links /usr/local/bin/maestro-desktop and
# /usr/local/bin/maestro to its executables, and installs the menu entry and the icon
# (hicolor theme: 48x48, 256x256, scalable). PREFIX, BIN_DIR and SHARE_DIR override the three
# places. The clinical data lives in each user's ~/.local/share/maestro-desktop/ (database,
# backups/) and is never touched here.
set -euo pipefail

PREFIX=${PREFIX:-/opt/maestro-desktop}
BIN_DIR=${BIN_DIR:-/usr/local/bin}
SHARE_DIR=${SHARE_DIR:-/usr/local/share}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source_dir=${SOURCE_DIR:-$repo/dist/maestro-desktop}
icons=$repo/resources/icons

refresh_caches() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE_DIR/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE_DIR/icons/hicolor" || true
}

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -f "$BIN_DIR/maestro-desktop" "$BIN_DIR/maestro" \
          "$SHARE_DIR/applications/maestro-desktop.desktop" \
          "$SHARE_DIR/icons/hicolor/48x48/apps/maestro-desktop.png" \
          "$SHARE_DIR/icons/hicolor/256x256/apps/maestro-desktop.png" \
          "$SHARE_DIR/icons/hicolor/scalable/apps/maestro-desktop.svg"
    rm -rf "$PREFIX"
    refresh_caches
    echo "install: removed $PREFIX and its menu entry; the users' data folders are untouched"
    exit 0
fi

for exe in maestro-desktop maestro; do
    if [[ ! -x "$source_dir/$exe" ]]; then
        echo "install: $source_dir/$exe not found; run make package first" >&2
        exit 1
    fi
done

# Replace the whole folder: files left from an older version must not be loaded.
staging="$PREFIX.new.$$"
rm -rf "$staging"
mkdir -p "$(dirname "$PREFIX")"
cp -a "$source_dir" "$staging"
rm -rf "$PREFIX"
mv "$staging" "$PREFIX"

mkdir -p "$BIN_DIR"
ln -sfn "$PREFIX/maestro-desktop" "$BIN_DIR/maestro-desktop"
ln -sfn "$PREFIX/maestro" "$BIN_DIR/maestro"
install -D -m 0644 "$repo/packaging/maestro-desktop.desktop" \
    "$SHARE_DIR/applications/maestro-desktop.desktop"
install -D -m 0644 "$icons/maestro-desktop-48.png" "$SHARE_DIR/icons/hicolor/48x48/apps/maestro-desktop.png"
install -D -m 0644 "$icons/maestro-desktop-256.png" "$SHARE_DIR/icons/hicolor/256x256/apps/maestro-desktop.png"
install -D -m 0644 "$icons/maestro-desktop.svg" "$SHARE_DIR/icons/hicolor/scalable/apps/maestro-desktop.svg"
refresh_caches
echo "install: $PREFIX, $BIN_DIR/maestro-desktop, $BIN_DIR/maestro and the menu entry"
