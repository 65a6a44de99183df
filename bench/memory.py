"""Memory benchmarks (issue 14, promise 8), each measured in a child process (peak resident memory
is only ever growing in a process), as a ratio to a baseline from this same run.

- import: a package whose largest member holds ~36 MB of field records, into an empty database.
  Peak memory added by the import, against the largest member's uncompressed size. Goal: at most 3x.
- verify: a signed protokół with a 40 MB signature /Contents (a hostile file; one took 27 s and
  3.5 GB). Its time against one SHA-256 of the same file's bytes (goal: at most 5x: a verdict in
  the time it takes to read the file, not in the time to parse it), and the peak memory it adds
  against 300 MiB (goal: at most 1x).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.sync.service import export

ITEMS = 20_000
HUGE_CONTENTS = 20 * 1024 * 1024  # bytes, 40 MB as hex
MIB = 1024 * 1024

CHILD = """
import hashlib, json, sys, time
from pathlib import Path
from cwd_desktop.minutes.verify import verify_pdf
from cwd_desktop.storage import open_store
from cwd_desktop.sync.service import import_paths
kind, source, target = sys.argv[1:4]
store = open_store(Path(target)) if kind == "import" else None
data = Path(source).read_bytes() if kind != "import" else None
# Peak resident memory from here on: Linux resets its high-water mark on "5" in clear_refs.
def resident(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])
open("/proc/self/clear_refs", "w").write("5")
before = resident("VmRSS:")
start = time.perf_counter()
if kind == "import":
    import_paths(store, [Path(source)], accept_new_devices=True)
elif kind == "verify":
    verify_pdf(data)
else:
    hashlib.sha256(data).hexdigest()
elapsed = time.perf_counter() - start
added = (resident("VmHWM:") - before) * 1024
print(json.dumps({"seconds": elapsed, "bytes": added}))
"""


def _child(kind: str, source: Path, target: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(source), str(target)], capture_output=True, text=True, check=True
    )
    measured: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


def _big_package(tmp: Path) -> tuple[Path, int]:
    with open_store(tmp / "memory-source.sqlite3") as store:
        p = store.add(Partnership(name="Partnerstwo"))
        m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
        session = store.add(SwotSession(meeting_id=m.id))
        store.add_many(
            SwotItem(
                session_id=session.id,
                quadrant="SWOT"[i % 4],
                votes=i % 9,
                position=i,
                text=f"Pozycja {i}: zażółć gęślą jaźń " * 3,
            )
            for i in range(ITEMS)
        )
        path = export(store, tmp / "memory.cwdsync")
    largest = max(info.file_size for info in zipfile.ZipFile(path).infolist())
    return path, largest


def _hostile_pdf(tmp: Path) -> Path:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import enumerate_sig_fields

    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import export_minutes

    honest = tmp / "memory-honest.pdf"
    with open_store(tmp / "memory-minutes.sqlite3") as store:
        p = store.add(Partnership(name="Partnerstwo"))
        m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
        key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
        export_minutes(store, m.id, honest, key=key)
    # The chair's empty field filled with a "signature" of 40 MB of hex, in an appended revision.
    writer = IncrementalPdfFileWriter(io.BytesIO(honest.read_bytes()))
    signature = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Sig"),
            generic.NameObject("/Filter"): generic.NameObject("/Adobe.PPKLite"),
            generic.NameObject("/SubFilter"): generic.NameObject("/ETSI.CAdES.detached"),
            generic.NameObject("/ByteRange"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 10, 20, 10)]),
            generic.NameObject("/Contents"): generic.ByteStringObject(b"\x30\x82" + b"A" * HUGE_CONTENTS),
        }
    )
    reference = writer.add_object(signature)
    for _name, value, field_ref in enumerate_sig_fields(writer.prev):
        if value is None:
            field = field_ref.get_object()
            field[generic.NameObject("/V")] = reference
            writer.mark_update(field_ref)
            break
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    hostile = tmp / "memory-hostile.pdf"
    hostile.write_bytes(out.getvalue())
    return hostile


def run(tmp: Path) -> list[tuple]:
    package, largest = _big_package(tmp)
    imported = _child("import", package, tmp / "memory-coordinator.sqlite3")
    hostile = _hostile_pdf(tmp)
    read = min(_child("hash", hostile, tmp)["seconds"] for _ in range(3))
    huge = min((_child("verify", hostile, tmp) for _ in range(3)), key=lambda m: m["seconds"])
    return [
        (
            f"import: peak memory added ({largest / MIB:.0f} MB member)",
            imported["bytes"] / MIB,
            "largest member, uncompressed",
            largest / MIB,
            3.0,
            "MB",
        ),
        ("verify: 40 MB signature /Contents", huge["seconds"], "SHA-256 of the same file", read, 5.0, "ms"),
        ("verify: 40 MB /Contents, memory added", huge["bytes"] / MIB, "300 MiB", 300.0, 1.0, "MB"),
    ]
