"""Interchange benchmarks: a 50,000-row messy CSV imported with progress, and exports of a
large plan.

Run:  python benchmarks/bench_interop.py [--rows 50000] [--xlsx]
Issue 8: large sheets (50,000 rows) import with a progress bar. The figures are
printed, not asserted (speed lives here, not in tests).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stratplanner.io.archimate import export_archimate
from stratplanner.io.mspdi import export_mspdi
from stratplanner.io.plan_json import import_plan_json
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.io.table_export import export_csv, export_xlsx
from stratplanner.io.table_import import import_file
from stratplanner.snapshot import load_snapshot
from stratplanner.store import create_plan_file, open_plan

STATUSES = ["Not started", "In progress", "Approved", "done", "On hold", "cancelled"]
DATES = ["{y}-0{m}-15", "15/0{m}/{y}", "Q{q} {y}", "July 31, {y}", "{y}"]
COSTS = ["${n:,}", "{k}k", "{m}M", "£{m}m", "{n} €", "NA", "exempt under section 43"]


def write_csv(path: Path, rows: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "Project ID",
                "Project Name",
                "Description",
                "Status",
                "Start Date",
                "End Date",
                "Total Cost",
                "Annual Benefit",
            ]
        )
        for i in range(rows):
            year = rng.randint(2026, 2030)
            month, quarter = rng.randint(1, 9), rng.randint(1, 4)
            date = rng.choice(DATES)
            n = rng.randint(50_000, 9_000_000)
            cost = rng.choice(COSTS).format(n=n, k=n // 1000, m=round(n / 1e6, 1))
            w.writerow(
                [
                    f"P-{i:06d}",
                    f"Project {i} — modernise the {rng.choice(['CRM', 'ERP', 'data', 'network'])}",
                    "Some words about the scope, the why and the risks. " * rng.randint(1, 4),
                    rng.choice(STATUSES),
                    date.format(y=year, m=month, q=quarter),
                    f"{year + 1}-12-31",
                    cost,
                    f"{rng.randint(0, 5_000)}k",
                ]
            )


def xlsx_copy(source: Path, folder: Path) -> Path:
    """The rows as a workbook a spreadsheet program wrote (LibreOffice, shared strings), else
    openpyxl's."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        out = folder / "lo"
        out.mkdir()
        subprocess.run(
            [
                soffice,
                "--headless",
                "--norestore",
                f"-env:UserInstallation=file://{folder}/profile",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        return (out / source.name).with_suffix(".xlsx")
    from openpyxl import Workbook

    book = folder / "openpyxl-written.xlsx"  # inline strings: openpyxl reads these slowest
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("items")
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            ws.append(row)
    wb.save(book)
    return book


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument(
        "--xlsx", action="store_true", help="also import the same rows from an XLSX file (slower)"
    )
    args = parser.parse_args()
    results: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "projects.csv"
        t = time.perf_counter()
        write_csv(source, args.rows)
        results["csv_bytes"] = source.stat().st_size
        print(
            f"wrote {args.rows:,} rows ({source.stat().st_size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - t:.1f} s"
        )

        plan = create_plan_file(
            folder / "big.stratplan",
            settings={"title": "Bench", "start": "2026-Q1", "quarters": 20},
        )
        ticks: list[tuple[float, int]] = []
        start = time.perf_counter()

        def progress(done: int, total: int) -> None:
            ticks.append((time.perf_counter() - start, done))

        with open_plan(plan) as doc:
            t, c = time.perf_counter(), time.process_time()
            prepared = import_file(doc.session, source, kind="items", progress=progress)
            results["check_s"] = time.perf_counter() - t
            results["check_cpu_s"] = time.process_time() - c
            t, c = time.perf_counter(), time.process_time()
            undo = doc.execute(prepared.command(accept_clean=True))
            results["insert_s"] = time.perf_counter() - t
            results["insert_cpu_s"] = time.process_time() - c
            report = prepared.report
            t = time.perf_counter()
            doc.execute(undo)
            results["undo_s"] = time.perf_counter() - t
        results["progress_calls"] = len(ticks)
        results["imported"] = report.accepted.get("item", 0)
        results["warnings"] = len(report.warnings)
        results["rejected"] = len(report.rejected)
        print(
            f"import csv: {results['imported']:,} items, {results['warnings']:,} warnings, "
            f"{results['rejected']} rejected; check {results['check_s']:.2f} s "
            f"(CPU {results['check_cpu_s']:.2f} s) + insert {results['insert_s']:.2f} s "
            f"(CPU {results['insert_cpu_s']:.2f} s) "
            f"(one step; undo {results['undo_s']:.2f} s); "
            f"{results['progress_calls']} progress calls"
        )

        if args.xlsx:
            book = xlsx_copy(source, folder)
            empty = create_plan_file(
                folder / "x.stratplan", settings={"title": "X", "start": "2026-Q1"}
            )
            with open_plan(empty) as doc:
                t, c = time.perf_counter(), time.process_time()
                prepared = import_file(doc.session, book, kind="items")
                results["xlsx_check_s"] = time.perf_counter() - t
                results["xlsx_check_cpu_s"] = time.process_time() - c
            print(
                f"import xlsx ({book.stem}): {prepared.report.accepted.get('item', 0):,} items; "
                f"check {results['xlsx_check_s']:.2f} s (CPU {results['xlsx_check_cpu_s']:.2f} s)"
            )

        doc_json = folder / "synthetic.json"
        doc_json.write_text(json.dumps(synthetic_plan_dict(5000, seed=7)), encoding="utf-8")
        big = import_plan_json(doc_json, folder / "synthetic.stratplan")
        with open_plan(big, read_only=True) as doc:
            snap = load_snapshot(doc.session)
        for name, write in (
            ("export_xlsx_s", lambda: export_xlsx(snap, folder / "out.xlsx")),
            (
                "export_xlsx_no_analysis_s",
                lambda: export_xlsx(snap, folder / "out2.xlsx", analysis=False),
            ),
            (
                "export_csv_items_s",
                lambda: export_csv(snap, folder / "items.csv", kind="items", analysis=False),
            ),
            ("export_mspdi_s", lambda: export_mspdi(snap, folder / "out.xml")),
            ("export_archimate_s", lambda: export_archimate(snap, folder / "model.xml")),
        ):
            t = time.perf_counter()
            write()
            results[name] = time.perf_counter() - t
        print(
            f"exports of a {len(snap.items):,}-item plan: xlsx {results['export_xlsx_s']:.2f} s "
            f"({results['export_xlsx_no_analysis_s']:.2f} s without analysis columns), "
            f"items csv {results['export_csv_items_s']:.2f} s, "
            f"mspdi {results['export_mspdi_s']:.2f} s, "
            f"archimate {results['export_archimate_s']:.2f} s"
        )
    results["load_average"] = os.getloadavg()[0]
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
