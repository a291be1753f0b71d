"""A plan document's JSON text, read as Python values.

``json.loads`` lets through what a plan can't mean: a key given twice (it keeps the last
silently), integers too long for any amount, lone surrogates; each is refused here with
one sentence naming the file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from stratplanner.io.plan_json_schema import PlanJsonError


def read_json_file(source: str | os.PathLike[str]) -> Any:
    path = Path(source)
    if not path.exists():
        raise PlanJsonError([f"there is no file at {path}"], str(path))
    if path.is_dir():
        raise PlanJsonError([f"{path} is a folder, not a JSON file"], str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PlanJsonError([f"{path} can't be read: {exc.strerror or exc}"], str(path)) from None
    if not raw.strip():
        raise PlanJsonError(["the file is empty"], str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanJsonError(
            ["the file is not UTF-8 text (is it a JSON plan?)"], str(path)
        ) from None
    try:
        doc = json.loads(text, parse_int=_plan_int, object_pairs_hook=_object_without_duplicates)
    except _DuplicateKey as exc:
        raise PlanJsonError(
            [
                f"the key {json.dumps(exc.args[0])[:80]} appears twice in one object{exc.args[1]}; "
                "keep one of them (a plan can't tell which is meant)"
            ],
            str(path),
        ) from None
    except json.JSONDecodeError as exc:
        raise PlanJsonError(
            [f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"], str(path)
        ) from None
    except _NumberTooLarge as exc:
        raise PlanJsonError(
            [f"the number {exc.args[0][:12]}… ({len(exc.args[0])} digits) is too large for a plan"],
            str(path),
        ) from None
    except RecursionError:
        raise PlanJsonError(["the JSON is nested too deeply to be a plan"], str(path)) from None
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        raise PlanJsonError(
            [f"it contains text that is not valid Unicode (a lone surrogate {bad})"], str(path)
        ) from None
    return doc


class _NumberTooLarge(ValueError):
    pass


class _DuplicateKey(ValueError):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (json.loads would keep the last silently)."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            code = obj.get("code")
            where = f" (the record with code {code!r})" if isinstance(code, str) and code else ""
            raise _DuplicateKey(key, where)
        obj[key] = value
    return obj


#: More digits than any amount, capacity or count in a plan (and than a float holds exactly).
_MAX_INT_DIGITS = 18


def _plan_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _NumberTooLarge(text)
    return int(text)
