"""The join link as a QR code for the projector (segno: pure Python, no Qt, no PIL)."""

from __future__ import annotations

import io

import segno

#: Dark modules in the app's text colour on white; high error correction survives a dim projector.
DARK = "#222222"
LIGHT = "#FFFFFF"


def _code(url: str) -> segno.QRCode:
    if not url:
        raise ValueError("There is no join link to show; start the voting server first.")
    return segno.make_qr(url, error="m")


def qr_svg(url: str, scale: int = 8) -> str:
    """An SVG document of ``url`` with a quiet zone, sized in pixels of ``scale`` per module."""
    out = io.BytesIO()
    _code(url).save(
        out,
        kind="svg",
        scale=scale,
        border=4,
        dark=DARK,
        light=LIGHT,
        xmldecl=False,
        svgns=True,
        title="Scan to join the vote",
    )
    return out.getvalue().decode("utf-8")


def qr_png(url: str, scale: int = 10) -> bytes:
    """A PNG of ``url`` at ``scale`` pixels per module, with a quiet zone."""
    if scale < 1:
        raise ValueError("The QR code's scale must be at least 1 pixel per module.")
    out = io.BytesIO()
    _code(url).save(out, kind="png", scale=scale, border=4, dark=DARK, light=LIGHT)
    return out.getvalue()
