"""A throwaway PostgreSQL server on a loopback port for the team-mode tests.

Uses the distribution's server binaries (``.ci/run`` installs them). As root
the cluster runs as the ``postgres`` system user, since PostgreSQL refuses to
run as root. Everything lives in a temp folder and is removed on stop.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    base: Path
    port: int
    bin_dir: Path
    as_user: str | None

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://stratplanner@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        # The callers read returncode and stderr themselves.
        return subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.base / "data"),
                "-m",
                "immediate",
                "stop",
            )
        shutil.rmtree(self.base, ignore_errors=True)

    def restart(self) -> None:
        """Stop and start again (a server lost mid-session, then back)."""
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "stop"
        )
        self._start()

    def _start(self) -> None:
        result = self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.base / "data"),
            "-l",
            str(self.base / "server.log"),
            "-o",
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off",
            "-w",
            "start",
        )
        if result.returncode != 0:
            log = (
                (self.base / "server.log").read_text(errors="replace")
                if (self.base / "server.log").exists()
                else ""
            )
            raise ServerUnavailable(f"pg_ctl start failed: {result.stderr.strip()} {log[-500:]}")


def start_server() -> PgServer:
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise ServerUnavailable("PostgreSQL server binaries (initdb) are not installed")
    as_user = "postgres" if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="stratplanner-pg-"))
    if as_user:
        shutil.chown(base, as_user)
        base.chmod(0o755)
    server = PgServer(base, _free_port(), bin_dir, as_user)
    init = server._run(
        str(bin_dir / "initdb"),
        "-D",
        str(base / "data"),
        "-A",
        "trust",
        "-U",
        "stratplanner",
        "-E",
        "UTF8",
    )
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {init.stderr.strip()[:300]}")
    server._start()
    return server
