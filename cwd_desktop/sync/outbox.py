"""The moderator's outbox and the coordinator's inbox: folders a sync engine (Syncthing, Nextcloud,
a network share) carries between laptops.

Outbox: one package per partnership, named by the partnership, this computer's name and a short
id of each (no two devices ever write the same name), written to a temporary name and renamed
(a sync engine never sends half a file), and only when its contents changed. The outbox is this
computer's own folder: a partnership's older file (renamed since) is replaced by the new one.

Inbox: which ready packages of the watched folders this database has not imported yet, each file
hashed once while its size and time stay the same."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import unicodedata
import zipfile
from pathlib import Path

from cwd_desktop.domain import Partnership
from cwd_desktop.fileio import write_atomic
from cwd_desktop.storage import Store
from cwd_desktop.sync.package import MANIFEST, SUFFIX, build_package
from cwd_desktop.sync.service import folder_packages

log = logging.getLogger(__name__)


def slug(text: str, limit: int = 40) -> str:
    """A file-name part any file system and sync engine accepts: "Partnerstwo-Aglomeracji-Beskidzkiej"."""
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    ascii_only = folded.encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_only).strip("-")[:limit].strip("-") or "x"


def outbox_name(store: Store, partnership: Partnership) -> str:
    return (
        f"{slug(partnership.name)}-{partnership.id[-8:]}_"
        f"{slug(store.device_name, 30)}-{store.device_id.replace('-', '')[-12:]}{SUFFIX}"
    )


def write_outbox(store: Store, folder: Path) -> list[Path]:
    """Write each partnership's package whose contents changed since its last file here; the
    files written are returned."""
    written = []
    device_tail = f"-{store.device_id.replace('-', '')[-12:]}{SUFFIX}"
    for partnership in store.find(Partnership, include_deleted=True):
        target = Path(folder) / outbox_name(store, partnership)
        data = build_package(store, partnership_id=partnership.id)
        if target.exists() and _contents(target.read_bytes()) == _contents(data):
            continue
        write_atomic(target, data)
        written.append(target)
        # The same partnership from this computer under an older name (renamed since): replaced.
        for old in folder.glob(f"*-{partnership.id[-8:]}_*{device_tail}"):
            if old != target:
                old.unlink(missing_ok=True)
        log.info("outbox: wrote %s", target)
    return written


def _contents(data: bytes) -> list[tuple[str, str]] | None:
    """A package's members and their hashes (what it holds, apart from its time and id)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read(MANIFEST))
        return sorted((m["name"], m["sha256"]) for m in manifest["members"])
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError):
        return None


Seen = dict[Path, tuple[int, int, str]]  # a file's size, modification time (ns) and SHA-256


def new_packages(store: Store, folders: list[Path], seen: Seen, ignored: frozenset[str] = frozenset()) -> list[Path]:
    """The ready packages of the folders that this database has not imported, their hashes not in
    `ignored` (what an import already reported and left out: refused, from this computer, from a
    device not accepted yet). `seen` keeps each file's hash between calls."""
    imported = {row[0] for row in store.db.execute("SELECT sha256 FROM sync_import")}
    found = []
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        ready, _waiting = folder_packages(Path(folder))
        for path in ready:
            digest = file_digest(path, seen)
            if digest is not None and digest not in imported and digest not in ignored:
                found.append(path)
    return found


def file_digest(path: Path, seen: Seen) -> str | None:
    try:
        stat = path.stat()
        cached = seen.get(path)
        if cached is not None and cached[:2] == (stat.st_size, stat.st_mtime_ns):
            return cached[2]
        h = hashlib.sha256()
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None  # gone, or locked by the sync engine: the next look sees it
    seen[path] = (stat.st_size, stat.st_mtime_ns, h.hexdigest())
    return h.hexdigest()
