"""The `cwd-desktop` command. Without a command it starts the GUI (imported only then).

Every command takes `--db PATH`; errors are one line on stderr and exit code 2, with the
database unchanged (each command's writes are one transaction).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from cwd_desktop import __version__, logs, messages, paths, settings
from cwd_desktop.errors import EXIT_ERROR, EXIT_OK, EXIT_UNCONFIRMED, EXIT_UNSOUND, CwdError, ValidationError
from cwd_desktop.messages import Message, os_problem, tr

if TYPE_CHECKING:
    from cwd_desktop.storage import Store

LANGUAGES = ("pl", "en")

log = logging.getLogger(__name__)


def _printout(commands, name: str, what: str, handler) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=what)
    _add_db(parser)
    parser.add_argument("meeting", metavar="MEETING")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument("--lang", choices=LANGUAGES, default="pl")
    parser.set_defaults(handler=handler, reads_only=True)
    return parser


def _add_db(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    # Commands SUPPRESS the default so that `cwd-desktop --db X meetings` keeps X.
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help=tr("the database file (default: $CWD_DESKTOP_DB or the user's data folder)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cwd-desktop",
        description=tr(
            "Workshops, SWOT, goals and signed minutes for municipal partnerships. "
            "Without a command, starts the desktop application."
        ),
    )
    parser.add_argument("--version", action="version", version=f"cwd-desktop {__version__}")
    _add_db(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help=tr("start the desktop application"))
    _add_db(gui)
    gui.set_defaults(handler=cmd_gui)

    demo = commands.add_parser("demo", help=tr("add the two demo partnerships with their workshops"))
    _add_db(demo)
    demo.set_defaults(handler=cmd_demo)

    meetings = commands.add_parser("meetings", help=tr("list meetings: id, number, date, partnership, title"))
    _add_db(meetings)
    meetings.set_defaults(handler=cmd_meetings, reads_only=True)

    swot = commands.add_parser("swot", help=tr("SWOT items")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    swot_import = swot.add_parser("import", help=tr("add SWOT items from a CSV file (quadrant,text,votes,theme)"))
    _add_db(swot_import)
    swot_import.add_argument("meeting", metavar="MEETING", help=tr("the meeting's id or number, e.g. 3/2026"))
    swot_import.add_argument("file", type=Path, metavar="FILE.csv")
    swot_import.set_defaults(handler=cmd_swot_import)

    people = commands.add_parser("people", help=tr("participants")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    people_import = people.add_parser(
        "import", help=tr("add people from a CSV file (name,role,affiliation,email,phone)")
    )
    _add_db(people_import)
    people_import.add_argument("partnership", metavar="PARTNERSHIP", help=tr("the partnership's id or name"))
    people_import.add_argument("file", type=Path, metavar="FILE.csv")
    people_import.set_defaults(handler=cmd_people_import)

    strategy = commands.add_parser("strategy", help=tr("the partnership's strategy")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    strategy_show = strategy.add_parser("show", help=tr("print the goal tree with codes, a goal a line"))
    _add_db(strategy_show)
    strategy_show.add_argument("partnership", metavar="PARTNERSHIP", help=tr("the partnership's id or name"))
    strategy_show.add_argument("--lang", choices=LANGUAGES, default="pl", help=tr("language (default: pl)"))
    strategy_show.set_defaults(handler=cmd_strategy_show, reads_only=True)
    strategy_export = strategy.add_parser(
        "export", help=tr("write the strategy's tables to FILE.docx (Word) or FILE.xlsx (Excel)")
    )
    _add_db(strategy_export)
    strategy_export.add_argument("partnership", metavar="PARTNERSHIP", help=tr("the partnership's id or name"))
    strategy_export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    strategy_export.add_argument("--lang", choices=LANGUAGES, default="pl", help=tr("language (default: pl)"))
    strategy_export.set_defaults(handler=cmd_strategy_export, reads_only=True)

    indicators = commands.add_parser("indicators", help=tr("the strategy's indicators")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    indicators_import = indicators.add_parser(
        "import", help=tr("add measurements from a CSV file (indicator,year,value,source,note)")
    )
    _add_db(indicators_import)
    indicators_import.add_argument("partnership", metavar="PARTNERSHIP", help=tr("the partnership's id or name"))
    indicators_import.add_argument("file", type=Path, metavar="FILE.csv")
    indicators_import.set_defaults(handler=cmd_indicators_import)

    check = commands.add_parser("check", help=tr("check the database: integrity, references, field versions"))
    _add_db(check)
    check.set_defaults(handler=cmd_check, reads_only=True)

    minutes = commands.add_parser("minutes", help=tr("export the minutes (protokół) of a meeting as PDF, maybe signed"))
    _add_db(minutes)
    minutes.add_argument("meeting", metavar="MEETING", help=tr("the meeting's id or number, e.g. 3/2026"))
    minutes.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf|FILE.docx",
        help=tr("a .docx file: the Word working copy"),
    )
    minutes.add_argument("--lang", choices=LANGUAGES, default="pl", help=tr("language of the minutes (default: pl)"))
    minutes.add_argument(
        "--sign", type=Path, metavar="FILE.p12", help=tr("sign with this key file; closes the meeting")
    )
    minutes.add_argument(
        "--passphrase-env", metavar="VAR", help=tr("environment variable holding the key's passphrase")
    )
    minutes.add_argument(
        "--bip",
        action="store_true",
        help=tr("the version for publication in BIP: private persons by initials or role, not signed"),
    )
    minutes.set_defaults(handler=cmd_minutes)

    # Paper printed for a meeting, without changing it: MEETING -o FILE.pdf [--lang].
    _printout(
        commands,
        "attendance-sheet",
        tr("the attendance list alone, for printing before a session"),
        cmd_attendance_sheet,
    )
    cards = _printout(
        commands, "print-cards", tr("the SWOT cards on A4 sheets for the wall (4 or 6 a page)"), cmd_print_cards
    )
    cards.add_argument("--per-page", type=int, choices=(4, 6), default=4)
    slips = _printout(
        commands, "voting-slips", tr("anonymous A4 voting slips listing the SWOT cards"), cmd_voting_slips
    )
    slips.add_argument(
        "--copies", type=int, metavar="N", help=tr("how many slips (default: one for each person present)")
    )

    reopen = commands.add_parser("reopen", help=tr("make a new draft revision of a signed meeting"))
    _add_db(reopen)
    reopen.add_argument("meeting", metavar="MEETING")
    reopen.set_defaults(handler=cmd_reopen)

    verify = commands.add_parser(
        "verify",
        help=tr(
            "verify the signatures of a PDF (exit 0 valid, 1 not, 2 unreadable, 3 intact but the signer "
            "is not confirmed on this computer)"
        ),
    )
    _add_db(verify)
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help=tr(
            "a CA certificate to trust for this verification (repeatable); with --db, the partnership CAs "
            "the database names that are not confirmed on this computer are listed"
        ),
    )
    verify.set_defaults(handler=cmd_verify, needs_db=False)

    trusted = commands.add_parser("trust", help=tr("the partnership CAs trusted on this computer")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    trust_add = trusted.add_parser("add", help=tr("trust a partnership CA once its fingerprint is confirmed"))
    trust_add.add_argument("file", type=Path, metavar="CA.pem")
    trust_add.add_argument(
        "--fingerprint", help=tr("the fingerprint read out by the coordinator (16 hex digits or more)")
    )
    trust_add.set_defaults(handler=cmd_trust_add, needs_db=False)
    trusted.add_parser("list", help=tr("the trusted CAs")).set_defaults(handler=cmd_trust_list, needs_db=False)
    trust_remove = trusted.add_parser("remove", help=tr("stop trusting a CA"))
    trust_remove.add_argument("fingerprint", help=tr("its fingerprint, or the beginning of it"))
    trust_remove.set_defaults(handler=cmd_trust_remove, needs_db=False)

    sync = commands.add_parser("sync", help=tr("packages between laptops")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    sync_export = sync.add_parser("export", help=tr("write the full state of the database as a .cwdsync package"))
    _add_db(sync_export)
    sync_export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.cwdsync")
    sync_export.set_defaults(handler=cmd_sync_export, reads_only=True)
    sync_import = sync.add_parser(
        "import", help=tr("merge packages (files, or folders of *.cwdsync not imported before)")
    )
    _add_db(sync_import)
    sync_import.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    sync_import.add_argument(
        "--accept-new-devices",
        action="store_true",
        help=tr("accept the devices not accepted yet (compare their fingerprints with their owners first)"),
    )
    sync_import.add_argument(
        "--preview",
        action="store_true",
        help=tr("say what the import would do, package by package, and write nothing"),
    )
    sync_import.set_defaults(handler=cmd_sync_import)
    sync_devices = sync.add_parser("devices", help=tr("this computer's fingerprint and the devices accepted here"))
    _add_db(sync_devices)
    sync_devices.set_defaults(handler=cmd_sync_devices)
    sync_digest = sync.add_parser("digest", help=tr("one hash of the logical content; equal on converged databases"))
    _add_db(sync_digest)
    sync_digest.set_defaults(handler=cmd_sync_digest, reads_only=True)
    sync_conflicts = sync.add_parser("conflicts", help=tr("list unresolved conflicts (or take the other value)"))
    _add_db(sync_conflicts)
    sync_conflicts.add_argument("--take", metavar="CONFLICT_ID", help=tr("make this conflict's losing value current"))
    sync_conflicts.set_defaults(handler=cmd_sync_conflicts)
    merge = commands.add_parser(
        "merge",
        help=tr("merge a likely duplicate into the row kept (sync conflicts lists them)"),
    )
    _add_db(merge)
    merge.add_argument("kind", metavar="KIND", help="partnership, member, person, meeting")
    merge.add_argument("keep_id", metavar="KEEP_ID")
    merge.add_argument("other_id", metavar="OTHER_ID")
    merge.set_defaults(handler=cmd_merge)

    backups = commands.add_parser("backups", help=tr("list the automatic backups of the database"))
    _add_db(backups)
    backups.add_argument("--now", action="store_true", help=tr("take a backup now first"))
    backups.set_defaults(handler=cmd_backups, needs_db=False)
    restore = commands.add_parser(
        "restore", help=tr("put a backup in place of the database (the current state is backed up first)")
    )
    _add_db(restore)
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.set_defaults(handler=cmd_restore, needs_db=False)

    selftest = commands.add_parser("selftest", help=tr("check that this copy works: demo, window, signing, sync"))
    selftest.set_defaults(handler=cmd_selftest, needs_db=False)

    device = commands.add_parser("device", help=tr("show or set this database's device name"))
    _add_db(device)
    device.add_argument("--name", help=tr('a human name, e.g. "Laptop moderatora — Rajcza"'))
    device.set_defaults(handler=cmd_device)

    cert = commands.add_parser("cert", help=tr("signing keys")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    create = cert.add_parser("create", help=tr("create a moderator's signing key (PKCS#12)"))
    create.add_argument("--name", required=True)
    create.add_argument("--email", default="")
    create.add_argument("--org", default="")
    create.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.p12")
    create.add_argument("--passphrase-env", required=True, metavar="VAR")
    create.add_argument("--ca", type=Path, metavar="CA.p12", help=tr("issue it from this partnership CA"))
    create.add_argument("--ca-passphrase-env", metavar="VAR")
    create.set_defaults(handler=cmd_cert_create, needs_db=False)
    create_ca = cert.add_parser("create-ca", help=tr("create a partnership CA (writes FILE.p12 and FILE.pem)"))
    _add_db(create_ca)
    create_ca.add_argument("--org", required=True, help=tr("the partnership's name"))
    create_ca.add_argument("-o", "--output", type=Path, required=True, metavar="CA.p12")
    create_ca.add_argument("--passphrase-env", required=True, metavar="VAR")
    create_ca.add_argument(
        "--partnership",
        metavar="PARTNERSHIP",
        help=tr("keep the CA certificate in the database for this partnership (needs --db)"),
    )
    create_ca.set_defaults(handler=cmd_cert_create_ca, needs_db=False)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    from cwd_desktop.gui.app import run  # Qt is imported only when the GUI starts

    return run(args.db)


def cmd_demo(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.demo import load_demo

    added = load_demo(store)
    if added:
        print(tr("Added the demo partnerships: {names}.", names=", ".join(p.name for p in added)))
    else:
        print(tr("The demo partnerships are already in this database."))
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
    print(tr("Imported {count} SWOT items.", count=len(items)))
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.csv_import import import_people

    people = import_people(store, args.partnership, args.file)
    print(tr("Imported {count} people.", count=len(people)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.integrity import check

    report = check(store)
    print(tr("Database: {path}", path=store.path))
    print(tr("Device: {device_name} ({device_id})", device_name=store.device_name, device_id=store.device_id))
    for line in report.lines():
        print(line)
    return EXIT_OK if report.sound else EXIT_UNSOUND


def cmd_strategy_show(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.lookup import find_partnership
    from cwd_desktop.services.strategy import gather, tree_lines

    for line in tree_lines(gather(store, find_partnership(store, args.partnership).id), args.lang):
        print(line)
    return EXIT_OK


def cmd_strategy_export(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.lookup import find_partnership
    from cwd_desktop.services.strategy_export import export_strategy

    path = export_strategy(store, find_partnership(store, args.partnership).id, args.output, args.lang)
    print(tr("Wrote {path}.", path=path))
    return EXIT_OK


def cmd_indicators_import(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.csv_import import import_measurements

    added, replaced = import_measurements(store, args.partnership, args.file)
    print(tr("Measurements added: {added}, replaced: {replaced}.", added=added, replaced=replaced))
    return EXIT_OK


def _passphrase(variable: str | None, what: str = "the key") -> str:
    what_ = Message(what)
    if not variable:
        raise CwdError("Give the passphrase of {what} with --passphrase-env VAR (an environment variable).", what=what_)
    value = os.environ.get(variable)
    if value is None:
        raise CwdError(
            "The environment variable {variable} (the passphrase of {what}) is not set.", variable=variable, what=what_
        )
    return value


def cmd_minutes(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.fileio import read_file
    from cwd_desktop.minutes.certs import load_pkcs12
    from cwd_desktop.services.lookup import find_meeting
    from cwd_desktop.services.minutes import export_minutes

    meeting = find_meeting(store, args.meeting)
    if args.output.suffix.lower() == ".docx":
        if args.sign or args.bip:
            raise ValidationError("The Word copy is a working copy: it is neither signed nor the version for BIP.")
        from cwd_desktop.services.minutes import export_docx

        result = export_docx(store, meeting.id, args.output, args.lang)
        print(tr("Wrote {path} (the Word working copy).", path=result.path))
        return EXIT_OK
    if args.bip:
        if args.sign:
            raise ValidationError("The version for BIP is not signed; leave out --sign.")
        from cwd_desktop.services.minutes import export_bip

        result = export_bip(store, meeting.id, args.output, args.lang)
        print(tr("Wrote {path} (the version for publication in BIP).", path=result.path))
        return EXIT_OK
    key = None
    if args.sign:
        key = load_pkcs12(read_file(args.sign, "The key file"), _passphrase(args.passphrase_env), str(args.sign))
    result = export_minutes(store, meeting.id, args.output, args.lang, key)
    state = tr("signed; the meeting is now closed as signed") if result.signed else tr("not signed")
    print(tr("Wrote {path} ({state}).", path=result.path, state=state))
    return EXIT_OK


def cmd_attendance_sheet(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.lookup import find_meeting
    from cwd_desktop.services.minutes import export_attendance_sheet

    result = export_attendance_sheet(store, find_meeting(store, args.meeting).id, args.output, args.lang)
    print(tr("Wrote {path}.", path=result.path))
    return EXIT_OK


def cmd_print_cards(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.fileio import write_atomic
    from cwd_desktop.services.lookup import find_meeting
    from cwd_desktop.services.paper_voting import card_sheet_pdf, session_of

    session_id = session_of(store, find_meeting(store, args.meeting).id)
    write_atomic(args.output, card_sheet_pdf(store, session_id, args.per_page, args.lang))
    print(tr("Wrote {path}.", path=args.output))
    return EXIT_OK


def cmd_voting_slips(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.fileio import write_atomic
    from cwd_desktop.services.lookup import find_meeting
    from cwd_desktop.services.paper_voting import session_of, voting_slips_pdf

    session_id = session_of(store, find_meeting(store, args.meeting).id)
    write_atomic(args.output, voting_slips_pdf(store, session_id, args.copies, args.lang))
    print(tr("Wrote {path}.", path=args.output))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.services.lookup import find_meeting
    from cwd_desktop.services.minutes import reopen

    meeting = reopen(store, find_meeting(store, args.meeting).id)
    print(f"{meeting.id}\t{meeting.display_number}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from cwd_desktop.fileio import read_file
    from cwd_desktop.services.minutes import verify

    data = read_file(args.file, "The PDF")
    pems = [read_file(path, "The certificate") for path in args.trust]
    if "db" in args and args.db:
        with open_database(args.db) as store:
            report = verify(data, pems, store)
    else:
        report = verify(data, pems)
    if not report.signatures:
        print(tr("{file}: no signature.", file=args.file))
    trust_words = {"trusted": tr("trusted"), "self-signed": tr("self-signed"), "unknown issuer": tr("unknown issuer")}
    for s in report.signatures:
        claimed = s.claimed_time.isoformat(timespec="seconds") if s.claimed_time else tr("unknown")
        coverage = (
            tr("whole file")
            if s.covers_whole_file
            else (
                tr("earlier revision; later changes only add signatures")
                if s.later_changes_allowed
                else tr("NOT the whole file: the document was changed after signing")
            )
        )
        print(
            tr("Signature '{field}': {signer}, claimed time {claimed}", field=s.field, signer=s.signer, claimed=claimed)
        )
        print(
            tr(
                "  integrity: {integrity}; covers: {coverage}; trust: {trust}",
                integrity=tr("intact") if s.intact and s.valid else tr("BROKEN"),
                coverage=coverage,
                trust=trust_words.get(s.trust, s.trust),
            )
        )
        verdict = (
            tr("valid")
            if s.ok
            else tr("intact, the signer NOT confirmed on this computer")
            if s.holds
            else tr("INVALID")
        )
        print(tr("  verdict: {verdict} (advanced electronic signature, not a qualified one)", verdict=verdict))
    for name in report.empty_fields:
        print(tr("Empty signature field '{name}'.", name=name))
    for ca in report.unconfirmed_cas:
        print(tr("The database names the CA {ca}, not confirmed on this computer: cwd-desktop trust add CA.pem", ca=ca))
    return EXIT_OK if report.ok else EXIT_UNCONFIRMED if report.holds_unconfirmed else EXIT_UNSOUND


def cmd_cert_create(args: argparse.Namespace) -> int:
    from cwd_desktop.fileio import read_file, write_atomic
    from cwd_desktop.minutes.certs import create_certificate, load_pkcs12, to_pkcs12

    passphrase = _passphrase(args.passphrase_env)
    issuer = None
    if args.ca:
        ca_passphrase = _passphrase(args.ca_passphrase_env, "the CA")
        issuer = load_pkcs12(read_file(args.ca, "The CA file"), ca_passphrase, str(args.ca))
        if not issuer.is_ca:
            raise CwdError("{ca} is not a certification authority's key.", ca=args.ca)
    material = create_certificate(args.name, args.email, args.org, passphrase, issuer)
    write_atomic(args.output, to_pkcs12(material, passphrase))
    print(
        tr("Wrote {output} for {name}, issued by {issuer}.", output=args.output, name=material.name, issuer=issuer.name)
        if issuer
        else tr("Wrote {output} for {name} (self-signed).", output=args.output, name=material.name)
    )
    return EXIT_OK


def cmd_cert_create_ca(args: argparse.Namespace) -> int:
    from cwd_desktop.fileio import write_atomic
    from cwd_desktop.minutes import trust
    from cwd_desktop.minutes.certs import certificate_pem, create_ca, to_pkcs12
    from cwd_desktop.services.lookup import find_partnership
    from cwd_desktop.services.minutes import add_partnership_ca

    passphrase = _passphrase(args.passphrase_env, "the CA")
    if args.partnership and not ("db" in args and args.db):
        raise CwdError("--partnership needs --db, the database to keep the CA certificate in.")
    material = create_ca(args.org, passphrase)
    pem = certificate_pem(material.certificate).encode("ascii")
    pem_path = args.output.with_suffix(".pem")
    if args.partnership:
        with writing(args.db, args) as store:
            add_partnership_ca(store, find_partnership(store, args.partnership).id, pem, material.name)
    write_atomic(args.output, to_pkcs12(material, passphrase))
    write_atomic(pem_path, pem)
    ca = trust.add(trust.candidate(pem))  # made here, by the person at this computer: trusted here
    print(
        tr(
            "Wrote {output} (keep it safe) and {pem_path} (give it to anyone who verifies minutes).",
            output=args.output,
            pem_path=pem_path,
        )
    )
    print(tr("Its fingerprint, to read out to whoever confirms it: {fingerprint}", fingerprint=ca.fingerprint))
    return EXIT_OK


def cmd_trust_add(args: argparse.Namespace) -> int:
    from cwd_desktop.fileio import read_file
    from cwd_desktop.minutes import trust

    ca = trust.candidate(read_file(args.file, "The CA certificate", 1024 * 1024), tr("The file {path}", path=args.file))
    if not args.fingerprint:
        print(tr("{ca}\nfingerprint {fingerprint}", ca=ca.name, fingerprint=ca.fingerprint))
        raise CwdError(
            "Compare this fingerprint with the one the partnership's coordinator reads out, then run "
            "the command again with --fingerprint; nothing was trusted."
        )
    trust.confirm(ca, args.fingerprint)
    print(tr("Trusted on this computer: {ca} ({fingerprint}).", ca=ca.name, fingerprint=ca.fingerprint))
    return EXIT_OK


def cmd_trust_list(args: argparse.Namespace) -> int:
    from cwd_desktop.minutes import trust

    found = trust.trusted()
    if not found:
        print(tr("No certification authority is trusted on this computer yet."))
    for ca in found:
        print(f"{ca.fingerprint}\t{ca.name}")
    return EXIT_OK


def cmd_trust_remove(args: argparse.Namespace) -> int:
    from cwd_desktop.minutes import trust

    ca = trust.remove(args.fingerprint)
    print(tr("No longer trusted on this computer: {ca} ({fingerprint}).", ca=ca.name, fingerprint=ca.fingerprint))
    return EXIT_OK


def cmd_sync_export(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.sync.service import export

    print(tr("Wrote {path}.", path=export(store, args.output)))
    return EXIT_OK


def cmd_sync_import(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.sync import duplicates
    from cwd_desktop.sync.service import import_paths, preview_paths

    run = preview_paths if args.preview else import_paths
    reports = run(store, args.paths, accept_new_devices=args.accept_new_devices)
    if args.preview:
        print(tr("Preview: what the import would do; nothing was written."))
    for report in reports:
        for line in report.lines():
            print(line)
    for line in duplicates.report_lines(store):
        print(line)
    # Exit 3, as `verify` for an unconfirmed signer: packages were left out until a person accepts their
    # devices; exit 1: a folder's package was refused or still being written (listed), the rest went in.
    if any(r.new_device for r in reports):
        return EXIT_UNCONFIRMED
    return EXIT_UNSOUND if any(r.refused or r.waiting for r in reports) else EXIT_OK


def cmd_sync_devices(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.sync import devices

    print(
        tr(
            "this computer\t{device_id}\t{device_name}\t{fingerprint}",
            device_id=store.device_id,
            device_name=store.device_name,
            fingerprint=devices.fingerprint(devices.own_public_key(store)),
        )
    )
    for device in devices.accepted_devices(store):
        print(
            tr(
                "accepted {accepted_at}\t{device_id}\t{device}\t{fingerprint}",
                accepted_at=device.accepted_at,
                device_id=device.device_id,
                device=device.name,
                fingerprint=device.fingerprint,
            )
        )
    return EXIT_OK


def cmd_sync_digest(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.sync.service import digest

    print(digest(store))
    return EXIT_OK


def cmd_sync_conflicts(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.messages import field_name
    from cwd_desktop.sync import duplicates
    from cwd_desktop.sync.conflicts import conflicts, device_names, held_changes, row_label, take_lost_value

    if args.take:
        take_lost_value(store, args.take)
        print(tr("The other value is current again; the next package carries it."))
        return EXIT_OK
    names = device_names(store)
    for c in conflicts(store):
        print(
            "\t".join(
                [
                    c.id,
                    row_label(store.db, c.table, c.row_id),
                    str(field_name(c.column)),
                    c.table,
                    c.row_id,
                    c.column,
                    f"kept {json.dumps(c.kept_value, ensure_ascii=False)} "
                    f"({names.get(c.kept_device, c.kept_device[:8])})",
                    f"lost {json.dumps(c.lost_value, ensure_ascii=False)} "
                    f"({names.get(c.lost_device, c.lost_device[:8])})",
                ]
            )
        )
    for h in held_changes(store):  # changes to signed meetings: kept aside, never applied
        print(
            "\t".join(
                [
                    h.id,
                    tr("not applied ({reason})", reason=h.reason),
                    tr("meeting {meeting}", meeting=h.meeting),
                    h.table,
                    h.row_id,
                    h.column,
                    row_label(store.db, h.table, h.row_id),
                    f"{json.dumps(h.value, ensure_ascii=False)} ({names.get(h.device, h.device[:8])})",
                ]
            )
        )
    for d in duplicates.find(store):
        print("\t".join([tr("likely duplicate"), d.kind, d.keep_id, d.other_id, d.line()]))
    return EXIT_OK


def cmd_merge(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.sync import duplicates

    plan = duplicates.merge(store, args.kind, args.keep_id, args.other_id)
    moved = sum(len(rows) for rows in plan.values()) - 1
    print(tr("Merged; references moved to the kept row: {count}. The next package carries the merge.", count=moved))
    return EXIT_OK


def open_database(path: Path) -> Store:
    from cwd_desktop.storage import open_store  # not at the top: the GUI's start does not wait for it

    return open_store(path)


@contextlib.contextmanager
def writing(db_path: Path, args: argparse.Namespace) -> Iterator[Store]:
    """The database, open for a command that writes: one writer at a time, so the command holds
    the lock a window holds (a second writer is refused, naming the first, and nothing is lost)."""
    from cwd_desktop.storage.instance import InstanceLock

    lock = InstanceLock(db_path)
    command = " ".join(str(part) for part in (args.command, getattr(args, "action", None)) if part)
    lock.acquire(holder=tr("the command cwd-desktop {command}", command=command))
    try:
        with open_database(db_path) as store:
            yield store
    finally:
        lock.release()


def _db_path(args: argparse.Namespace) -> Path:
    return (args.db if "db" in args and args.db else None) or paths.default_database_path()


def cmd_backups(args: argparse.Namespace) -> int:
    from cwd_desktop.storage.backups import backup_file, list_backups

    db_path = _db_path(args)
    if args.now:
        backup_file(db_path)
    found = list_backups(db_path)
    if not found:
        print(tr("No backups of {db_path} yet.", db_path=db_path))
    for b in found:
        print("\t".join([f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC", f"{b.size / 1024:.0f} KiB", b.summary(), str(b.path)]))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cwd_desktop.storage.backups import restore
    from cwd_desktop.storage.instance import InstanceLock

    db_path = _db_path(args)
    if not args.backup.is_file():
        raise CwdError("The backup {backup} does not exist.", backup=args.backup)
    lock = InstanceLock(db_path)
    lock.acquire()  # never replace a database that an open window is using
    try:
        kept = restore(db_path, args.backup)
    finally:
        lock.release()
    print(
        tr("Restored {db_path} from {backup}.", db_path=db_path, backup=args.backup.name)
        + (tr(" The previous state is in {kept}.", kept=kept) if kept else "")
    )
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from cwd_desktop.selftest import run_selftest

    return run_selftest()


def cmd_device(args: argparse.Namespace, store: Store) -> int:
    from cwd_desktop.storage.device import set_meta

    if args.name is not None:
        if not args.name.strip():
            raise CwdError("The device name must not be empty.")
        with store.transaction():
            set_meta(store.db, "device_name", args.name.strip())
    print(f"{store.device_id}\t{store.device_name}")
    return EXIT_OK


def gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they only start the GUI (none, or just --db), else None. Building the full
    parser, with its two dozen commands, would cost 15 ms of the application's start-up."""
    if not argv:  # as the desktop launcher starts it; even this small parser costs 2 ms
        return argparse.Namespace(db=None)
    parser = argparse.ArgumentParser(prog="cwd-desktop", add_help=False, exit_on_error=False)
    _add_db(parser, default=None)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    return None if rest else args


def _word_argparse(lang: str) -> None:
    """argparse's own words (usage, errors, "show this help") in `lang`. argparse reads them through
    its module's `_` (gettext without a catalogue here) when it prints, so that is where they go."""
    from cwd_desktop.messages_pl import ARGPARSE

    table = ARGPARSE if lang == "pl" else {}
    argparse._ = lambda text: table.get(text, text)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    args = gui_arguments(sys.argv[1:] if argv is None else argv)
    if args is not None:
        return cmd_gui(args)
    messages.set_language(messages.system_language(settings.load()["language"]))
    _word_argparse(messages.language())
    args = build_parser().parse_args(argv)
    handler: Callable[..., int] = getattr(args, "handler", cmd_gui)
    if handler is cmd_gui:
        return cmd_gui(args)
    logs.quiet_libraries()
    if handler is not cmd_selftest:  # the self-test writes nothing to the user's folders
        logs.start()
    db_path = _db_path(args)
    log.info("command: %s", " ".join(sys.argv[1:] if argv is None else argv))
    existed = db_path.exists()
    try:
        if not getattr(args, "needs_db", True):
            return handler(args)
        if "db" not in args or args.db is None:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        if getattr(args, "reads_only", False):  # readers never wait: SQLite gives them a consistent view
            with open_database(db_path) as store:
                return handler(args, store)
        with writing(db_path, args) as store:
            return handler(args, store)
    except CwdError as exc:
        log.warning("refused: %s", exc.label("en"))
        print(tr("cwd-desktop: {exc}", exc=exc), file=sys.stderr)
        _forget_new_database(db_path, existed)
        return EXIT_ERROR
    except OSError as exc:
        log.warning("refused: %s (%s)", exc, db_path)
        print(
            tr("cwd-desktop: {problem} ({path}).", problem=os_problem(exc), path=exc.filename or db_path),
            file=sys.stderr,
        )
        _forget_new_database(db_path, existed)
        return EXIT_ERROR


def _forget_new_database(db_path: Path, existed: bool) -> None:
    """A refused command leaves the user's files as they were: a database it created (a new laptop
    starting from a package that was refused) is removed again."""
    from cwd_desktop.storage.sqlite_file import remove_database

    if not existed:
        remove_database(db_path)
