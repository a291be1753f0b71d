"""kill -9 in the middle of a stream of edits: every committed edit is there on reopen."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from stratplanner.commands import CreateRecord
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

WRITER = r"""
import sys
from stratplanner.commands import CreateRecord
from stratplanner.store import open_plan
doc = open_plan(sys.argv[1])
n = 0
while True:
    doc.execute(CreateRecord("team", {"code": f"K{n}", "name": f"Team {n}", "capacity": 1.0}))
    print(n, flush=True)
    n += 1
"""


def test_kill_during_edits_loses_nothing_committed(sample_plan: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(sample_plan)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    confirmed = -1
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    conn = sqlite3.connect(sample_plan)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with open_plan(sample_plan) as doc:  # the dead writer's lock is reclaimed
        assert not doc.read_only
        codes = {t.code for t in load_snapshot(doc.session).teams}
        # The next edit works and cleans up whatever journal the killed writer left.
        doc.execute(
            CreateRecord("team", {"code": "AFTER", "name": "After the crash", "capacity": 1.0})
        )
    assert {f"K{n}" for n in range(confirmed + 1)} <= codes
    assert not sample_plan.with_name(sample_plan.name + "-journal").exists()
