"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, minus plugins a desktop app never loads.

It replaces the stock hook (hooks in the spec's hookspath win) so the plugins left out
here never enter the dependency analysis, and neither do the system libraries they
link (the GTK 3 theme alone pulls in GTK's cairo, pango, gdk-pixbuf, atk..., which
would then clash with the user's own GTK). Qt falls back to its Fusion style and the
XDG desktop portal for native file dialogs.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

#: (plugin folder, file-name stem) pairs to leave out; "*" = the whole folder.
LEFT_OUT = {
    ("platformthemes", "libqgtk3"),  # GTK 3 theme: drags in GTK's libraries (see above)
    ("platforms", "libqeglfs"),  # full-screen embedded (no window system)
    ("platforms", "libqlinuxfb"),
    ("platforms", "libqminimalegl"),
    ("platforms", "libqvkkhrdisplay"),
    ("platforms", "libqvnc"),  # remote framebuffer: pulls in QtNetwork
    ("egldeviceintegrations", "*"),  # only used by eglfs
    ("generic", "*"),  # evdev/TUIO input for embedded devices (TUIO pulls in QtNetwork)
}


def _kept(entry):
    src, dest = entry
    folder = Path(dest).name
    stem = Path(src).name.split(".", 1)[0]
    return (folder, "*") not in LEFT_OUT and (folder, stem) not in LEFT_OUT


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _kept(entry)]
