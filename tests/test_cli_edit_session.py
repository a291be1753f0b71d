"""Every command-line edit goes through the edit session (issue 19: one edit loop).

``add``/``set``/``delete``/``link`` are pinned in tests/test_edit_session.py; here the
portfolio, partnership, workshop and interchange (``import csv --into``, ``merge``) commands:
each applies its commands through ``EditSession`` (never ``PlanDocument.execute`` on its own),
based on the versions of the snapshot it read, so a teammate's change saved between the read
and the write is refused as in the app. A source scan keeps any CLI module from applying a
command, opening a SQLAlchemy session or reading an edited plan past the session.
"""

from __future__ import annotations

import ast
import json
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import and_, update

from cli_helpers import plan_data, run
from stratplanner.app.edit_session import EditSession
from stratplanner.commands import Command
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.model.entities import Base
from stratplanner.model.kinds import KINDS
from stratplanner.snapshot import load_snapshot
from stratplanner.store.document import PlanDocument, open_plan

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "src" / "stratplanner" / "cli"

WS = "WS1"

RATINGS = (
    "strategic_planning=3 shared_prioritization=3 sponsorship_adoption=3 business_terms=3 "
    "business_acumen=2 trust_delivery=3"
)

#: Every plan-editing command of the interchange, portfolio, partnership and workshop
#: families, in an order that works on the sample plan: (command line, exit code, versioned).
#: ``versioned``: the edit is based on the versions of the snapshot the command read (the
#: app's team policy); a baseline or a new workshop is built from nothing read, so none is
#: read for it. ``{dir}`` is the plan's folder, where ``interop_files`` writes the files.
EDITS: list[tuple[str, int, bool]] = [
    ("import csv {dir}/rows.csv --into {plan} --kind items", 0, True),
    ("merge {plan} {dir}/theirs.json --take theirs", 0, True),
    ("weights {plan} ALIGN=5 RISK=2", 0, True),
    ("pin {plan} IAM-SSO 1 --reason 'Board decision'", 0, True),
    ("unpin {plan} IAM-SSO", 0, True),
    ("scenario {plan} create Lean --budget 5m", 0, True),
    ("scenario {plan} delete Lean", 0, True),
    ("baseline {plan} --name 'Q1 review'", 0, False),
    ("baseline {plan} --remove 'Q1 review'", 0, True),
    ("sequence {plan} --accept", 0, True),
    (f"assess {{plan}} --unit STORES --date 2027-09-30 {RATINGS}", 0, True),
    ("person-left {plan} ogrant --successor champion=jwhitaker", 0, True),
    ("person-moved {plan} therrera --unit STORES", 0, True),
    ("practice-item {plan} named-sponsor --unit STORES", 0, True),
    ("kpi-actual {plan} K-NPS 2027-09-30=34", 0, True),
    (f"workshop new {{plan}} {WS} --date 2027-01-20", 0, False),
    (f"workshop participant {{plan}} {WS} mellison", 0, True),
    (
        f"workshop round {{plan}} {WS} R1 --method budget --options IAM-SSO,DC-EXIT "
        "--budget 100000000",
        0,
        True,
    ),
    (f"workshop open {{plan}} {WS} R1", 0, True),
    (
        f"workshop ballot {{plan}} {WS} R1 --participant mellison --values "
        """'{"IAM-SSO": 1000}'""",
        0,
        True,
    ),
    (f"workshop close {{plan}} {WS} R1", 0, True),
    (f"workshop reveal {{plan}} {WS} R1", 0, True),
    (f"workshop adopt {{plan}} {WS} R1 --as statuses --approve DC-EXIT", 0, True),
    (f"workshop decision {{plan}} {WS} 'Fund DC-EXIT first' --round R1", 0, True),
    (f"workshop action {{plan}} {WS} 'Write the brief'", 0, True),
    (f"workshop action {{plan}} {WS} --done A1", 0, True),
    (f"workshop round {{plan}} {WS} R2 --method dots --options IAM-SSO,DC-EXIT", 0, True),
    # serve opens the round through the session, then can't serve (the server is faked).
    (f"workshop serve {{plan}} {WS} R2 --bind 127.0.0.1", 1, True),
]


def command_line(text: str, plan: Path | str, folder: Path | None = None) -> list[str]:
    """``text`` with ``{plan}`` and ``{dir}`` (``folder``, else the plan file's folder)."""
    where = str(folder if folder is not None else Path(plan).parent)
    return [word.replace("{plan}", str(plan)).replace("{dir}", where) for word in shlex.split(text)]


#: An item of the sample plan, whose title "theirs.json" changes (a conflict for the merge).
THEIR_ITEM = "IAM-SSO"


def interop_files(folder: Path, plan: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
    """What the interchange edits read, written to ``folder``: ``rows.csv`` (two new items, no
    amounts), ``gbp.csv`` (two items costed in pounds: into a plan without amounts it sets the
    plan's currency) and, from a plan holding ``THEIR_ITEM``, ``theirs.json`` (that plan with
    the item retitled and a team added)."""
    (folder / "rows.csv").write_text("Code,Title\nNEW-1,New one\nNEW-2,New two\n", "utf-8")
    (folder / "gbp.csv").write_text(
        "Code,Title,Total Cost\nGB-1,Alpha,£1.5m\nGB-2,Beta,£2m\n", "utf-8"
    )
    code, out, err = run(capsys, "export", "json", str(plan), "-o", "-")
    assert code == 0, err
    theirs = json.loads(out)
    item = next((i for i in theirs["items"] if i["code"] == THEIR_ITEM), None)
    if item is None:
        return
    item["title"] += " (offsite)"
    theirs["teams"].append({"code": "OFFSITE", "name": "Offsite team", "capacity": 2})
    (folder / "theirs.json").write_text(json.dumps(theirs), "utf-8")


class _NoServer:
    """Stands in for the workshop server in ``workshop serve``: refuses, as a taken port."""

    def __init__(self, *args: Any, **kwargs: Any):
        raise OSError("no network in this test")


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """Records every ``PlanDocument.execute`` with whether an ``EditSession.apply`` made it,
    and every ``EditSession.execute`` with the session's version policy."""
    calls: list[dict[str, Any]] = []
    depth = [0]
    document_execute, session_apply, session_execute = (
        PlanDocument.execute,
        EditSession.apply,
        EditSession.execute,
    )

    def plain_execute(self: PlanDocument, edit: Any) -> Any:
        calls.append({"what": "document", "command": type(edit).__name__, "by_session": depth[0]})
        return document_execute(self, edit)

    def apply(self: EditSession, command: Command) -> Command:
        depth[0] += 1
        try:
            return session_apply(self, command)
        finally:
            depth[0] -= 1

    def execute(self: EditSession, command: Command, **kw: Any) -> Command:
        expects = bool(command.expected_versions())
        calls.append({"what": "session", "versioned": self.versioned, "kw": kw, "expects": expects})
        return session_execute(self, command, **kw)

    from stratplanner.workshop import server

    monkeypatch.setattr(PlanDocument, "execute", plain_execute)
    monkeypatch.setattr(EditSession, "apply", apply)
    monkeypatch.setattr(EditSession, "execute", execute)
    monkeypatch.setattr(server, "WorkshopServer", _NoServer)
    yield calls


def _based_on_snapshot(call: dict[str, Any]) -> bool:
    """The session's team policy applied: a versioned session that based the edit on a
    snapshot's versions, or had none to base (a command expecting no versions reads none)."""
    based = call["kw"].get("based_on_snapshot", True) or not call["expects"]
    return bool(call["versioned"] and based)


def test_every_cli_edit_goes_through_a_versioned_edit_session(
    sample_plan: Path, capsys: pytest.CaptureFixture[str], spied: list[dict[str, Any]]
) -> None:
    interop_files(sample_plan.parent, sample_plan, capsys)
    for line, expected_code, versioned in EDITS:
        spied.clear()
        code, _out, err = run(capsys, *command_line(line, sample_plan))
        assert code == expected_code, (line, err)
        writes = [c for c in spied if c["what"] == "document"]
        sessions = [c for c in spied if c["what"] == "session"]
        assert writes, f"{line} changed nothing"
        assert all(w["by_session"] for w in writes), f"{line} applied a command itself"
        assert len(sessions) == len(writes), line
        assert {_based_on_snapshot(s) for s in sessions} == {versioned}, line


#: The plan settings' one row: a versioned record that is not a kind.
SETTINGS = Base.metadata.tables["plan_settings"]


def _bump_as_bob(session: EditSession, command: Command) -> int:
    """As a teammate saving meanwhile: a new version of every existing record the edit
    expects, written by Bob (not this document). Returns how many records got one."""
    db = session.document.session
    bumped = 0
    for slot in command.expected_versions():
        table = SETTINGS if slot.kind == "settings" else KINDS[slot.kind].table
        where = and_(*(table.c[column] == value for column, value in slot.where.items()))
        result: Any = db.execute(
            update(table).where(where).values(version=table.c.version + 1, changed_by="Bob")
        )
        bumped += result.rowcount
    db.commit()
    return bumped


#: One stale edit per family (each expects a version of a record the sample plan has):
#: setup command lines, then the edit a teammate's change overtakes.
STALE: dict[str, tuple[list[str], str]] = {
    "weights": ([], "weights {plan} ALIGN=5"),
    "sequence": ([], "sequence {plan} --accept"),
    "unpin": (["pin {plan} IAM-SSO 1 --reason 'Board decision'"], "unpin {plan} IAM-SSO"),
    "kpi-actual": ([], "kpi-actual {plan} K-NPS 2027-09-30=34"),
    "person-left": ([], "person-left {plan} ogrant --successor champion=jwhitaker"),
    "workshop open": (
        [
            f"workshop new {{plan}} {WS}",
            f"workshop round {{plan}} {WS} R1 --method dots --options IAM-SSO,DC-EXIT",
        ],
        f"workshop open {{plan}} {WS} R1",
    ),
}


@pytest.mark.parametrize("case", sorted(STALE))
def test_a_cli_edit_overtaken_by_a_teammate_is_refused(
    sample_plan: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: str,
) -> None:
    """Team mode on a file plan (SQLite stands in for the server, as in test_edit_session):
    Bob saves the records the edit expects after the command read the plan; the edit is
    refused in one sentence and nothing changes. A command that applied its edit itself, or
    through a session that doesn't base it on the snapshot it read, would overwrite him."""
    setup, line = STALE[case]
    for step in setup:
        code, _out, err = run(capsys, *command_line(step, sample_plan))
        assert code == 0, err
    before = plan_data(sample_plan)
    bumped = overtaken_by_bob(monkeypatch)
    code, out, err = run(capsys, *command_line(line, sample_plan))
    assert_refused(bumped, code, out, err)
    assert plan_data(sample_plan) == before


def overtaken_by_bob(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Bob saves the records each edit expects after the command read the plan and before the
    session applies the edit. Returns how many records he saved, per edit."""
    bumped: list[int] = []
    execute = EditSession.execute

    def overtaken(self: EditSession, command: Command, **kw: Any) -> Command:
        bumped.append(_bump_as_bob(self, command))
        return execute(self, command, **kw)

    monkeypatch.setattr(EditSession, "execute", overtaken)
    return bumped


def assert_refused(bumped: list[int], code: int, out: str, err: str) -> None:
    assert bumped and bumped[0] > 0, "the edit expects no record the plan has"
    assert code == 1, out
    assert "was changed by Bob" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def plan_document(target: str) -> dict[str, Any]:
    """The plan (a file or a team plan's address) as its plan JSON document."""
    with open_plan(target, read_only=True) as doc:
        return plan_to_dict(load_snapshot(doc.session))


_team_plans = iter(range(1, 1_000_000))


@pytest.fixture(params=["file", pytest.param("team", marks=pytest.mark.postgres)])
def where(request: pytest.FixtureRequest) -> str:
    """Where the plan an interchange edit goes into is kept: a file or a team plan."""
    return str(request.param)


@pytest.fixture
def moneyless_plan(where: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new plan holding no amounts yet (an import may give it the file's currency)."""
    if where == "team":
        target = f"{request.getfixturevalue('pg_server').url}?plan=es{next(_team_plans)}"
    else:
        target = str(tmp_path / "new.stratplan")
    assert run(request.getfixturevalue("capsys"), "new", target, "--title", "New")[0] == 0
    return target


@pytest.fixture
def merge_target(where: str, request: pytest.FixtureRequest) -> str:
    """The sample plan, as a file or published as a team plan."""
    if where == "team":
        return str(request.getfixturevalue("server_plan_url"))
    return str(request.getfixturevalue("sample_plan"))


#: An import that gives a plan without amounts the file's currency (pounds).
IMPORT_GBP = "import csv {dir}/gbp.csv --into {plan} --kind items"


def test_an_import_overtaken_by_a_teammate_is_refused(
    moneyless_plan: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``import csv --into`` a plan without amounts gives it the file's currency: a step based
    on the plan settings the import read. Bob changes them before it is applied: refused,
    nothing imported. An import that applied its step itself, or based it on the plan as the
    write found it, would overwrite him."""
    interop_files(tmp_path, moneyless_plan, capsys)
    before = plan_document(moneyless_plan)
    bumped = overtaken_by_bob(monkeypatch)
    code, out, err = run(capsys, *command_line(IMPORT_GBP, moneyless_plan, tmp_path))
    assert_refused(bumped, code, out, err)
    assert "plan settings" in err
    assert plan_document(moneyless_plan) == before


def test_a_merge_overtaken_by_a_teammate_is_refused(
    merge_target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``merge --take theirs`` retitles an item of ours: a step based on the item's version in
    the plan the merge compared. Bob saves that item before it is applied: refused, and the
    team theirs adds is not added either."""
    interop_files(tmp_path, merge_target, capsys)
    before = plan_document(merge_target)
    bumped = overtaken_by_bob(monkeypatch)
    code, out, err = run(
        capsys, "merge", merge_target, str(tmp_path / "theirs.json"), "--take", "theirs"
    )
    assert_refused(bumped, code, out, err)
    assert THEIR_ITEM in err
    assert plan_document(merge_target) == before


# -- the source scan ------------------------------------------------------------------------

#: Calls that open a SQLAlchemy session.
SESSION_OPENERS = {"Session", "sessionmaker", "scoped_session", "new_session"}
#: Calls that return a plan document (besides the CLI's own helpers annotated so).
DOCUMENT_OPENERS = {"open_plan", "PlanDocument"}
#: SQL a CLI module may run on a session it was handed (a reader of ``EditSession.read``).
SQL_READS = {"select", "text"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _helpers(sources: dict[str, ast.Module]) -> tuple[set[str], set[str]]:
    """The CLI's functions that hand out an edit session, and those that hand out a document
    (by their return annotations)."""
    sessions, documents = {"EditSession"}, set(DOCUMENT_OPENERS)
    for tree in sources.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.returns is not None:
                returns = ast.unparse(node.returns)
                if "EditSession" in returns:
                    sessions.add(node.name)
                elif "PlanDocument" in returns:
                    documents.add(node.name)
    return sessions, documents


def _is_sql_read(call: ast.Call) -> bool:
    """``session.execute(select(…)…)`` or ``…execute(text("PRAGMA …"))``: reading, not editing."""
    if not call.args:
        return False
    node: ast.expr = call.args[0]
    while isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            if node.func.id == "text":
                (sql,) = node.args or [ast.Constant("")]
                return isinstance(sql, ast.Constant) and str(sql.value).lstrip().upper().startswith(
                    ("SELECT", "PRAGMA")
                )
            return node.func.id in SQL_READS
        if not isinstance(node.func, ast.Attribute):
            return False
        node = node.func.value
    return False


class _Scan(ast.NodeVisitor):
    """Offences in one module: (function, what it does)."""

    def __init__(self, sessions: set[str], documents: set[str]):
        self.session_helpers, self.document_helpers = sessions, documents
        self.found: list[tuple[str, str]] = []
        self.where: list[str] = []
        self.in_command = 0
        self.sessions: set[str] = set()
        self.documents: dict[str, bool] = {}  # name -> opened writable

    # -- scopes ---------------------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        command = any(_name(b) in ("Command", "Macro") for b in node.bases)
        self.in_command += command
        self.where.append(node.name)
        self.generic_visit(node)
        self.where.pop()
        self.in_command -= command

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer = (set(self.sessions), dict(self.documents))
        for arg in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
            annotation = ast.unparse(arg.annotation) if arg.annotation else ""
            if "EditSession" in annotation:
                self.sessions.add(arg.arg)
            elif "PlanDocument" in annotation:
                self.documents[arg.arg] = False  # handed over: its opener decides
        self.where.append(node.name)
        self.generic_visit(node)
        self.where.pop()
        self.sessions, self.documents = outer

    # -- bindings -------------------------------------------------------------------------
    def _bind(self, target: ast.expr | None, value: ast.expr) -> None:
        if target is None or not isinstance(value, ast.Call):
            return
        opener = _name(value.func)
        names = [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
        if opener in self.session_helpers:
            self.sessions.update(names)
        elif opener in self.document_helpers:
            read_only = any(
                k.arg == "read_only" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in value.keywords
            )
            self.documents.update(dict.fromkeys(names, not read_only))

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            self._bind(item.optional_vars, item.context_expr)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._bind(target, node.value)
        self.generic_visit(node)

    # -- offences -------------------------------------------------------------------------
    def _offence(self, what: str) -> None:
        self.found.append((".".join(self.where) or "<module>", what))

    def _is_session(self, node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id in self.sessions

    def _is_edited_document(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return self.documents.get(node.id, False)
        # edit.document: the session's own document
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "document"
            and (self._is_session(node.value))
        )

    def visit_Call(self, node: ast.Call) -> None:
        callee = _name(node.func)
        if callee in SESSION_OPENERS:
            self._offence(f"opens a SQLAlchemy session ({callee})")
        if isinstance(node.func, ast.Attribute) and not self.in_command:
            receiver = node.func.value
            if callee in ("apply", "do") and not self._is_session(receiver):
                self._offence(f"applies a command itself (.{callee})")
            elif callee == "execute" and not self._is_session(receiver) and not _is_sql_read(node):
                self._offence(f"executes past the edit session ({ast.unparse(receiver)}.execute)")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "session" and not self.in_command and self._is_edited_document(node.value):
            self._offence(f"reads an edited plan past the edit session ({ast.unparse(node)})")
        self.generic_visit(node)


def scan(sources: dict[str, str]) -> set[tuple[str, str, str]]:
    """(module, function, offence) for every module source given (name -> text)."""
    trees = {name: ast.parse(text) for name, text in sources.items()}
    sessions, documents = _helpers(trees)
    found: set[tuple[str, str, str]] = set()
    for name, tree in trees.items():
        visitor = _Scan(sessions, documents)
        visitor.visit(tree)
        found.update((name, where, what) for where, what in visitor.found)
    return found


def test_no_cli_module_edits_past_the_edit_session() -> None:
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted(CLI.glob("*.py"))}
    assert "interop_cmds.py" in sources
    assert scan(sources) == set(), "edit through EditSession (cli/editing.py)"


OFFENDING = {
    "document execute": """
def cmd(args):
    with writable_plan(args.plan) as doc:
        doc.execute(SetWeights({}))
""",
    "document of a session": """
def cmd(args):
    with editing(args.plan) as edit:
        edit.document.execute(SetWeights({}))
""",
    "read-only opener, then written": """
def cmd(args):
    doc = open_plan(args.plan)
    doc.execute(SetWeights({}))
""",
    "apply": """
def cmd(command: Command, session: Session) -> None:
    command.apply(session)
""",
    "do": """
def cmd(step):
    step.do()
""",
    "new session": """
def cmd(args):
    with opened_plan(args.plan, read_only=True) as doc:
        session = doc.new_session()
""",
    "Session(": """
def cmd(engine):
    return Session(engine)
""",
    "session of an edited plan": """
def cmd(args):
    with writable_plan(args.plan) as doc:
        snap = load_snapshot(doc.session)
""",
    "SQL write": """
def cmd(session: Session) -> None:
    session.execute(update(table).values(title="x"))
""",
    "SQL write as text": """
def cmd(session: Session) -> None:
    session.execute(text("DELETE FROM item"))
""",
}

HELPERS = """
@contextlib.contextmanager
def editing(target: str) -> Iterator[EditSession]:
    yield EditSession(open_plan(target))

@contextlib.contextmanager
def writable_plan(target: str) -> Iterator[PlanDocument]:
    yield open_plan(target)

@contextlib.contextmanager
def opened_plan(target: str, *, read_only: bool = False) -> Iterator[PlanDocument]:
    yield open_plan(target, read_only=read_only)
"""


@pytest.mark.parametrize("case", sorted(OFFENDING))
def test_the_scan_finds_each_way_past_the_session(case: str) -> None:
    found = scan({"helpers.py": HELPERS, "offender.py": OFFENDING[case]})
    assert [where for module, where, _what in found] == ["cmd"], found


def test_the_scan_passes_the_ways_through_the_session() -> None:
    allowed = """
def cmd(args):
    with editing(args.plan) as edit:
        snap = edit.snapshot
        ids = edit.read(lambda session: session.execute(select(t.c.id).where(t.c.x == 1)).all())
        edit.execute(SetWeights({}))
        box = Box(lambda: edit.snapshot, edit.apply)
    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
        doc.session.execute(text("PRAGMA integrity_check"))

def apart(edit: EditSession, command: Command) -> None:
    edit.apply(command)

class _IfVersion(Command):
    def apply(self, session):
        session.execute(update(t).values(x=1))
        return self.inner.apply(session)
"""
    assert scan({"helpers.py": HELPERS, "fine.py": allowed}) == set()


def test_the_stale_test_compares_what_an_edit_changes(sample_plan: Path) -> None:
    """The control for the stale-edit test: Bob's new versions alone leave the plan data it
    compares as they were, and an edit changes it (so "nothing changed" there means something)."""
    from stratplanner.commands import UpdateRecord
    from stratplanner.commands.partnership import RecordKpiActuals
    from stratplanner.store import open_plan

    before = plan_data(sample_plan)
    edit = EditSession(open_plan(sample_plan))
    try:
        kpi = edit.snapshot.kpis[0]
        assert _bump_as_bob(edit, RecordKpiActuals(kpi.id, [])) == 1
        assert plan_data(sample_plan) == before
        edit.execute(UpdateRecord("kpi", kpi.id, {"name": "Renamed"}))
    finally:
        edit.close()
    assert plan_data(sample_plan) != before


def test_an_import_that_sets_the_currency_is_based_on_the_plan_it_read(
    empty_plan: Path, capsys: pytest.CaptureFixture[str], spied: list[dict[str, Any]]
) -> None:
    """The one import step that expects a version (the plan settings, for the currency) is
    based on the snapshot read before the rows were checked, and takes effect."""
    interop_files(empty_plan.parent, empty_plan, capsys)
    code, _out, err = run(capsys, *command_line(IMPORT_GBP, empty_plan))
    assert code == 0, err
    sessions = [c for c in spied if c["what"] == "session"]
    assert [(s["expects"], s["versioned"]) for s in sessions] == [(True, True)]
    assert sessions[0]["kw"]["seen"] is not None
    assert plan_data(empty_plan)["plan"]["currency"] == "GBP"


def test_an_import_into_a_plan_emptied_meanwhile_is_refused(
    empty_plan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan held amounts when the import began (so it read no snapshot to base a currency
    change on) and none when its rows were checked (a teammate removed them): the currency
    change would rest on nothing read, so nothing is imported."""
    from stratplanner.io import table_import

    interop_files(empty_plan.parent, empty_plan, capsys)
    before = plan_data(empty_plan)
    real = table_import.plan_money
    calls: list[int] = []

    def money(session: Any) -> tuple[str | None, int]:
        calls.append(1)
        currency, held = real(session)
        return (currency, 3) if len(calls) == 1 else (currency, held)

    monkeypatch.setattr(table_import, "plan_money", money)
    code, out, err = run(capsys, *command_line(IMPORT_GBP, empty_plan))
    assert len(calls) == 2, "the import no longer checks the plan's amounts before its rows"
    assert code == 1, out
    assert "was changed while the rows were checked" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert plan_data(empty_plan) == before
