"""The outcome of a workshop: decisions, each round's result with business and IT side by side,
where they disagree, the actions with their owners, and what changed in the plan.

Anonymity holds on paper as on the projector: by-side results of an
anonymous round with fewer than three voters on a side are left out, and
voters are named only in a named round.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from stratplanner.analysis.workshop_outcome import (
    RoundOutcome,
    anonymity_name,
    method_name,
    round_outcome,
    state_name,
    workshop_by_code,
)
from stratplanner.charts.workshop import RoundChart, draw_round_results
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.errors import PdfExportError
from stratplanner.export.pdf.graphics import figure_flowable, new_figure
from stratplanner.export.pdf.text import format_date, markup, number, percent
from stratplanner.i18n import format_number, translate
from stratplanner.snapshot.records import WorkshopRec

ORIENTATION = "portrait"


class WorkshopNotFound(PdfExportError):
    """The pack asks for a workshop the plan doesn't have."""


def _score(outcome: RoundOutcome, score: float, ctx: ExportContext) -> str:
    method = outcome.round.method
    if method == "budget":
        return ctx.money(score)
    if method in ("dots", "points"):
        return number(score)
    return format_number(score, 2, grouping=False)


def _chart(ctx: ExportContext, outcome: RoundOutcome, width: float) -> Flowable | None:
    if outcome.result.ballots == outcome.result.abstentions or outcome.problem:
        return None
    rows = len(outcome.result.results)
    height = min(ctx.portrait_frame[1] * 0.6, 120 + rows * 34)
    fig = new_figure(width, height)
    try:
        draw_round_results(
            fig,
            RoundChart(
                question=outcome.round.question,
                method=outcome.round.method,
                titles=outcome.titles,
                result=outcome.result,
                by_side=outcome.by_side,
                disagreements=outcome.disagreements,
                money=ctx.currency,
                title=translate("PdfWorkshop", "How the room voted"),
            ),
        )
        return figure_flowable(fig, width, height)
    finally:
        fig.clear()


def _round(ctx: ExportContext, outcome: RoundOutcome) -> list[Flowable]:
    styles = ctx.styles
    round_, result = outcome.round, outcome.result
    width = ctx.portrait_frame[0]
    counted = result.ballots - result.abstentions
    electorate, abstentions = outcome.electorate, result.abstentions
    facts = [
        method_name(round_.method),
        anonymity_name(round_.anonymity),
        translate("PdfWorkshop", "{ballots} of %n participant(s)", None, electorate).format(
            ballots=translate("PdfWorkshop", "%n ballot(s)", None, counted)
        ),
    ]
    if abstentions:
        facts.append(translate("PdfWorkshop", "%n abstention(s)", None, abstentions))
    facts.append(translate("PdfWorkshop", "round {state}").format(state=state_name(round_.state)))
    if round_.question:
        title = translate("PdfWorkshop", "Round {code}: {question}").format(
            code=round_.code, question=round_.question
        )
    else:
        title = translate("PdfWorkshop", "Round {code}").format(code=round_.code)
    flows: list[Flowable] = [
        CondPageBreak(160),
        ctx.sub_heading(f"ws-round-{round_.id}", title),
        Paragraph(markup(" · ".join(facts)), styles.muted),
    ]
    if outcome.problem:
        problem = translate("PdfWorkshop", "Not counted: {problem}").format(problem=outcome.problem)
        flows.append(Paragraph(markup(problem), styles.body))
        return flows
    if counted == 0:
        flows.append(
            Paragraph(translate("PdfWorkshop", "No votes were cast in this round."), styles.body)
        )
        return flows
    chart = _chart(ctx, outcome, width)
    if chart is not None:
        flows.append(chart)
    rows = [
        [
            str(r.rank),
            Paragraph(markup(outcome.titles.get(r.code, r.code)), styles.cell),
            _score(outcome, r.score, ctx),
            Paragraph(markup(r.detail), styles.cell),
        ]
        for r in result.results
    ]
    flows.append(
        ctx.table(
            [
                translate("PdfWorkshop", "Rank"),
                translate("PdfWorkshop", "Option"),
                translate("PdfWorkshop", "Score"),
                translate("PdfWorkshop", "How it got there"),
            ],
            rows,
            [width * 0.08, width * 0.47, width * 0.15, width * 0.30],
            right=(0, 2),
            long=len(rows) > 25,
        )
    )
    notes = list(result.explanation)
    if outcome.by_side is None and round_.anonymity == "anonymous":
        notes.append(
            translate(
                "PdfWorkshop",
                "Business and IT are not shown apart: in an anonymous round a side needs at least "
                "three voters, or their votes could be told apart.",
            )
        )
    for gap in outcome.disagreements:
        notes.append(
            translate(
                "PdfWorkshop",
                "Where business and IT differ: {option} — business {business}, IT {it} of each "
                "side's votes.",
            ).format(
                option=outcome.titles.get(gap.code, gap.code),
                business=percent(gap.business),
                it=percent(gap.it),
            )
        )
    if round_.adopted:
        notes.append(
            translate("PdfWorkshop", "Adopted in the plan as {how}.").format(how=round_.adopted)
        )
    flows += [Paragraph(markup(n), styles.body) for n in notes]
    if outcome.named:
        named = [[Paragraph(markup(who), styles.cell), Paragraph(markup(what), styles.cell)]
                 for who, what in outcome.named]  # fmt: skip
        flows.append(
            ctx.table(
                [translate("PdfWorkshop", "Voter"), translate("PdfWorkshop", "Ballot")],
                named,
                [width * 0.3, width * 0.7],
            )
        )
    return flows


def _decisions(ctx: ExportContext, workshop: WorkshopRec) -> list[Flowable]:
    snap, styles = ctx.full, ctx.styles
    decisions = snap.decisions_by_workshop.get(workshop.id, [])
    width = ctx.portrait_frame[0]
    if not decisions:
        return [Paragraph(translate("PdfWorkshop", "No decisions were recorded."), styles.body)]
    rows = []
    for d in decisions:
        about = []
        for link in snap.links_by_decision.get(d.id, []):
            item = snap.item_by_id.get(link.item_id) if link.item_id is not None else None
            objective = (
                snap.objective_by_id.get(link.objective_id)
                if link.objective_id is not None
                else None
            )
            target = item or objective
            about.append(target.title if target else "")
        evidence = snap.round_by_id.get(d.round_id) if d.round_id is not None else None
        text = f"<b>{markup(d.decision)}</b>"
        if d.rationale:
            text += f"<br/>{markup(d.rationale)}"
        if d.options_rejected:
            text += "<br/>" + translate("PdfWorkshop", "<i>Rejected:</i> {options}").format(
                options=markup(d.options_rejected)
            )
        if about:
            text += "<br/>" + translate("PdfWorkshop", "<i>About:</i> {records}").format(
                records=markup(", ".join(a for a in about if a))
            )
        rows.append(
            [
                Paragraph(text, styles.cell),
                Paragraph(markup(ctx.person(d.owner_id) or "–"), styles.cell),
                format_date(d.review_on) if d.review_on else "–",
                translate("PdfWorkshop", "Round {code}").format(code=evidence.code)
                if evidence
                else "–",
            ]
        )
    return [
        ctx.table(
            [
                translate("PdfWorkshop", "Decision"),
                translate("PdfWorkshop", "Owner"),
                translate("PdfWorkshop", "Review"),
                translate("PdfWorkshop", "Evidence"),
            ],
            rows,
            [width * 0.5, width * 0.18, width * 0.18, width * 0.14],
            long=len(rows) > 20,
        )
    ]


def _actions(ctx: ExportContext, workshop: WorkshopRec) -> list[Flowable]:
    snap, styles = ctx.full, ctx.styles
    actions = snap.actions_by_workshop.get(workshop.id, [])
    width = ctx.portrait_frame[0]
    if not actions:
        return [Paragraph(translate("PdfWorkshop", "No actions were recorded."), styles.body)]
    rows = [
        [
            Paragraph(markup(a.action), styles.cell),
            Paragraph(
                markup(ctx.person(a.owner_id) or translate("PdfWorkshop", "nobody yet")),
                styles.cell,
            ),
            format_date(a.due) if a.due else "–",
            translate("PdfWorkshop", "done") if a.done else translate("PdfWorkshop", "open"),
        ]
        for a in actions
    ]
    return [
        ctx.table(
            [
                translate("PdfWorkshop", "Action"),
                translate("PdfWorkshop", "Owner"),
                translate("PdfWorkshop", "Due"),
                translate("PdfWorkshop", "State"),
            ],
            rows,
            [width * 0.5, width * 0.2, width * 0.18, width * 0.12],
            long=len(rows) > 20,
        )
    ]


def build(ctx: ExportContext) -> list[Flowable]:
    snap = ctx.full
    code = ctx.options.workshop or ""
    workshop = workshop_by_code(snap, code)
    if workshop is None:
        known = ", ".join(w.code for w in snap.workshops[:6]) or translate(
            "PdfWorkshop", "none yet"
        )
        raise WorkshopNotFound(
            translate(
                "PdfWorkshop",
                "The plan has no workshop {code} (workshops: {known}); check the name with "
                "'stratplanner workshop list'.",
            ).format(code=repr(code), known=known)
        )
    styles = ctx.styles
    people = snap.participants_by_workshop.get(workshop.id, [])
    sides = {s: sum(p.side == s for p in people) for s in ("business", "it")}
    rounds = snap.rounds_of(workshop.id)
    round_count = len(rounds)
    voted = translate("PdfWorkshop", "%n round(s)", None, round_count)
    participants = len(people)
    if workshop.held_on:
        lead = translate(
            "PdfWorkshop",
            "%n participant(s) ({business} from the business, {it} from IT) met on {date} and "
            "voted in {rounds}.",
            None,
            participants,
        ).format(
            date=format_date(workshop.held_on),
            business=sides["business"],
            it=sides["it"],
            rounds=voted,
        )
    else:
        lead = translate(
            "PdfWorkshop",
            "%n participant(s) ({business} from the business, {it} from IT) met and voted in "
            "{rounds}.",
            None,
            participants,
        ).format(business=sides["business"], it=sides["it"], rounds=voted)
    flows: list[Flowable] = [
        ctx.heading(
            "workshop",
            translate("PdfWorkshop", "Workshop outcome: {title}").format(title=workshop.title),
        ),
        Paragraph(markup(lead), styles.lead),
    ]
    if workshop.notes:
        flows.append(Paragraph(markup(workshop.notes), styles.body))
    flows += [
        Spacer(1, 6),
        ctx.sub_heading(f"ws-{workshop.id}-decisions", translate("PdfWorkshop", "Decisions")),
        *_decisions(ctx, workshop),
    ]
    adopted = [r for r in rounds if r.adopted]
    if adopted:
        flows.append(
            ctx.sub_heading(
                f"ws-{workshop.id}-changes", translate("PdfWorkshop", "What changed in the plan")
            )
        )
        adopted_as = translate("PdfWorkshop", "Round {code} adopted as {how}.")
        flows += [
            Paragraph(markup(adopted_as.format(code=r.code, how=r.adopted)), styles.body)
            for r in adopted
        ]
    flows.append(
        ctx.sub_heading(f"ws-{workshop.id}-rounds", translate("PdfWorkshop", "The rounds"))
    )
    if not rounds:
        flows.append(
            Paragraph(translate("PdfWorkshop", "The workshop has no voting rounds."), styles.body)
        )
    for round_ in rounds:
        ctx.check()
        flows += _round(ctx, round_outcome(snap, round_))
    flows.append(
        KeepTogether(
            [
                ctx.sub_heading(f"ws-{workshop.id}-actions", translate("PdfWorkshop", "Actions")),
                *_actions(ctx, workshop),
            ]
        )
    )
    return flows
