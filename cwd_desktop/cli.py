"""The `cwd-desktop` command. Without a command it starts the GUI (imported only then).

Every command takes `--db PATH`; errors are one line on stderr and exit code 2, with the
database unchanged (each command's writes are one transaction).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cwd_desktop import __version__, paths
from cwd_desktop.errors import CwdError
from cwd_desktop.storage import Store, open_store

EXIT_OK, EXIT_UNSOUND, EXIT_ERROR = 0, 1, 2


def _add_db(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    # Commands SUPPRESS the default so that `cwd-desktop --db X meetings` keeps X.
    parser.add_argument(
        "--db", type=Path, default=default, metavar="PATH",
        help="the database file (default: $CWD_DESKTOP_DB or the user's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cwd-desktop",
        description="Workshops, SWOT, goals and signed minutes for municipal partnerships. "
        "Without a command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"cwd-desktop {__version__}")
    _add_db(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the desktop application")
    _add_db(gui)
    gui.set_defaults(handler=cmd_gui)

    demo = commands.add_parser("demo", help="add the two demo partnerships with their workshops")
    _add_db(demo)
    demo.set_defaults(handler=cmd_demo)

    meetings = commands.add_parser("meetings", help="list meetings: id, number, date, partnership, title")
    _add_db(meetings)
    meetings.set_defaults(handler=cmd_meetings)

    swot = commands.add_parser("swot", help="SWOT items").add_subparsers(dest="action", metavar="ACTION", required=True)
    swot_import = swot.add_parser("import", help="add SWOT items from a CSV file (quadrant,text,votes,theme)")
    _add_db(swot_import)
    swot_import.add_argument("meeting", metavar="MEETING", help="the meeting's id or number, e.g. 3/2026")
    swot_import.add_argument("file", type=Path, metavar="FILE.csv")
    swot_import.set_defaults(handler=cmd_swot_import)

    people = commands.add_parser("people", help="participants").add_subparsers(dest="action", metavar="ACTION",
                                                                                required=True)
    people_import = people.add_parser("import", help="add people from a CSV file (name,role,affiliation,email,phone)")
    _add_db(people_import)
    people_import.add_argument("partnership", metavar="PARTNERSHIP", help="the partnership's id or name")
    people_import.add_argument("file", type=Path, metavar="FILE.csv")
    people_import.set_defaults(handler=cmd_people_import)

    check = commands.add_parser("check", help="check the database: integrity, references, field versions")
    _add_db(check)
    check.set_defaults(handler=cmd_check)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    from cwd_desktop.gui.app import run  # Qt is imported only when the GUI starts

    return run(args.db)


def cmd_demo(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.demo import load_demo

    added = load_demo(store)
    if added:
        print(f"Added the demo partnerships: {', '.join(p.name for p in added)}.")
    else:
        print("The demo partnerships are already in this database.")
    return EXIT_OK


def cmd_meetings(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.overview import meetings

    for row in meetings(store):
        m = row.meeting
        date = m.date.isoformat() if m.date else ""
        print("\t".join([m.id, m.display_number, date, row.partnership.name, m.title]))
    return EXIT_OK


def cmd_swot_import(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.csv_import import import_swot

    items = import_swot(store, args.meeting, args.file)
    print(f"Imported {len(items)} SWOT items.")
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.csv_import import import_people

    people = import_people(store, args.partnership, args.file)
    print(f"Imported {len(people)} people.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.integrity import check

    report = check(store)
    print(f"Database: {store.path}")
    print(f"Device: {store.device_name} ({store.device_id})")
    for line in report.lines():
        print(line)
    return EXIT_OK if report.sound else EXIT_UNSOUND


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[..., int] = getattr(args, "handler", cmd_gui)
    if handler is cmd_gui:
        return cmd_gui(args)
    db_path = args.db or paths.default_database_path()
    try:
        if args.db is None:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        with open_store(db_path) as store:
            return handler(args, store)
    except CwdError as exc:
        print(f"cwd-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"cwd-desktop: {exc.strerror or exc} ({exc.filename or db_path}).", file=sys.stderr)
        return EXIT_ERROR
