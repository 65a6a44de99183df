"""Sync use cases for the CLI and the GUI: export, import of files and folders, digest."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from cwd_desktop.fileio import write_atomic
from cwd_desktop.storage import Store
from cwd_desktop.sync.merge import ImportReport, import_package
from cwd_desktop.sync.package import SUFFIX, PackageError, build_package, read_package_file, records

Progress = Callable[[int, int], None]


def export(store: Store, target: Path, progress: Progress | None = None) -> Path:
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    write_atomic(target, build_package(store, progress=progress))
    return target


def package_files(paths: list[Path], store: Store) -> list[tuple[Path, bool]]:
    """(file, explicitly named) for every package to import: named files, and the packages of
    named folders that this database has not imported before."""
    imported = {row[0] for row in store.db.execute("SELECT sha256 FROM sync_import")}
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            for candidate in sorted(path.glob(f"*{SUFFIX}")):
                digest = hashlib.sha256(candidate.read_bytes()).hexdigest()
                found.append((candidate, digest not in imported))
        elif path.exists():
            found.append((path, True))
        else:
            raise PackageError(f"{path}: no such file or folder; nothing was imported.")
    return found


def import_paths(store: Store, paths: list[Path], progress: Progress | None = None) -> list[ImportReport]:
    """Import packages, all or none: every package is validated before anything is written, and
    the merges run in one transaction, so a refused package leaves the database as it was."""
    files = package_files(paths, store)
    packages = [(path, read_package_file(path) if wanted else None) for path, wanted in files]
    reports = []
    with store.transaction():
        for index, (path, package) in enumerate(packages):
            if package is None:
                report = ImportReport(path.name, "", "", "")
                report.skipped = True
            else:
                report = import_package(store, package, path.name)
            reports.append(report)
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
