"""What an MS Project or ArchiMate file held, counted for the merge dialog's summary line.

``counted_records("items", 12)`` is "12 items" ("12 Vorhaben"): one marked plural message per
collection the readers count. The English is the readers' own wording, kept exactly (the
number and the collection's plural, whatever the count), so only other languages need the
singular form.
"""

from __future__ import annotations

from stratplanner.i18n import translate


def counted_records(collection: str, n: int) -> str:
    """``n`` records of a plan collection ("items", "business_units", …) in a summary."""
    if collection == "items":
        return translate("ModelImport", "%n items", None, n)
    if collection == "objectives":
        return translate("ModelImport", "%n objectives", None, n)
    if collection == "links":
        return translate("ModelImport", "%n links", None, n)
    if collection == "dependencies":
        return translate("ModelImport", "%n dependencies", None, n)
    if collection == "teams":
        return translate("ModelImport", "%n teams", None, n)
    if collection == "demands":
        return translate("ModelImport", "%n demands", None, n)
    if collection == "business_units":
        return translate("ModelImport", "%n business units", None, n)
    if collection == "people":
        return translate("ModelImport", "%n people", None, n)
    if collection == "processes":
        return translate("ModelImport", "%n processes", None, n)
    if collection == "applications":
        return translate("ModelImport", "%n applications", None, n)
    return f"{n} {collection.replace('_', ' ')}"


__all__ = ["counted_records"]
