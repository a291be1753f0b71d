"""Icons drawn from the SVGs in resources/icons, in the palette's text colour, sharp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication

from stratplanner.paths import resource

_SIZES = (16, 24, 32)
_RATIOS = (1.0, 2.0)


@cache
def _svg(name: str) -> bytes:
    path = resource("icons", "ui", f"{name}.svg")
    return path.read_bytes() if path.is_file() else b""


def _pixmap(data: bytes, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    image = QImage(int(size * ratio), int(size * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    data = _svg(name)
    icon = QIcon()
    if not data:
        return icon
    normal = data.replace(b"currentColor", color.encode())
    dimmed = data.replace(b"currentColor", disabled.encode())
    for size in _SIZES:
        for ratio in _RATIOS:
            icon.addPixmap(_pixmap(normal, size, ratio), QIcon.Mode.Normal)
            icon.addPixmap(_pixmap(dimmed, size, ratio), QIcon.Mode.Disabled)
    return icon


def icon(name: str) -> QIcon:
    """The icon ``name`` tinted for the current palette (light or dark)."""
    palette = QApplication.palette()
    color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, _mix(color, palette.color(QPalette.ColorRole.Window), 0.15), disabled.name())


_ICON_PROPERTY = "stratplanner_icon"


def set_icon(target: QAction | QAbstractButton, name: str) -> None:
    """Give ``target`` the icon ``name`` and remember it, so a palette change can re-tint it."""
    target.setIcon(icon(name))
    target.setProperty(_ICON_PROPERTY, name)


def retint(root: QObject) -> None:
    """Draw again, in the current palette, every icon given with :func:`set_icon` under ``root``."""
    targets: list[QAction | QAbstractButton] = [
        *root.findChildren(QAction),
        *root.findChildren(QAbstractButton),
    ]
    for target in targets:
        if _ICON_PROPERTY.encode() in [bytes(n.data()) for n in target.dynamicPropertyNames()]:
            target.setIcon(icon(str(target.property(_ICON_PROPERTY))))


def app_icon() -> QIcon:
    """The application icon from its rendered sizes (resources/icons/app)."""
    icon_ = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource("icons", "app", f"stratplanner-{size}.png")
        if path.is_file():
            icon_.addFile(str(path), QSize(size, size))
    return icon_


def _mix(a: QColor, b: QColor, share_of_b: float) -> str:
    """``a`` moved a little towards ``b`` (icons slightly softer than text)."""
    mixed = QColor(
        round(a.red() * (1 - share_of_b) + b.red() * share_of_b),
        round(a.green() * (1 - share_of_b) + b.green() * share_of_b),
        round(a.blue() * (1 - share_of_b) + b.blue() * share_of_b),
    )
    return mixed.name()
