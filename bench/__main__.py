"""`make bench`: every benchmark as a ratio to its baseline, measured in the same run."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from bench import inbox, memory, minutes, projector, storage, strategy, sync, workspace
from cwd_desktop.logs import quiet_libraries


def main() -> int:
    quiet_libraries()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["CWD_DESKTOP_HOME"] = str(tmp / "home")
        rows = storage.run(tmp) + minutes.run(tmp) + sync.run(tmp) + memory.run(tmp) + workspace.run(tmp)
        rows += strategy.run(tmp) + inbox.run(tmp) + projector.run(tmp)
    print(f"{'benchmark':42} {'measured':>9}  {'baseline':28} {'measured':>9}  {'ratio':>6}  goal")
    missed = 0
    for name, value, base_name, base_value, goal, *unit in rows:
        ratio = value / base_value
        verdict = "" if goal is None else (f"<= {goal:g}x ok" if ratio <= goal else f"<= {goal:g}x MISSED")
        missed += goal is not None and ratio > goal
        shown, base_shown = _shown(value, unit), _shown(base_value, unit)
        print(f"{name:42} {shown:>9}  {base_name:28} {base_shown:>9}  {ratio:5.2f}x  {verdict}")
    return 1 if missed else 0


def _shown(value: float, unit: list[str]) -> str:
    """Seconds as milliseconds (the default), or megabytes."""
    return f"{value:7.1f}MB" if unit == ["MB"] else f"{value * 1000:7.1f}ms"


if __name__ == "__main__":
    sys.exit(main())
