"""Render the icon set in resources/icons/app/ from its SVG sources.

Run from the repository root after editing an SVG, then commit the results:

    python packaging/make_icons.py            # writes the PNGs, .ico and .icns
    python packaging/make_icons.py --check    # exit 1 if a committed file is missing

Qt's own SVG renderer (PySide6, already a dependency) draws the PNGs, so no
extra tool is needed; Pillow (installed with matplotlib) packs them into the
Windows .ico and the macOS .icns. A size with its own drawing (``NAME-16.svg``,
``NAME-24.svg``: simplified and aligned to that pixel grid so it stays crisp)
uses it; every other size is drawn from ``NAME.svg``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes drawn on their own pixel grid (NAME-SIZE.svg).
OWN_DRAWING = (16, 24)
#: Each icon: its name (files are NAME.svg, NAME-SIZE.svg, NAME-SIZE.png, NAME.ico, NAME.icns).
ICONS = ("stratplanner", "stratplanner-document")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def expected_files() -> list[Path]:
    files = []
    for name in ICONS:
        files += [ICON_DIR / f"{name}.svg"]
        files += [ICON_DIR / f"{name}-{size}.svg" for size in OWN_DRAWING]
        files += [ICON_DIR / f"{name}-{size}.png" for size in SIZES]
        files += [ICON_DIR / f"{name}.ico", ICON_DIR / f"{name}.icns"]
    return files


def render_png(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw; fix it and run again.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target), "PNG"):
        raise SystemExit(f"Could not write {target}.")


def pack_ico_icns(name: str) -> None:
    images = {size: Image.open(ICON_DIR / f"{name}-{size}.png").convert("RGBA") for size in SIZES}
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICON_DIR / f"{name}.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[512].save(
        ICON_DIR / f"{name}.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != 512],
    )


def render_all() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name in ICONS:
        for size in SIZES:
            source = f"{name}-{size}.svg" if size in OWN_DRAWING else f"{name}.svg"
            render_png(ICON_DIR / source, size, ICON_DIR / f"{name}-{size}.png")
        pack_ico_icns(name)
        print(f"{name}: {len(SIZES)} PNGs, .ico and .icns in {ICON_DIR}")
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every file exists")
    args = parser.parse_args()
    if args.check:
        missing = [str(p) for p in expected_files() if not p.is_file()]
        for path in missing:
            print(f"missing: {path}", file=sys.stderr)
        return 1 if missing else 0
    render_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
