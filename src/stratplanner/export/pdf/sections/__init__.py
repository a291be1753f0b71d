"""One module per PDF section; each has ``build(ctx) -> list[Flowable]`` ([] = leave it out)
and ``ORIENTATION`` ("portrait" or "landscape")."""

from __future__ import annotations

SECTION_MODULES: dict[str, str] = {
    key: f"stratplanner.export.pdf.sections.{key}"
    for key in (
        "cover",
        "summary",
        "risks",
        "strategy",
        "objectives",
        "timeline",
        "heatmap",
        "investment",
        "portfolio",
        "capacity",
        "partnership",
        "changes",
        "workshop",
        "appendix",
    )
}
