"""Entry point of both frozen executables, ``stratplanner`` (GUI) and ``stratplanner-cli``.

They run the same ``stratplanner.cli.main:main`` as the pip-installed command;
only the console flag differs (it matters on Windows and macOS).
``STRATPLANNER_BUNDLE_CHECK=1`` runs the bundle's self-check instead
(packaging/bundle_check.py), which build.sh uses after every build.
"""

import os
import sys

# Alembic compiles the migrations from their .py files at run time; never write
# __pycache__ into the installed application (read-only, or code-signed on macOS).
sys.dont_write_bytecode = True

if os.environ.get("STRATPLANNER_BUNDLE_CHECK") == "1":
    from bundle_check import run

    raise SystemExit(run())

from stratplanner.cli.main import main  # noqa: E402  (after the check above)

raise SystemExit(main())
