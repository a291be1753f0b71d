"""What the user chose for a PDF: preset, sections, filters, paper and branding.

A plain dataclass so the GUI can remember it per plan as JSON and the CLI can
build it from flags; :func:`check_options` turns every bad choice into one
sentence before any work starts.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from stratplanner.export.pdf.errors import PdfExportError
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.values import Quarter, QuarterError

#: Every section, in the order it appears in the document.
SECTIONS: tuple[str, ...] = (
    "cover",
    "contents",
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

SECTION_TITLES: dict[str, str] = {
    "cover": QT_TRANSLATE_NOOP("PdfSections", "Cover page"),
    "contents": QT_TRANSLATE_NOOP("PdfSections", "Contents"),
    "summary": QT_TRANSLATE_NOOP("PdfSections", "Executive summary"),
    "risks": QT_TRANSLATE_NOOP("PdfSections", "What is at risk"),
    "strategy": QT_TRANSLATE_NOOP("PdfSections", "Strategy on a page"),
    "objectives": QT_TRANSLATE_NOOP("PdfSections", "Objectives and the work that serves them"),
    "timeline": QT_TRANSLATE_NOOP("PdfSections", "Roadmap timeline"),
    "heatmap": QT_TRANSLATE_NOOP("PdfSections", "Alignment heatmap"),
    "investment": QT_TRANSLATE_NOOP("PdfSections", "Investment mix"),
    "portfolio": QT_TRANSLATE_NOOP("PdfSections", "Ranked portfolio"),
    "capacity": QT_TRANSLATE_NOOP("PdfSections", "Capacity outlook"),
    "partnership": QT_TRANSLATE_NOOP("PdfSections", "Business partnership"),
    "changes": QT_TRANSLATE_NOOP("PdfSections", "Changes since the baseline"),
    "workshop": QT_TRANSLATE_NOOP("PdfSections", "Workshop outcome"),
    "appendix": QT_TRANSLATE_NOOP("PdfSections", "Appendix: item cards"),
}

#: One line under each entry of the table of contents.
SECTION_BLURBS: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP(
        "PdfSections", "The case in business terms and the decisions asked of the board"
    ),
    "risks": QT_TRANSLATE_NOOP(
        "PdfSections",
        "What could stop the plan delivering, its consequence, and what the board can do",
    ),
    "strategy": QT_TRANSLATE_NOOP(
        "PdfSections", "Themes, objectives, the programs serving them and the KPIs that prove it"
    ),
    "objectives": QT_TRANSLATE_NOOP(
        "PdfSections",
        "Each business objective, the IT work that serves it and the KPIs that track it",
    ),
    "timeline": QT_TRANSLATE_NOOP(
        "PdfSections",
        "Every scheduled item by theme, quarter by quarter, with milestones and dependencies",
    ),
    "heatmap": QT_TRANSLATE_NOOP(
        "PdfSections", "Which items serve which objectives, and where the gaps are"
    ),
    "investment": QT_TRANSLATE_NOOP(
        "PdfSections",
        "Where the money goes, by category, quarter, business unit and theme, and what it buys",
    ),
    "portfolio": QT_TRANSLATE_NOOP(
        "PdfSections",
        "The agreed ranking, each score broken down by criterion, and how robust it is",
    ),
    "capacity": QT_TRANSLATE_NOOP(
        "PdfSections", "Team demand against capacity, and which items must wait, with the reason"
    ),
    "partnership": QT_TRANSLATE_NOOP(
        "PdfSections",
        "How IT and the business work together: maturity, sponsors, cases, adoption",
    ),
    "changes": QT_TRANSLATE_NOOP(
        "PdfSections", "What moved, was added, dropped, re-costed or re-ranked since the baseline"
    ),
    "workshop": QT_TRANSLATE_NOOP(
        "PdfSections",
        "What the workshop decided, each round's result, where business and IT differ, "
        "the actions and what changed in the plan",
    ),
    "appendix": QT_TRANSLATE_NOOP(
        "PdfSections", "One card per item: owners, money, value, dependencies and KPIs"
    ),
}


def section_title(key: str) -> str:
    """A section's title in the user's language ('Executive summary'); the key if unknown."""
    return translate("PdfSections", SECTION_TITLES[key]) if key in SECTION_TITLES else key


def section_blurb(key: str) -> str:
    """The contents' line under a section, in the user's language ('' for none)."""
    return translate("PdfSections", SECTION_BLURBS[key]) if key in SECTION_BLURBS else ""


PRESETS: dict[str, tuple[str, ...]] = {
    "board": (
        "cover",
        "contents",
        "summary",
        "risks",
        "strategy",
        "timeline",
        "heatmap",
        "investment",
    ),
    "strategy": ("strategy",),
    "team": tuple(s for s in SECTIONS if s != "workshop"),
    "workshop": ("workshop",),
}

#: preset → (name of the pack, who it is prepared for, whether it is read by the board).
#: A preset added later (e.g. a workshop pack) adds a line here; unknown ones read as team packs.
PRESET_PACKS: dict[str, tuple[str, str, bool]] = {
    "board": (
        QT_TRANSLATE_NOOP("PdfSections", "Board pack"),
        QT_TRANSLATE_NOOP("PdfSections", "The Board"),
        True,
    ),
    "team": (
        QT_TRANSLATE_NOOP("PdfSections", "Working team pack"),
        QT_TRANSLATE_NOOP("PdfSections", "The planning team"),
        False,
    ),
    "strategy": (
        QT_TRANSLATE_NOOP("PdfSections", "Strategy on a page"),
        QT_TRANSLATE_NOOP("PdfSections", "The Board"),
        True,
    ),
    "workshop": (
        QT_TRANSLATE_NOOP("PdfSections", "Workshop outcome"),
        QT_TRANSLATE_NOOP("PdfSections", "The workshop's participants"),
        False,
    ),
}

PAPERS = ("a4", "letter")
DEFAULT_ACCENT = "#1F4E79"
#: The label's default; printed in the user's language (a label the user typed is printed as
#: typed): :func:`confidentiality_label`.
DEFAULT_CONFIDENTIALITY = QT_TRANSLATE_NOOP("PdfSections", "Confidential")
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class PdfOptionsError(PdfExportError, ValueError):
    """A choice that can't be honoured; the text is one sentence for the user."""


@dataclass
class PdfOptions:
    """Everything that shapes one PDF export.

    ``sections`` ``None`` means the preset's sections. Filters hold codes
    (business units, objectives) and quarters as text (``2027-Q1``).
    ``accent`` and ``logo`` are options until the plan stores them itself.
    """

    preset: str = "board"
    sections: list[str] | None = None
    business_units: list[str] = field(default_factory=list)
    objectives: list[str] = field(default_factory=list)
    quarter_from: str | None = None
    quarter_to: str | None = None
    paper: str = "a4"
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    accent: str = DEFAULT_ACCENT
    logo: str | None = None
    baseline: str | None = None
    author: str = ""
    #: The workshop (its code) the "workshop" section reports on.
    workshop: str | None = None

    def selected_sections(self) -> list[str]:
        """The sections to produce, in document order."""
        chosen = set(PRESETS[self.preset] if self.sections is None else self.sections)
        return [name for name in SECTIONS if name in chosen]

    @property
    def pack_name(self) -> str:
        """'Board pack', in the user's language."""
        if self.preset in PRESET_PACKS:
            return translate("PdfSections", PRESET_PACKS[self.preset][0])
        return translate("PdfSections", "{preset} pack").format(preset=self.preset.title())

    @property
    def audience(self) -> str:
        """Who the pack is prepared for ('The Board'), in the user's language."""
        if self.preset in PRESET_PACKS:
            return translate("PdfSections", PRESET_PACKS[self.preset][1])
        return translate("PdfSections", "The planning team")

    @property
    def confidentiality_label(self) -> str:
        """The label printed on the cover and every page: the default in the user's language,
        a label the user typed as typed."""
        if self.confidentiality == DEFAULT_CONFIDENTIALITY:
            return translate("PdfSections", DEFAULT_CONFIDENTIALITY)
        return self.confidentiality

    @property
    def for_board(self) -> bool:
        """Board pages: rolled up, one reading per page; team pages list everything."""
        return PRESET_PACKS.get(self.preset, ("", "", False))[2]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> PdfOptions:
        """Options saved by :meth:`to_json`; unknown keys (from a newer version) are ignored."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PdfOptionsError(
                translate(
                    "PdfErrors", "The saved PDF options are not valid JSON ({reason})."
                ).format(reason=exc.msg)
            ) from None
        if not isinstance(data, dict):
            raise PdfOptionsError(
                translate("PdfErrors", "The saved PDF options are not a JSON object.")
            )
        known = {f.name for f in fields(cls)}
        return check_options(cls(**{k: v for k, v in data.items() if k in known}))

    @property
    def quarter_range(self) -> tuple[Quarter | None, Quarter | None]:
        return (
            Quarter.parse(self.quarter_from) if self.quarter_from else None,
            Quarter.parse(self.quarter_to) if self.quarter_to else None,
        )


#: What a list of codes is, in the sentence that refuses one.
LIST_NAMES = {
    "sections": QT_TRANSLATE_NOOP("PdfErrors", "Sections must be a list of codes."),
    "business_units": QT_TRANSLATE_NOOP("PdfErrors", "Business units must be a list of codes."),
    "objectives": QT_TRANSLATE_NOOP("PdfErrors", "Objectives must be a list of codes."),
}


def _text_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise PdfOptionsError(translate("PdfErrors", LIST_NAMES[what]))
    return [v.strip() for v in value if v.strip()]


def check_options(options: PdfOptions) -> PdfOptions:
    """Normalise the options in place and return them; raise PdfOptionsError on a bad choice."""
    options.preset = str(options.preset or "board").lower()
    if options.preset not in PRESETS:
        raise PdfOptionsError(
            translate("PdfErrors", "There is no preset {preset}; choose {presets}.").format(
                preset=repr(options.preset), presets=translate("PdfErrors", " or ").join(PRESETS)
            )
        )
    if options.sections is not None:
        sections = [s.lower() for s in _text_list(options.sections, "sections")]
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            raise PdfOptionsError(
                translate(
                    "PdfErrors", "There is no section {section}; the sections are {sections}."
                ).format(section=repr(unknown[0]), sections=", ".join(SECTIONS))
            )
        options.sections = sections
    options.business_units = _text_list(options.business_units, "business_units")
    options.objectives = _text_list(options.objectives, "objectives")
    options.paper = str(options.paper or "a4").lower()
    if options.paper not in PAPERS:
        raise PdfOptionsError(
            translate("PdfErrors", "The paper size must be A4 or Letter, not {paper}.").format(
                paper=repr(options.paper)
            )
        )
    for name in ("quarter_from", "quarter_to"):
        value = getattr(options, name)
        if value in ("", None):
            setattr(options, name, None)
            continue
        try:
            setattr(options, name, str(Quarter.parse(str(value).strip().upper())))
        except QuarterError:
            raise PdfOptionsError(
                translate(
                    "PdfErrors", "{value} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1."
                ).format(value=repr(value))
            ) from None
    first, last = options.quarter_range
    if first and last and last < first:
        raise PdfOptionsError(
            translate(
                "PdfErrors", "The quarter range ends ({last}) before it starts ({first})."
            ).format(last=last, first=first)
        )
    accent = str(options.accent or DEFAULT_ACCENT).strip()
    if not accent.startswith("#"):
        accent = "#" + accent
    if not _HEX_COLOUR.match(accent):
        raise PdfOptionsError(
            translate(
                "PdfErrors",
                "The accent colour must be written as #RRGGBB, e.g. {example}, not {accent}.",
            ).format(example=DEFAULT_ACCENT, accent=repr(options.accent))
        )
    options.accent = accent.upper()
    options.confidentiality = str(options.confidentiality or "").strip()
    options.workshop = str(options.workshop).strip() if options.workshop else None
    if "workshop" in options.selected_sections() and not options.workshop:
        raise PdfOptionsError(
            translate(
                "PdfErrors", "Say which workshop the outcome pack is about (--workshop NAME)."
            )
        )
    if options.logo in ("", None):
        options.logo = None
    else:
        logo = Path(str(options.logo)).expanduser()
        if not logo.is_file():
            raise PdfOptionsError(
                translate(
                    "PdfErrors",
                    "The logo file {path} does not exist; choose another image or leave the logo "
                    "out.",
                ).format(path=logo)
            )
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg", ".svg"):
            raise PdfOptionsError(
                translate("PdfErrors", "The logo {name} must be a PNG, JPEG or SVG image.").format(
                    name=logo.name
                )
            )
        options.logo = str(logo)
    options.baseline = (options.baseline or "").strip() or None
    options.author = str(options.author or "").strip()
    return options
