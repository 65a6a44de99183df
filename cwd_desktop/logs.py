"""What the application did, in a rotating log file a coordinator can send when something goes
wrong: databases opened, packages and CSV files imported, minutes signed, refusals (each with its
one sentence), and the traceback of any error the code did not expect.

The file is `cwd-desktop.log` in the user's log folder (`paths.log_dir()`); five older files are
kept beside it, one MiB each. Nothing is written until something is logged.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cwd_desktop import paths

FILE_NAME = "cwd-desktop.log"
MAX_BYTES = 1024 * 1024
KEEP = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.FileHandler | None = None


def log_file() -> Path:
    return paths.log_dir() / FILE_NAME


def start() -> Path | None:
    """Send the app's log records (INFO and above) to the log file; again, it changes nothing.
    None when the log folder cannot be made (a read-only home): the app works on without it."""
    global _handler
    if _handler is not None:
        return Path(_handler.baseFilename)  # a RotatingFileHandler
    import logging.handlers  # not at import: it loads socket and pickle, unneeded for the first frame

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    app = logging.getLogger("cwd_desktop")
    app.addHandler(handler)
    app.setLevel(logging.INFO)
    _handler = handler
    return path


def stop() -> None:
    """Close the log file (tests, and a CLI run that is over)."""
    global _handler
    if _handler is not None:
        logging.getLogger("cwd_desktop").removeHandler(_handler)
        _handler.close()
        _handler = None


def quiet_libraries() -> None:
    """pyHanko and fontTools log tracebacks for expected outcomes (an untrusted issuer, a font table
    they skip); the user gets our one-line verdicts instead."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
