#!/usr/bin/env bash
# Install this StratPlanner bundle and register it with the desktop, so the app is in
# the menu and file managers open .stratplan files with it.
#
#   ./install.sh                 for you: ~/.local/opt/stratplanner, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --system   for everyone: /opt/stratplanner, /usr/local/bin, /usr/local/share
#   ./install.sh --uninstall     (with --system too) removes what the same command installed
#
# Run it from the unpacked bundle (the folder with stratplanner and stratplanner-cli).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_ID="org.stratplanner.StratPlanner"

MODE=user ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$MODE" = system ]; then
  OPT=/opt/stratplanner BIN=/usr/local/bin SHARE=/usr/local/share
else
  DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
  OPT="$HOME/.local/opt/stratplanner" BIN="$HOME/.local/bin" SHARE="$DATA_HOME"
fi

refresh() {
  # Each tool is optional: a desktop without it simply rescans later.
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null &&
    gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
}

installed_files() {
  (cd "$HERE/share" && find . -type f | sed 's#^\./##')
}

if [ "$ACTION" = uninstall ]; then
  installed_files | while read -r rel; do rm -f "$SHARE/$rel"; done
  rm -f "$BIN/stratplanner" "$BIN/stratplanner-cli"
  rm -rf "$OPT"
  refresh
  echo "StratPlanner removed from $OPT."
  exit 0
fi

[ -x "$HERE/stratplanner" ] && [ -d "$HERE/_internal" ] || {
  echo "install.sh must be run from the StratPlanner bundle folder." >&2; exit 2; }

if [ "$HERE" != "$OPT" ]; then
  rm -rf "$OPT.new"
  mkdir -p "$(dirname "$OPT")"
  cp -a "$HERE" "$OPT.new"
  rm -rf "$OPT"
  mv "$OPT.new" "$OPT"
fi
mkdir -p "$BIN"
ln -sfn "$OPT/stratplanner" "$BIN/stratplanner"
ln -sfn "$OPT/stratplanner-cli" "$BIN/stratplanner-cli"

installed_files | while read -r rel; do
  install -Dm644 "$OPT/share/$rel" "$SHARE/$rel"
done
# The menu entry starts the installed executable even when BIN is not on the PATH.
sed -i "s#^Exec=stratplanner #Exec=$OPT/stratplanner #; s#^TryExec=stratplanner\$#TryExec=$OPT/stratplanner#" \
  "$SHARE/applications/$APP_ID.desktop"
refresh

echo "StratPlanner installed in $OPT"
echo "  commands: $BIN/stratplanner (desktop app), $BIN/stratplanner-cli"
echo "  menu entry, .stratplan file type and icons in $SHARE"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "  note: $BIN is not on your PATH" ;; esac
