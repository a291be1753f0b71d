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

from stratplanner.i18n import translate
from stratplanner.io.plan_json_schema import PlanJsonError


def read_json_file(source: str | os.PathLike[str]) -> Any:
    path = Path(source)
    if not path.exists():
        raise _refused(translate("PlanJson", "there is no file at {path}"), path)
    if path.is_dir():
        raise _refused(translate("PlanJson", "{path} is a folder, not a JSON file"), path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _refused(
            translate("PlanJson", "{path} can't be read: {error}"), path, error=exc.strerror or exc
        ) from None
    if not raw.strip():
        raise _refused(translate("PlanJson", "the file is empty"), path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refused(
            translate("PlanJson", "the file is not UTF-8 text (is it a JSON plan?)"), path
        ) from None
    try:
        doc = json.loads(text, parse_int=_plan_int, object_pairs_hook=_object_without_duplicates)
    except _DuplicateKey as exc:
        key, code = exc.args
        if code is None:
            twice = translate(
                "PlanJson",
                "the key {key} appears twice in one object; keep one of them (a plan can't "
                "tell which is meant)",
            )
        else:
            twice = translate(
                "PlanJson",
                "the key {key} appears twice in one object (the record with code {code}); keep "
                "one of them (a plan can't tell which is meant)",
            )
        raise _refused(twice, path, key=json.dumps(key)[:80], code=repr(code)) from None
    except json.JSONDecodeError as exc:
        raise _refused(
            translate("PlanJson", "line {line}, column {column}: not valid JSON ({error})"),
            path,
            line=exc.lineno,
            column=exc.colno,
            error=exc.msg,
        ) from None
    except _NumberTooLarge as exc:
        digits = len(exc.args[0])
        raise _refused(
            translate(
                "PlanJson", "the number {number}… (%n digits) is too large for a plan", None, digits
            ),
            path,
            number=exc.args[0][:12],
        ) from None
    except RecursionError:
        raise _refused(
            translate("PlanJson", "the JSON is nested too deeply to be a plan"), path
        ) from None
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        raise _refused(
            translate(
                "PlanJson", "it contains text that is not valid Unicode (a lone surrogate {text})"
            ),
            path,
            text=bad,
        ) from None
    return doc


def _refused(problem: str, path: Path, **names: Any) -> PlanJsonError:
    """The one problem (a translated sentence, filled with ``path`` and ``names``) of a file."""
    return PlanJsonError([problem.format(path=path, **names)], str(path))


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
            raise _DuplicateKey(key, code if isinstance(code, str) and code else None)
        obj[key] = value
    return obj


#: More digits than any amount, capacity or count in a plan (and than a float holds exactly).
_MAX_INT_DIGITS = 18


def _plan_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _NumberTooLarge(text)
    return int(text)
