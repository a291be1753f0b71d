"""``export_pdf``: build the story section by section, lay it out once, write it atomically."""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable
from copy import deepcopy
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from stratplanner import APP_NAME, __version__
from stratplanner.analysis.figures import objectives_phrase
from stratplanner.atomic_files import finish_temp_file, new_temp_file
from stratplanner.export.bounded import bounded_snapshot
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.document import (
    Contents,
    Deferred,
    LateForms,
    Outline,
    PageDecor,
    PlanDocTemplate,
    numbered_canvas,
)
from stratplanner.export.pdf.errors import ExportCancelled, PdfExportError
from stratplanner.export.pdf.filters import describe_filters, filter_snapshot, resolve_codes
from stratplanner.export.pdf.graphics import LogoError, load_logo
from stratplanner.export.pdf.options import (
    PdfOptions,
    check_options,
    section_blurb,
    section_title,
)
from stratplanner.export.pdf.prioritization import PdfBaseline
from stratplanner.export.pdf.sections import SECTION_MODULES
from stratplanner.export.pdf.styles import build_styles
from stratplanner.export.pdf.text import (
    ANNUAL_VALUE_MEANING,
    INVESTMENT_MEANING,
    OPEX_MEANING,
    format_date,
    markup,
    meaning,
)
from stratplanner.i18n import translate
from stratplanner.snapshot import PlanSnapshot

Progress = Callable[[int, int], None]

#: Progress runs 0..TOTAL: the first BUILD_SHARE while sections are prepared, the rest during
#: layout.
TOTAL = 1000
BUILD_SHARE = 250
#: A pack with this many sections or more gets a contents list (a board pack reads without one).
CONTENTS_FROM = 8
#: A longer title is not repeated in "About this pack" (the cover has it whole).
ABOUT_TITLE_CHARS = 300


def _folder_problem(target: Path) -> str | None:
    folder = target.parent
    if target.is_dir():
        return translate("PdfErrors", "{path} is a folder; give a file name for the PDF.").format(
            path=target
        )
    if not folder.is_dir():
        return translate(
            "PdfErrors",
            "The folder {folder} does not exist; create it first or choose another folder.",
        ).format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate(
            "PdfErrors",
            "StratPlanner can't write in the folder {folder} (permission denied); "
            "choose another folder.",
        ).format(folder=folder)
    if target.exists() and not os.access(target, os.W_OK):
        return translate(
            "PdfErrors", "{name} is read-only; choose another file name or make it writable."
        ).format(name=target.name)
    return None


def export_pdf(
    snap: PlanSnapshot,
    target: str | os.PathLike[str],
    options: PdfOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    baseline: PdfBaseline | None = None,
    today: date | None = None,
) -> Path:
    """Write the plan as a PDF at ``target`` and return its path.

    Safe to run in a worker thread. ``progress(done, total)`` is called as the
    work advances; when ``cancelled()`` turns true the export stops with
    :class:`ExportCancelled` and no file is left behind. Anything the user must
    fix (a missing folder, a bad option, an unreadable logo) raises
    :class:`PdfExportError` with one sentence. The target is replaced
    atomically: it is either the old file or the complete new PDF.
    ``baseline`` (from :func:`read_baseline`) feeds the changes section;
    ``today`` fixes the date printed on the pages (default: today).
    """
    options = check_options(deepcopy(options) if options is not None else PdfOptions())
    target = Path(target).expanduser().absolute()
    if target.suffix.lower() != ".pdf":
        raise PdfExportError(
            translate("PdfErrors", "{name} should end in .pdf.").format(name=target.name)
        )
    problem = _folder_problem(target)
    if problem:
        raise PdfExportError(problem)
    report = progress or (lambda done, total: None)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled(translate("PdfErrors", "The PDF export was cancelled."))

    try:
        logo = load_logo(options.logo) if options.logo else None
    except LogoError as exc:
        raise PdfExportError(str(exc)) from None
    original = snap
    snap = bounded_snapshot(snap)  # a 10,000-character title must not break the document
    resolve_codes(snap, options)
    filtered = filter_snapshot(snap, options)
    styles = build_styles(options.accent)
    ctx = ExportContext(
        snap=filtered,
        full=snap,
        options=options,
        styles=styles,
        today=today or date.today(),
        logo=logo,
        filter_text=describe_filters(options, snap),
        check=check,
        extras={"baseline": baseline} if baseline is not None else {},
        original=original,
    )
    report(0, TOTAL)
    outline = Outline()
    # Drawn while the rest is laid out (the roadmap's later pages, by a second process).
    ctx.extras["late_forms"] = LateForms()
    try:
        story = _story(ctx, outline, lambda n, of: report(BUILD_SHARE * n // max(of, 1), TOTAL))
        check()
        return _write(ctx, story, outline, target, report=report, check=check)
    finally:
        for close in ctx.extras.get("closers", []):
            close()  # done, failed or cancelled: nothing keeps running


def _story(ctx: ExportContext, outline: Outline, report: Progress) -> list[Flowable]:
    chosen = ctx.options.selected_sections()
    built: list[tuple[str, str, list[Flowable]]] = []
    # A filter that leaves no item leaves nothing to report (objectives alone tell no story).
    nothing = bool(ctx.filter_text) and not ctx.snap.items
    for n, key in enumerate(chosen):
        ctx.check()
        if key != "contents" and not (nothing and key != "cover"):
            module = importlib.import_module(SECTION_MODULES[key])
            flows = module.build(ctx)
            if flows:
                built.append((key, getattr(module, "ORIENTATION", "portrait"), flows))
        report(n + 1, len(chosen))
    if not any(key != "cover" for key, _, _ in built):
        built.append(("notice", "portrait", _nothing_to_show(ctx)))
    # The story starts on the first page after the cover: no contents page of its own.
    # "About this pack" and, for a pack long enough to need one, a compact contents
    # list close the first section.
    first = next((n for n, (key, _, _) in enumerate(built) if key == "summary"), None)
    if first is not None:
        entries = [
            (section_title(key), f"sec-{key}", section_blurb(key))
            for key, _, _ in built
            if key not in ("cover", "notice")
        ]
        flows = built[first][2]
        flows.extend([Spacer(1, 3 * mm), *_about(ctx)])
        if "contents" in chosen and len(entries) >= CONTENTS_FROM:
            # Right under the summary's figures, two columns: on its first page, never alone.
            flows[4:4] = [
                Paragraph(translate("PdfStory", "In this pack"), ctx.styles.h3),
                Contents(entries, ctx.styles, outline, compact=True),
            ]
    story: list[Flowable] = []
    # A title too long for the cover goes on at the top of the next page (cover.build).
    continued = ctx.extras.pop("title_continued", [])
    for key, orientation, flows in built:
        template = "cover" if key == "cover" else orientation
        if story:
            story += [NextPageTemplate(template), PageBreak()]
        else:
            ctx.extras["first_template"] = template
        if key != "cover":
            story += continued
            continued = []
        story += flows
    return story


def _about(ctx: ExportContext) -> list[Flowable]:
    """'About this pack': where the figures come from and how to read them (one small paragraph)."""
    snap, info = ctx.snap, ctx.snap.info
    title = (ctx.original or snap).info.title
    if len(title) <= ABOUT_TITLE_CHARS:
        prepared = translate("PdfStory", "Prepared from the plan {title}").format(
            title=markup(title)
        )
    else:
        prepared = translate("PdfStory", "Prepared from the plan whose title is on the cover")
    if info.organization:
        prepared = translate("PdfStory", "{prepared} of {organisation}").format(
            prepared=prepared, organisation=markup(info.organization)
        )
    if ctx.filter_text:
        scope = translate("PdfStory", "only {filters}").format(filters=markup(ctx.filter_text))
    else:
        scope = translate("PdfStory", "the whole plan")
    items, teams = len(snap.items), len(snap.teams)
    text = translate(
        "PdfStory",
        "<b>About this pack.</b> {prepared} on {date}; it covers {scope}: {objectives}, "
        "{items} and {teams}. Money is in {currency}. Investment is {investment}: opex is the "
        "{opex}. Value is the {value}. Cancelled items count nowhere.",
    ).format(
        prepared=prepared,
        date=format_date(ctx.today),
        scope=scope,
        objectives=objectives_phrase(snap),
        items=translate("PdfStory", "%n roadmap item(s)", None, items),
        teams=translate("PdfStory", "%n delivery team(s)", None, teams),
        currency=markup(info.currency),
        investment=meaning(INVESTMENT_MEANING),
        opex=meaning(OPEX_MEANING),
        value=meaning(ANNUAL_VALUE_MEANING),
    )
    return [Paragraph(text, ctx.styles.muted)]


def _nothing_to_show(ctx: ExportContext) -> list[Flowable]:
    if ctx.full.is_empty:
        text = translate(
            "PdfStory",
            "This plan is empty: it has no objectives and no roadmap items yet. "
            "Add objectives and the work that serves them, then export again.",
        )
    elif ctx.filter_text and not ctx.snap.items:
        text = translate(
            "PdfStory",
            "Nothing in this plan matches the chosen filters ({filters}). "
            "Widen the filters and export again.",
        ).format(filters=markup(ctx.filter_text))
    else:
        text = translate(
            "PdfStory",
            "The chosen sections have nothing to show for this plan. "
            "Choose more sections and export again.",
        )
    return [
        ctx.heading("notice", translate("PdfStory", "Nothing to show")),
        Paragraph(text, ctx.styles.lead),
    ]


def _write(
    ctx: ExportContext,
    story: list[Flowable],
    outline: Outline,
    target: Path,
    *,
    report: Progress,
    check: Callable[[], None],
) -> Path:
    info = ctx.snap.info
    decor = PageDecor(
        plan_title=(ctx.original or ctx.snap).info.title,
        organisation=info.organization,
        date_text=format_date(ctx.today),
        confidentiality=ctx.options.confidentiality_label,
        styles=ctx.styles,
        logo=ctx.logo,
    )
    total = max(len(story), 1)
    index = {id(flowable): n for n, flowable in enumerate(story)}
    last = [0]

    reported = [0]

    def advance(steps: float) -> None:
        reported[0] = max(reported[0], BUILD_SHARE + int((TOTAL - BUILD_SHARE) * steps / total))
        report(reported[0], TOTAL)

    def after(flowable: Flowable) -> None:
        n = index.get(id(flowable))
        if n is not None and n >= last[0]:
            last[0] = n
            # a section made while it is laid out (cards, roadmap pages) starts its step here
            advance(n if isinstance(flowable, Deferred) else n + 1)
        elif n is None and isinstance(flowable, Deferred):
            advance(last[0] + flowable.progress)
        check()

    preset = ctx.options.pack_name
    try:
        temp = new_temp_file(target)
    except OSError as exc:
        raise PdfExportError(
            translate(
                "PdfErrors",
                "StratPlanner can't write in the folder {folder} ({reason}); "
                "choose another folder.",
            ).format(folder=target.parent, reason=exc.strerror or exc)
        ) from None
    try:
        with temp.open("wb") as stream:
            doc = PlanDocTemplate(
                stream,
                paper=ctx.options.paper,
                decor=decor,
                outline=outline,
                first_template=ctx.extras.get("first_template", "portrait"),
                after_flowable=after,
                title=info.title,
                author=ctx.options.author or info.organization,
                subject=translate("PdfStory", "{pack}: IT strategy roadmap {start}–{end}").format(
                    pack=preset, start=info.start, end=info.end
                )
                + (f" ({ctx.filter_text})" if ctx.filter_text else ""),
                creator=f"{APP_NAME} {__version__}",
                keywords=[
                    translate("PdfStory", "IT strategy"),
                    translate("PdfStory", "roadmap"),
                    ctx.options.confidentiality_label,
                ],
            )
            doc.build(story, canvasmaker=numbered_canvas(outline, ctx.extras["late_forms"]))
        finish_temp_file(temp, target)  # the permissions a plain open() gives, not 0600
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise PdfExportError(
            translate(
                "PdfErrors",
                "The PDF could not be written to {path} ({reason}); nothing was changed there.",
            ).format(path=target, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    report(TOTAL, TOTAL)
    return target
