"""Sync use cases for the CLI and the GUI: export, import of files and folders, digest.

Packages named one by one are imported all or none. A folder is not a transaction: it is what a
sync engine (Syncthing, Nextcloud, a network share, a USB stick) fills from many laptops, so each
of its packages is imported in its own transaction; one that cannot be read or is refused is
reported with its reason and the rest go in. The importer only reads a folder: it never changes,
moves or deletes anything in it."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from cwd_desktop.fileio import read_file, write_atomic
from cwd_desktop.storage import Store
from cwd_desktop.storage.backups import make_backup
from cwd_desktop.storage.sqlite_file import connect_read_only
from cwd_desktop.sync import devices
from cwd_desktop.sync.merge import ImportReport, import_package
from cwd_desktop.sync.package import MAX_PACKAGE_BYTES, SUFFIX, PackageError, build_package, read_package, records

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def export(store: Store, target: Path, progress: Progress | None = None) -> Path:
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    write_atomic(target, build_package(store, progress=progress))
    log.info("exported %s", target)
    return target


def package_files(paths: list[Path], store: Store) -> list[tuple[Path, bytes | None]]:
    """(file, its bytes) for every package named; bytes are None for a package identical to one
    this database imported before."""
    imported = {row[0] for row in store.db.execute("SELECT sha256 FROM sync_import")}
    candidates: list[Path] = []
    for path in map(Path, paths):
        if not path.exists():
            raise PackageError("{path}: no such file or folder; nothing was imported.", path=path)
        candidates.append(path)
    found = []
    for path in candidates:
        data = read_file(path, "The package", MAX_PACKAGE_BYTES, PackageError)
        # A package identical to one imported before would change nothing: skip the work.
        found.append((path, None if hashlib.sha256(data).hexdigest() in imported else data))
    return found


# A file whose size or time changed this recently may still be arriving: left for the next import.
SETTLE_SECONDS = 5.0
# Names a sync engine or an office suite gives files that are not (yet) packages: never read.
_NOT_A_PACKAGE = re.compile(
    r"^(\.|~)"  # hidden, Syncthing's ~syncthing~x.tmp, Office's ~$x
    r"|\.(tmp|part|partial|crdownload|nextcloud-part|owncloud-part)$",
    re.IGNORECASE,
)
# Conflict copies: imported like any package (the merge makes that safe), and said to be one.
_CONFLICT_COPIES = (
    ("Syncthing", re.compile(r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.", re.IGNORECASE)),
    ("Nextcloud", re.compile(r" \(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)\.", re.IGNORECASE)),
    ("ownCloud", re.compile(r"_conflict-\d{8}-\d{6}\.", re.IGNORECASE)),
    ("OneDrive", re.compile(r"-(DESKTOP|LAPTOP)-[A-Z0-9]{4,}(-\d+)?\.", re.IGNORECASE)),
)


def conflict_copy_of(name: str) -> str:
    """The sync engine whose conflict copy this file name is, or ""."""
    return next((engine for engine, pattern in _CONFLICT_COPIES if pattern.search(name)), "")


def folder_packages(
    folder: Path, now: float | None = None, settle: float | None = None
) -> tuple[list[Path], list[Path]]:
    """(packages ready to import, packages still being written) of a folder, by name: what a sync
    engine or an office suite leaves beside them (temporaries, partial downloads, locks, hidden
    files) is not looked at."""
    now = time.time() if now is None else now
    settle = SETTLE_SECONDS if settle is None else settle
    ready: list[Path] = []
    waiting: list[Path] = []
    for path in sorted(folder.iterdir()):
        if not path.name.endswith(SUFFIX) or _NOT_A_PACKAGE.search(path.name) or not path.is_file():
            continue
        (waiting if now - path.stat().st_mtime < settle else ready).append(path)
    return ready, waiting


def import_paths(
    store: Store,
    paths: list[Path],
    progress: Progress | None = None,
    accept_new_devices: bool = False,
    settle: float | None = None,
) -> list[ImportReport]:
    """Import packages: the files named, all or none (every one is validated before anything is
    written, and their merges run in one transaction); then each folder's packages, each in its
    own transaction (see the module's note). Packages from devices not accepted here are left
    out (their reports say so), unless `accept_new_devices`; an empty database accepts the device
    of the one package it starts from."""
    with _backup_if_changed(store) as reports:
        reports += _import(store, paths, progress, accept_new_devices, settle)
    return reports


class _Preview(Exception):
    """Raised to roll a preview's writes back."""


def preview_paths(
    store: Store,
    paths: list[Path],
    progress: Progress | None = None,
    accept_new_devices: bool = False,
    settle: float | None = None,
) -> list[ImportReport]:
    """What `import_paths` would do, package by package (device, new rows, changed fields,
    conflicts, refusals), with nothing written: the import runs in a transaction rolled back."""
    reports: list[ImportReport] = []
    try:
        with store.transaction():
            reports = _import(store, paths, progress, accept_new_devices, settle)
            raise _Preview
    except _Preview:
        pass
    for report in reports:
        report.preview = True
    return reports


def _import(
    store: Store, paths: list[Path], progress: Progress | None, accept_new_devices: bool, settle: float | None
) -> list[ImportReport]:
    files = [Path(p) for p in paths if not Path(p).is_dir()]
    folders = [Path(p) for p in paths if Path(p).is_dir()]
    reports = _import_together(store, files, progress, accept_new_devices) if files else []
    for folder in folders:
        reports += _import_folder(store, folder, progress, accept_new_devices, settle)
    return reports


@contextlib.contextmanager
def _backup_if_changed(store: Store) -> Iterator[list[ImportReport]]:
    """The reports of an import; if it changed the database, a backup of the state before it.
    A reader pins that state before anything is written (WAL keeps it while the import commits),
    so an import that changes nothing, or is refused, leaves no backup behind."""
    reader = connect_read_only(store.path) if store.path.exists() else None
    reports: list[ImportReport] = []
    try:
        if reader is not None:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        yield reports
        changed = any(r.rows_added or r.fields_changed or r.files_added for r in reports)
        if reader is not None and changed:
            make_backup(reader, store.path)
    finally:
        if reader is not None:
            reader.close()


def _import_folder(
    store: Store, folder: Path, progress: Progress | None, accept_new_devices: bool, settle: float | None
) -> list[ImportReport]:
    ready, waiting = folder_packages(folder, settle=settle)
    imported = {row[0] for row in store.db.execute("SELECT sha256 FROM sync_import")}
    how = devices.BY_PERSON if accept_new_devices else ""
    if not how and len(ready) == 1 and devices.starts_empty(store):
        how = devices.FIRST_SOURCE
    reports = []
    for path in waiting:
        report = ImportReport(path.name, "", "", "")
        report.waiting = True
        reports.append(report)
    for index, path in enumerate(ready):
        try:
            data = read_file(path, "The package", MAX_PACKAGE_BYTES, PackageError)
            if hashlib.sha256(data).hexdigest() in imported:
                report = ImportReport(path.name, "", "", "")
                report.skipped = True
            else:
                package = read_package(data, path.name)
                with store.transaction():
                    report = import_package(store, package, path.name, accept_new_devices=how)
        except PackageError as exc:
            report = ImportReport(path.name, "", "", "")
            report.refused = str(exc)
        report.conflict_copy = conflict_copy_of(path.name)
        reports.append(report)
        log.info("%s", "; ".join(line for line in report.lines()))
        if progress:
            progress(index + 1, len(ready))
    return reports


def _import_together(
    store: Store, paths: list[Path], progress: Progress | None, accept_new_devices: bool
) -> list[ImportReport]:
    """The named packages, all or none."""
    packages = [
        (path, read_package(data, path.name) if data is not None else None)
        for path, data in package_files(paths, store)
    ]
    how = devices.BY_PERSON if accept_new_devices else ""
    if not how and len(packages) == 1 and packages[0][1] is not None and devices.starts_empty(store):
        how = devices.FIRST_SOURCE
    reports = []
    with store.transaction():
        for index, (path, package) in enumerate(packages):
            if package is None:
                report = ImportReport(path.name, "", "", "")
                report.skipped = True
            else:
                report = import_package(store, package, path.name, accept_new_devices=how)
            reports.append(report)
            log.info("%s", "; ".join(report.lines()))
            if progress:
                progress(index + 1, len(packages))
    return reports


def start_from(package: Path, database: Path, progress: Progress | None = None) -> ImportReport:
    """A new laptop's database made from the coordinator's package, so that its moderator shares
    the partnership's ids from the first day. The database must not exist yet; if the package is
    refused, no file is left behind."""
    from cwd_desktop.storage import open_store
    from cwd_desktop.storage.sqlite_file import remove_database

    database = Path(database)
    if database.exists():
        raise PackageError(
            "{path} already exists; starting from a package makes a new database: choose a new file name.",
            path=database,
        )
    if not Path(package).is_file():
        raise PackageError("{path}: not a package file; nothing was imported.", path=package)
    try:
        with open_store(database) as store:
            (report,) = import_paths(store, [Path(package)], progress)
    except BaseException:
        remove_database(database)
        raise
    return report


def digest(store: Store) -> str:
    """One hash of the logical content (every field's value and version, every stored file)."""
    h = hashlib.sha256()
    for record in records(store):
        h.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
        h.update(b"\n")
    for (sha256,) in store.db.execute("SELECT sha256 FROM stored_file ORDER BY sha256"):
        h.update(sha256.encode())
    return h.hexdigest()
