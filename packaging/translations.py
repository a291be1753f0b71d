"""The translation catalogues: extract the marked strings per area, compile the .qm files.

    python packaging/translations.py update AREA [AREA …]   # or: update all
    python packaging/translations.py build [--into DIR]
    python packaging/translations.py areas                  # which files feed which area

Sources are split in areas so engineers who translate different parts never edit the same
file: ``resources/i18n/de/<area>.ts`` (German, every message) and
``resources/i18n/en/<area>.ts`` (English plural forms only: the source text "%n item(s)"
needs "1 item" / "2 items").

``update`` runs pyside6-lupdate over the area's source files into its .ts files (existing
translations kept, vanished ones dropped with ``-no-obsolete``, no line numbers so edits
elsewhere in a file don't churn the catalogue), then makes every message whose source holds
``%n`` a plural message (lupdate does that only for ``self.tr(text, "", n)``, not for
``translate(ctx, text, None, n)``), keeping plural forms translated before, and drops
lupdate's translator notes (it reads the ``#:`` attribute docs of our code as notes; give a
translator a hint with the disambiguation argument instead). New English plural
forms are filled from the "(s)" in the source ("%n item(s)" -> "%n item", "%n items"); check
irregular ones ("person(s)" -> "people") by hand.

``build`` runs pyside6-lrelease over every area into ``stratplanner_<lang>.qm`` (default:
``resources/i18n``, where a source checkout loads it; the package build passes its build
folder). The .qm files are build output: never committed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "stratplanner"
CATALOGUES = ROOT / "resources" / "i18n"
AREAS = ("shell", "views", "dialogs", "pdf", "core", "io", "store")
LANGUAGES = ("de", "en")  # en: plural forms only
GERMAN_PLURALS = 2  # "1 Element" / "2 Elemente"


def area_of(path: Path) -> str:
    """The area a source file's strings belong to (every .py file under src has one)."""
    parts = path.relative_to(SOURCE).parts
    if parts[0] == "ui":
        if len(parts) > 2 and parts[1] == "views":
            return "views"
        if len(parts) > 2 and parts[1] in ("dialogs", "workshop"):
            return "dialogs"
        return "shell"  # ui's own files, ui/widgets, ui/models
    if parts[:2] == ("export", "pdf"):
        return "pdf"
    if parts[0] == "io":
        return "io"  # the import check, merges and plan file problems
    if parts[0] == "store" or parts == ("atomic_files.py",):
        return "store"  # opening, locking and saving plan files (and replacing exported files)
    return "core"  # charts, analysis, i18n and everything else Qt-free


def sources(area: str) -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if area_of(p) == area)


def catalogue(language: str, area: str) -> Path:
    return CATALOGUES / language / f"{area}.ts"


def qt_tool(name: str) -> str:
    """PySide6's lupdate or lrelease (the wheel ships them beside its Python package)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} comes with PySide6; install it (pip install PySide6-Essentials).")
    exe = Path(spec.origin).parent / (name + (".exe" if os.name == "nt" else ""))
    if not exe.is_file():
        raise SystemExit(f"PySide6 has no {name} at {exe}; reinstall PySide6-Essentials.")
    return str(exe)


# -- the TS file, read and written -----------------------------------------------------


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _plural_translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The <translation> of every plural message in ``path`` (before lupdate flattens it)."""
    if not path.is_file():
        return {}
    kept = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                kept[_key(name, message)] = translation
    return kept


def english_forms(source: str) -> tuple[str, str]:
    """'%n item(s)' -> ('%n item', '%n items'); 'match(es)' -> 'match' / 'matches'."""
    alternation = re.compile(r"(?<=[A-Za-z])\((\w+)\)")
    return alternation.sub("", source), alternation.sub(r"\1", source)


def _plural_translation(language: str, source: str) -> ET.Element:
    forms: tuple[str, ...] = ("",) * GERMAN_PLURALS
    kind: str | None = "unfinished"
    if language == "en":
        forms, kind = english_forms(source), None
    translation = ET.Element("translation", {"type": kind} if kind else {})
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    return translation


def make_plurals(path: Path, language: str, before: dict[tuple[str, str, str], ET.Element]) -> int:
    """Every message with %n in its source becomes a plural message (its earlier forms put
    back); the English catalogue keeps plural messages only. Returns the messages kept."""
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "de_DE" if language == "de" else "en_US")
    root.set("sourcelanguage", "en_US")
    kept = 0
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            for note in message.findall("extracomment"):
                message.remove(note)  # lupdate reads '#:' (our attribute docs) as notes
            source = message.findtext("source") or ""
            plural = "%n" in source
            if plural:
                old = before.get(_key(name, message))
                translation = message.find("translation")
                if translation is not None:
                    message.remove(translation)
                if old is None and translation is not None and message.get("numerus") == "yes":
                    old = translation  # lupdate already knew it as a plural message
                message.set("numerus", "yes")
                message.append(old if old is not None else _plural_translation(language, source))
            elif language == "en":
                context.remove(message)
                continue
            kept += 1
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree, space="    ")
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode", short_empty_elements=False))
        out.write("\n")
    return kept


def update(area: str, into: Path | None = None) -> None:
    """lupdate the area's catalogues (in ``into``, a copy for the tests, or in place)."""
    files = [str(p) for p in sources(area)]
    for language in LANGUAGES:
        target = (into or CATALOGUES) / language / f"{area}.ts"
        target.parent.mkdir(parents=True, exist_ok=True)
        if into is not None and catalogue(language, area).is_file():
            target.write_bytes(catalogue(language, area).read_bytes())
        before = _plural_translations(target)
        with tempfile.TemporaryDirectory() as tmp:
            listing = Path(tmp) / "sources.lst"  # one file a line: no command-line limit
            listing.write_text("\n".join(files) + "\n", encoding="utf-8")
            lupdate = subprocess.run(
                [
                    qt_tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en_US",
                    "-target-language",
                    "de_DE" if language == "de" else "en_US",
                    f"@{listing}",
                    "-ts",
                    str(target),
                ],
                check=False,
                capture_output=True,  # its note on the English plural forms is not news
                text=True,
            )
        if lupdate.returncode:
            raise SystemExit(f"lupdate failed on {target}:\n{lupdate.stdout}{lupdate.stderr}")
        kept = make_plurals(target, language, before)
        if into is None:
            print(f"{target.relative_to(ROOT)}: {kept} messages")


def build(into: Path) -> list[Path]:
    """Compile every area of each language into ``into/stratplanner_<lang>.qm``."""
    into.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        inputs = [str(catalogue(language, area)) for area in AREAS]
        inputs = [path for path in inputs if Path(path).is_file()]
        if not inputs:
            continue
        qm = into / f"stratplanner_{language}.qm"
        subprocess.run(
            [qt_tool("lrelease"), "-silent", *inputs, "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract the marked strings into an area's .ts files")
    up.add_argument("areas", nargs="+", choices=[*AREAS, "all"])
    bd = sub.add_parser("build", help="compile every area into stratplanner_<lang>.qm")
    bd.add_argument("--into", type=Path, default=CATALOGUES)
    sub.add_parser("areas", help="list each area's source files")
    args = parser.parse_args(argv)
    if args.command == "update":
        for area in AREAS if "all" in args.areas else dict.fromkeys(args.areas):
            update(area)
    elif args.command == "build":
        for qm in build(args.into):
            print(qm)
    else:
        for area in AREAS:
            print(f"{area}:")
            for path in sources(area):
                print(f"  {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
