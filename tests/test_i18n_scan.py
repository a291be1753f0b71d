"""No user-visible string literal reaches the screen or the PDF without going through
translation (issue 18 item 6).

An AST scan of ui/, export/pdf/ and charts/: a string literal with letters passed straight to
an API that shows text (setText, QLabel(...), addAction, Paragraph(...), set_title, …) is a
finding unless it is wrapped in ``self.tr(...)`` / ``translate(...)`` or is not language (the
short allow-list below). Files not converted yet are listed in NOT_YET_TRANSLATED: take a
file out of it when you have wrapped its strings (the test then holds it to that); a new file
with findings fails at once.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "stratplanner"
SCANNED = ("ui", "export/pdf", "charts")

#: Literals that are not language: they read the same in every language the app ships.
NOT_LANGUAGE = frozenset(
    {
        "FTE",  # the unit, as planners write it in English and German
        "IT",  # the department's name in both languages
        "KPI",
        "PDF",
        "CSV",
        "XLSX",
        "JSON",
        "SVG",
        "PNG",
        "OK",
        "StratPlanner",  # the app's name
    }
)
#: Calls that make a literal translatable (the string is their argument).
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})

ALL = None  # every argument is shown text
#: API name -> positions of its shown-text arguments (ALL: every argument); keywords below.
TEXT_APIS: dict[str, tuple[int, ...] | None] = {
    # Qt widgets and actions
    "setText": ALL,
    "setWindowTitle": ALL,
    "setToolTip": ALL,
    "setStatusTip": ALL,
    "setWhatsThis": ALL,
    "setPlaceholderText": ALL,
    "setTitle": ALL,
    "setLabelText": ALL,
    "setInformativeText": ALL,
    "setSpecialValueText": ALL,
    "setIconText": ALL,
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addItem": (0, 1),  # (text, data) or (icon, text, data): checked as the first text below
    "insertItem": (1, 2),
    "addItems": ALL,
    "setHeaderLabels": ALL,
    "setHorizontalHeaderLabels": ALL,
    "setVerticalHeaderLabels": ALL,
    "addAction": ALL,
    "addMenu": ALL,
    "addButton": (0,),
    "addRow": (0,),
    "showMessage": (0,),
    "QLabel": ALL,
    "QPushButton": ALL,
    "QToolButton": ALL,
    "QCheckBox": ALL,
    "QRadioButton": ALL,
    "QGroupBox": ALL,
    "QAction": ALL,
    "QMenu": ALL,
    "QMessageBox": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
    # the app's own dialogs object (ui/dialogs/__init__.py)
    "confirm": (1, 2, 3),
    "error": (1, 2),
    "info": (1, 2),
    "choose": (1, 2, 3),
    "ask_text": (1, 2),
    "save_plan_path": (1,),
    "save_file_path": (1, 3),
    "open_file_path": (1, 3),
    # the PDF (reportlab paragraphs, the context's headings)
    "Paragraph": (0,),
    "heading": (1,),
    "sub_heading": (1,),
    # charts (matplotlib)
    "set_title": (0,),
    "suptitle": (0,),
    "set_xlabel": (0,),
    "set_ylabel": (0,),
    "annotate": (0,),
    "text": (2,),  # ax.text(x, y, s)
    "set_xticklabels": (0,),
    "set_yticklabels": (0,),
    "legend": (1,),  # legend(handles, labels)
}
#: Keywords that carry shown text in any call (matplotlib's label=, title=, …).
TEXT_KEYWORDS = frozenset({"text", "title", "label", "labels", "xlabel", "ylabel", "toolTip"})

#: Files whose strings are not wrapped yet (ui, PDF and chart files with findings when the
#: scan was written). Whoever converts a file removes it here; none may be added.
NOT_YET_TRANSLATED: frozenset[str] = frozenset()

_LETTERS = re.compile(r"[^\W\d_]")
_MARKUP = re.compile(r"<[^<>]*>|&#?\w+;")  # rich-text tags and entities are not language


def _is_language(text: str) -> bool:
    text = _MARKUP.sub(" ", text)
    return bool(_LETTERS.search(text)) and text.strip() not in NOT_LANGUAGE


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated(node: ast.expr) -> bool:
    """Does this expression put a language literal on show without translating it?"""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _is_language(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(untranslated(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) or untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) or untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(untranslated(v) for v in node.values)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return any(untranslated(e) for e in node.elts)
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATING:
            return False
        # "Found {n}".format(n=n) and "".join([...]) hold their literal in the receiver
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
            return untranslated(node.func.value) or any(untranslated(a) for a in node.args)
    return False


def _text_call(call: ast.Call) -> bool:
    name = _name(call.func)
    return name in TRANSLATING or name in ("format", "join")


def _shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    name = _name(call.func)
    positions = TEXT_APIS.get(name, ())
    args = [a for a in call.args if not isinstance(a, ast.Starred)]
    if name in TEXT_APIS:
        if name == "addItem":  # (text, data) or (icon, text, data): an icon is a call
            icon = isinstance(args[0], ast.Call) and not _text_call(args[0]) if args else False
            yield from args[1:2] if icon else args[:1]
        elif positions is ALL:
            yield from args
        else:
            yield from (args[i] for i in positions if i < len(args))
    for keyword in call.keywords:
        if keyword.arg in TEXT_KEYWORDS:
            yield keyword.value


def findings(path: Path) -> list[str]:
    """'ui/views/roadmap.py:120 setText("Saved")' for every untranslated shown literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in _shown_arguments(node):
                if untranslated(arg):
                    where = path.relative_to(SRC).as_posix()
                    out.append(f"{where}:{node.lineno} {_name(node.func)}({ast.unparse(arg)})")
    return out


def scanned_files() -> list[Path]:
    return sorted(p for area in SCANNED for p in (SRC / area).rglob("*.py"))


def test_every_shown_string_is_translatable() -> None:
    pending = {}
    for path in scanned_files():
        name = path.relative_to(SRC).as_posix()
        hits = findings(path)
        if name in NOT_YET_TRANSLATED:
            pending[name] = bool(hits)
            continue
        assert not hits, (
            f"{name} shows text that is not translatable; wrap each string in self.tr(...) "
            "(Qt classes) or translate('Context', ...) (Qt-free code), then run "
            "'python packaging/translations.py update AREA' and translate it:\n" + "\n".join(hits)
        )
    gone = sorted(
        set(NOT_YET_TRANSLATED) - {p.relative_to(SRC).as_posix() for p in scanned_files()}
    )
    assert not gone, f"NOT_YET_TRANSLATED names files that no longer exist: {gone}"
    done = sorted(name for name, has_hits in pending.items() if not has_hits)
    assert not done, f"these files are translated now; take them out of NOT_YET_TRANSLATED: {done}"


SAMPLE = """
class View:
    def build(self, n, name):
        self.title.setText("Roadmap")                       # 1 hit
        self.title.setText(self.tr("Roadmap"))
        QLabel(f"{name} items")                              # 2 hit
        QLabel(f"{n}")
        self.box.addItem("Business", "business")             # 3 hit (not the data)
        self.box.addItem(self.tr("Business"), "business")
        self.status.showMessage("Saved {0}".format(name))    # 4 hit
        self.status.showMessage(self.tr("Saved {0}").format(name))
        menu.addAction(icon, "Undo" if n else "Redo")        # 5 hit
        QPushButton("—")
        QPushButton("FTE")
        ax.set_title(translate("Charts", "Budget"))
        ax.plot(x, y, "o-", label="Actual")                  # 6 hit (the label, not "o-")
        ax.plot(x, y, "o-", label=name)
        Paragraph(markup(name), style)
        Paragraph("No votes were cast.", style)              # 7 hit
"""


def test_the_scan_finds_each_kind_of_untranslated_text() -> None:
    hits = sorted(
        node.lineno
        for node in ast.walk(ast.parse(SAMPLE))
        if isinstance(node, ast.Call)
        for arg in _shown_arguments(node)
        if untranslated(arg)
    )
    assert hits == [4, 6, 8, 10, 12, 16, 19]


def _lupdate_cannot_read(call: ast.Call) -> str | None:
    """Why pyside6-lupdate would skip this tr()/translate() call, or None.

    Measured: it ignores keyword arguments, and a translate() whose count (the 4th argument)
    is not a plain name — translate("C", "%n x(s)", None, len(xs)) or s.count — is not
    extracted at all (self.tr copes with both)."""
    name = _name(call.func)
    if name not in ("tr", "translate") or (isinstance(call.func, ast.Name) and name == "tr"):
        return None
    if call.keywords:
        return "keyword arguments (lupdate reads positional ones only)"
    count = call.args[3] if name == "translate" and len(call.args) > 3 else None
    if count is not None and not isinstance(count, ast.Name | ast.Constant | ast.UnaryOp):
        return "a count that is not a plain name (write n = len(xs) first)"
    return None


def test_every_translation_call_is_one_lupdate_reads() -> None:
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (why := _lupdate_cannot_read(node)):
                problems.append(f"{path.relative_to(SRC).as_posix()}:{node.lineno}: {why}")
    assert not problems, "lupdate would miss these strings:\n" + "\n".join(problems)


def test_the_lupdate_check_catches_a_count_it_cannot_read() -> None:
    calls = [
        ast.parse(code).body[0].value  # type: ignore[attr-defined]
        for code in (
            'translate("C", "%n x(s)", None, len(xs))',
            'translate("C", "%n x(s)", None, s.count)',
            'self.tr("%n x(s)", "", n=n)',
            'translate("C", "%n x(s)", None, n)',
            'self.tr("%n x(s)", "", len(xs))',
        )
    ]
    assert [bool(_lupdate_cannot_read(c)) for c in calls] == [True, True, True, False, False]
