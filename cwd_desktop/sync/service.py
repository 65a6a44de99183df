"""Sync use cases for the CLI and the GUI: export, import of files and folders, digest."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from cwd_desktop.fileio import read_file, write_atomic
from cwd_desktop.storage import Store
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
    """(file, its bytes) for every package to import: named files, and the packages of named
    folders; bytes are None for a package identical to one this database imported before."""
    imported = {row[0] for row in store.db.execute("SELECT sha256 FROM sync_import")}
    candidates: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            candidates += sorted(path.glob(f"*{SUFFIX}"))
        elif path.exists():
            candidates.append(path)
        else:
            raise PackageError("{path}: no such file or folder; nothing was imported.", path=path)
    found = []
    for path in candidates:
        data = read_file(path, "The package", MAX_PACKAGE_BYTES, PackageError)
        # A package identical to one imported before would change nothing: skip the work.
        found.append((path, None if hashlib.sha256(data).hexdigest() in imported else data))
    return found


def import_paths(
    store: Store, paths: list[Path], progress: Progress | None = None, accept_new_devices: bool = False
) -> list[ImportReport]:
    """Import packages, all or none: every package is validated before anything is written, and
    the merges run in one transaction, so a refused package leaves the database as it was.
    Packages from devices not accepted here are left out (their reports say so), unless
    `accept_new_devices`; an empty database accepts the device of the one package it starts from."""
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


def digest(store: Store) -> str:
    """One hash of the logical content (every field's value and version, every stored file)."""
    h = hashlib.sha256()
    for record in records(store):
        h.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
        h.update(b"\n")
    for (sha256,) in store.db.execute("SELECT sha256 FROM stored_file ORDER BY sha256"):
        h.update(sha256.encode())
    return h.hexdigest()
