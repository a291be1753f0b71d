"""Helpers shared by the PDF export tests (no tests here): read PDFs back with pypdf and poppler."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pypdf

from stratplanner.io.plan_json import import_plan_json
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def snapshot_of_file(path: Path) -> PlanSnapshot:
    doc = open_plan(path, read_only=True)
    try:
        return load_snapshot(doc.session)
    finally:
        doc.close()


def sample_dict() -> dict[str, Any]:
    return json.loads(sample_plan_json().read_text(encoding="utf-8"))


def plan_from_dict(data: dict[str, Any], folder: Path, name: str = "plan") -> PlanSnapshot:
    source = folder / f"{name}.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = folder / f"{name}.stratplan"
    import_plan_json(source, target)
    return snapshot_of_file(target)


def text_of(path: Path, first: int | None = None, last: int | None = None) -> str:
    """pdftotext's reading of the PDF, whitespace collapsed to single spaces."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in out.split("\f")][: page_count(path)]


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {
        k.strip(): v.strip()
        for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)
    }


def page_count(path: Path) -> int:
    return int(pdfinfo(path)["Pages"])


def page_sizes(path: Path) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(path)
    return [
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in reader.pages
    ]


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts rows: name, type, emb."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def outline_titles(path: Path) -> list[tuple[int, str]]:
    """(level, title) of every bookmark, depth first."""
    reader = pypdf.PdfReader(path)
    out: list[tuple[int, str]] = []

    def walk(entries: list[Any], level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                out.append((level, str(entry.title)))

    walk(reader.outline, 0)
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
