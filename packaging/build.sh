#!/usr/bin/env bash
# Build the Linux one-folder bundle into dist/stratplanner/ from a clean checkout:
#   dist/stratplanner/stratplanner        the desktop app
#   dist/stratplanner/stratplanner-cli    the command line
#   dist/stratplanner/share/...           .desktop, AppStream metainfo, MIME type, icons
#   dist/stratplanner/install.sh          registers it for a user (or system-wide)
# then checks the bundle (self-check, the sample plan's export, an older plan's
# upgrade) and prints its size.
#
# Usage: packaging/build.sh [--clean] [--no-check] [--tar]
#   --clean     start from nothing: remove build/ and dist/stratplanner first
#   --no-check  skip the checks after building
#   --tar       also write dist/stratplanner-VERSION-linux-ARCH.tar.gz
# Environment: PYTHON (default python3, 3.11+) builds the venv in build/venv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
BUILD="$ROOT/build"
VENV="$BUILD/venv"
DIST="$ROOT/dist"
APP="$DIST/stratplanner"
APP_ID="org.stratplanner.StratPlanner"
MIME_ICON="application-x-stratplanner"
SIZES="16 24 32 48 64 128 256 512"

CLEAN=0 CHECK=1 TAR=0
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=1 ;;
    --no-check) CHECK=0 ;;
    --tar) TAR=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }

if [ "$(uname -s)" != Linux ]; then
  echo "build.sh builds the Linux bundle; on Windows and macOS see packaging/README.md." >&2
  exit 2
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "build.sh needs Python 3.11 or newer (set PYTHON=...)." >&2; exit 2; }

if [ "$CLEAN" = 1 ]; then
  step "Removing build/ and dist/stratplanner"
  rm -rf "$BUILD" "$APP"
fi

step "Build environment in build/venv"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10,<7"

step "Building and installing the wheel (not editable: the bundle needs the real package)"
# setuptools builds in build/lib and never removes files there: a stale copy of a
# deleted module would end up in the wheel.
rm -rf "$BUILD/lib" "$BUILD"/bdist.* "$BUILD/wheel"
"$VENV/bin/python" -m pip wheel -q --no-deps -w "$BUILD/wheel" .
WHEEL="$(ls "$BUILD"/wheel/stratplanner-*.whl)"
"$VENV/bin/python" -m pip install -q "$WHEEL"
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps "$WHEEL"
VERSION="$("$VENV/bin/python" -c 'import stratplanner; print(stratplanner.__version__)')"
echo "stratplanner $VERSION"

step "PyInstaller"
# Run from build/ so nothing in the checkout (src/, resources/) shadows the installed package.
(cd "$BUILD" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/stratplanner.spec")

# A self-built Python (pyenv, python-build) keeps its debug info: ~25 MB of libpython
# and lib-dynload. Wheels' libraries are left alone (strip breaks auditwheel-patched ones).
if command -v strip >/dev/null; then
  for lib in "$APP"/_internal/libpython3*.so* "$APP"/_internal/python3*/lib-dynload/*.so; do
    [ -f "$lib" ] && [ ! -L "$lib" ] && strip --strip-debug "$lib"
  done
fi

step "Desktop integration files in share/"
LINUX="$ROOT/packaging/linux"
ICONS="$ROOT/resources/icons/app"
SHARE="$APP/share"
rm -rf "$SHARE"
install -Dm644 "$LINUX/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "$LINUX/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$LINUX/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
for size in $SIZES; do
  install -Dm644 "$ICONS/stratplanner-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  install -Dm644 "$ICONS/stratplanner-document-$size.png" \
    "$SHARE/icons/hicolor/${size}x${size}/mimetypes/$MIME_ICON.png"
done
install -Dm644 "$ICONS/stratplanner.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
install -Dm644 "$ICONS/stratplanner-document.svg" "$SHARE/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
install -m755 "$LINUX/install.sh" "$APP/install.sh"

if [ "$CHECK" = 1 ]; then
  step "Checking the bundle"
  CLI="$APP/stratplanner-cli"
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  export QT_QPA_PLATFORM=offscreen
  "$CLI" --version
  STRATPLANNER_BUNDLE_CHECK=1 "$CLI"
  "$CLI" demo "$WORK/sample.stratplan"
  if "$CLI" export --help | grep -qw pdf; then
    "$CLI" export pdf "$WORK/sample.stratplan" -o "$WORK/sample.pdf"
    head -c 5 "$WORK/sample.pdf" | grep -q '%PDF-' || { echo "the exported PDF is not a PDF" >&2; exit 1; }
    echo "export pdf: $(stat -c %s "$WORK/sample.pdf") bytes"
  else
    echo "NOTE: 'export pdf' is not registered in this version; checking 'export json' instead."
    "$CLI" export json "$WORK/sample.stratplan" -o "$WORK/sample.json"
    echo "export json: $(stat -c %s "$WORK/sample.json") bytes"
  fi
  # Opening a plan saved by an older version runs the Alembic migrations from the bundle.
  for old in "$ROOT"/tests/fixtures/plans/format*.stratplan; do
    [ -e "$old" ] || continue
    cp "$old" "$WORK/old.stratplan"
    "$CLI" set "$WORK/old.stratplan" plan title="Opened by the bundle"
    "$CLI" check "$WORK/old.stratplan"
    rm -f "$WORK"/old*.stratplan
  done
  "$APP/stratplanner" --version
fi

if [ "$TAR" = 1 ]; then
  step "Archive"
  ARCHIVE="$DIST/stratplanner-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$ARCHIVE" stratplanner
  echo "$ARCHIVE: $(du -h "$ARCHIVE" | cut -f1)"
fi

step "Bundle"
echo "$APP: $(du -sh "$APP" | cut -f1) in $(find "$APP" -type f | wc -l) files"
echo "largest parts:"
du -s "$APP"/_internal/* "$APP"/_internal/PySide6/Qt/* 2>/dev/null | sort -rn | head -8 |
  awk '{ printf "  %6.1f MB  %s\n", $1 / 1024, $2 }' | sed "s#$APP/##"
