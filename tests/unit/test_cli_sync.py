from cwd_desktop.cli import main
from cwd_desktop.domain import SwotItem
from cwd_desktop.storage import open_store


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_import_digest_conflicts(capsys, tmp_path):
    a, b, coordinator = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "new" / "c.sqlite3"
    coordinator.parent.mkdir()
    db_empty = tmp_path / "empty.sqlite3"
    assert run(capsys, "demo", "--db", a)[0] == 0
    assert run(capsys, "device", "--db", a, "--name", "Laptop moderatora — Rajcza")[1].endswith(
        "\tLaptop moderatora — Rajcza\n"
    )
    assert run(capsys, "sync", "export", "--db", a, "-o", tmp_path / "seed")[0] == 0
    assert run(capsys, "sync", "import", "--db", b, tmp_path / "seed.cwdsync")[0] == 0
    with open_store(a) as store_a, open_store(b) as store_b:
        item = store_a.find(SwotItem)[0]
        store_a.update(SwotItem, item.id, text="Wersja z laptopa A")
        store_b.update(SwotItem, item.id, text="Wersja z laptopa B")
    shared = tmp_path / "shared"
    shared.mkdir()
    run(capsys, "sync", "export", "--db", a, "-o", shared / "a.cwdsync")
    run(capsys, "sync", "export", "--db", b, "-o", shared / "b.cwdsync")
    # Two laptops not accepted yet: listed with their fingerprints, left out, exit 3.
    code, out, _ = run(capsys, "sync", "import", "--db", coordinator, shared)
    fingerprint = run(capsys, "sync", "devices", "--db", a)[1].split("\t")[-1].strip()
    assert code == 3 and out.count("a device not accepted here") == 2 and f"(fingerprint {fingerprint})" in out
    assert run(capsys, "sync", "digest", "--db", coordinator)[1] == run(capsys, "sync", "digest", "--db", db_empty)[1]
    code, out, _ = run(capsys, "sync", "import", "--db", coordinator, shared, "--accept-new-devices")
    assert code == 0 and "from Laptop moderatora — Rajcza" in out and "1 conflicts." in out
    assert "accepted Laptop moderatora — Rajcza (" in out
    accepted = run(capsys, "sync", "devices", "--db", coordinator)[1].splitlines()
    assert len(accepted) == 3 and any(line.endswith(fingerprint) for line in accepted[1:])
    code, out, _ = run(capsys, "sync", "import", "--db", coordinator, shared)
    assert out.count("imported before, nothing to do.") == 2
    code, out, _ = run(capsys, "sync", "conflicts", "--db", coordinator)
    (line,) = out.splitlines()
    conflict_id = line.split("\t")[0]
    assert "Wersja z laptopa" in line
    assert run(capsys, "sync", "conflicts", "--db", coordinator, "--take", conflict_id)[0] == 0
    assert run(capsys, "sync", "conflicts", "--db", coordinator)[1] == ""
    digests = {run(capsys, "sync", "digest", "--db", db)[1] for db in (a, b)}
    assert len(digests) == 2  # a and b differ until they exchange packages
    run(capsys, "sync", "export", "--db", coordinator, "-o", shared / "c.cwdsync")
    for db in (a, b):
        run(
            capsys,
            "sync",
            "import",
            "--db",
            db,
            shared / "c.cwdsync",
            shared / "a.cwdsync",
            shared / "b.cwdsync",
            "--accept-new-devices",
        )
    assert len({run(capsys, "sync", "digest", "--db", db)[1] for db in (a, b, coordinator)}) == 1


def test_refused_package_exits_2_and_changes_nothing(capsys, tmp_path):
    db = tmp_path / "c.sqlite3"
    run(capsys, "demo", "--db", db)
    before = run(capsys, "sync", "digest", "--db", db)[1]
    bad = tmp_path / "evil.cwdsync"
    bad.write_bytes(b"PK\x03\x04 broken")
    code, _out, err = run(capsys, "sync", "import", "--db", db, bad)
    assert code == 2 and err.startswith("cwd-desktop: evil.cwdsync: refused,") and err.count("\n") == 1
    assert run(capsys, "sync", "digest", "--db", db)[1] == before
    code, _out, err = run(capsys, "sync", "import", "--db", db, tmp_path / "missing.cwdsync")
    assert code == 2 and "no such file" in err
