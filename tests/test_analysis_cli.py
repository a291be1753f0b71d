"""``stratplanner analyze`` and ``stratplanner chart``: output, files, and one-sentence refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from cli_helpers import run
from stratplanner.analysis import FINDING_KINDS
from stratplanner.charts import registry


def test_analyze_prints_a_summary_and_findings(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "analyze", str(sample_plan))
    assert code == 0, err
    assert "Aligned spend" in out and "Objectives" in out and "Findings (" in out
    assert "has no IT item supporting it" in out


def test_analyze_json_has_the_documented_keys(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "analyze", str(sample_plan), "--json")
    assert code == 0, err
    document = json.loads(out)
    assert 0 <= document["aligned_spend_share"] <= 1
    assert document["objectives"] and {"code", "support", "unsupported"} <= set(
        document["objectives"][0]
    )
    assert document["items"] and {"code", "alignment", "orphan"} <= set(document["items"][0])
    assert document["findings"]
    for finding in document["findings"]:
        assert {"kind", "code", "message"} <= set(finding)
        assert finding["kind"] in FINDING_KINDS


def test_analyze_an_empty_plan(empty_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", str(empty_plan))
    assert code == 0
    assert "No findings" in out


@pytest.mark.parametrize(
    ("suffix", "head"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_chart_writes_each_format(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, head: bytes
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / f"coverage{suffix}"
    code, out, err = run(
        capsys,
        "chart",
        str(sample_plan),
        "--kind",
        "coverage",
        "-o",
        str(target),
        "--size",
        "8x5",
        "--dpi",
        "60",
    )
    assert code == 0, err
    assert target.read_bytes().startswith(head)
    assert str(target) in out
    assert [p.name for p in out_dir.iterdir()] == [target.name]


def test_chart_options_reach_the_chart(
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = {}
    original = registry.CHARTS["roadmap"]

    def spy(fig: Figure, snap, analysis, options):  # type: ignore[no-untyped-def]
        seen["options"] = options
        seen["size"] = tuple(fig.get_size_inches())
        return original.draw(fig, snap, analysis, options)

    monkeypatch.setitem(
        registry.CHARTS,
        "roadmap",
        registry.ChartKind(
            original.name,
            original.title,
            spy,
            original.options,
            original.by_field,
            original.by_choices,
        ),
    )
    target = tmp_path / "roadmap.png"
    code, _out, err = run(
        capsys, "chart", str(sample_plan), "--kind", "roadmap", "-o", str(target),
        "--by", "team", "--colour-by", "status", "--business-unit", "ECOM", "--category", "grow",
        "--from", "2027-Q2", "--to", "2028-Q4", "--size", "a3",
        "--today", "2027-06-30", "--dpi", "40",
    )  # fmt: skip
    assert code == 0, err
    options = seen["options"]
    assert options.lane_by == "team" and options.colour_by == "status"
    assert options.filters.categories == {"grow"}
    assert len(options.filters.business_unit_ids) == 1
    assert (
        str(options.filters.quarter_from) == "2027-Q2"
        and str(options.filters.quarter_to) == "2028-Q4"
    )
    assert str(options.today) == "2027-06-30"
    assert seen["size"] == pytest.approx((16.54, 11.69))
    assert target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "pie"], "There is no chart 'pie'"),
        (["--kind", "roadmap", "--by", "colour"], "does not fit the roadmap chart"),
        (["--kind", "bubbles", "--by", "team"], "--by does not apply to the bubbles chart"),
        (["--kind", "coverage", "--business-unit", "NOPE"], "no business unit 'NOPE'"),
        (["--kind", "coverage", "--category", "maintain"], "'maintain' is not a category"),
        (["--kind", "roadmap", "--size", "huge"], "is not WxH"),
        (["--kind", "roadmap", "--from", "2028-Q1", "--to", "2027-Q1"], "is before --from"),
        (["--kind", "roadmap", "--today", "yesterday"], "is not a date"),
        (["--kind", "roadmap", "--page", "99"], "has 1 page; --page 99 is past the end"),
    ],
)
def test_chart_refuses_bad_choices_in_one_sentence(
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    target = tmp_path / "chart.png"
    code, _out, err = run(capsys, "chart", str(sample_plan), "-o", str(target), *args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not target.exists()


def test_chart_refuses_a_bad_extension_or_a_missing_folder(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "chart", str(sample_plan), "--kind", "roadmap", "-o", str(tmp_path / "chart.jpg")
    )
    assert code == 1 and ".png" in err and ".pdf" in err
    code, _out, err = run(
        capsys,
        "chart",
        str(sample_plan),
        "--kind",
        "roadmap",
        "-o",
        str(tmp_path / "no" / "chart.png"),
    )
    assert code == 1 and "does not exist" in err
    assert [p.suffix for p in tmp_path.iterdir()] == [".stratplan"]


def test_a_failed_chart_leaves_the_old_file(
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "chart.pdf"
    target.write_bytes(b"last week's chart")

    def broken(self: Figure, out, **_kwargs):  # type: ignore[no-untyped-def]
        out.write(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Figure, "savefig", broken)
    code, _out, err = run(
        capsys, "chart", str(sample_plan), "--kind", "coverage", "-o", str(target)
    )
    assert code == 1 and "No space left" in err
    assert target.read_bytes() == b"last week's chart"
    assert [p.name for p in out_dir.iterdir()] == ["chart.pdf"]
