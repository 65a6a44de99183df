import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cwd_desktop import __version__
from cwd_desktop.cli import gui_arguments, main
from cwd_desktop.domain import Meeting, SwotItem
from cwd_desktop.storage import open_store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"cwd-desktop {__version__}"


def test_only_a_database_or_nothing_starts_the_gui_without_the_full_parser():
    assert gui_arguments([]).db is None
    assert gui_arguments(["--db", "x.sqlite3"]).db == Path("x.sqlite3")
    assert gui_arguments(["--db=x.sqlite3"]).db == Path("x.sqlite3")
    for argv in (["meetings"], ["gui"], ["--db", "x", "check"], ["--version"], ["-h"], ["--db"], ["--dbx"]):
        assert gui_arguments(argv) is None, argv


def test_demo_meetings_and_check(capsys, db_path):
    code, out, _ = run(capsys, "demo", "--db", str(db_path))
    assert code == 0 and "Partnerstwo Aglomeracji Beskidzkiej" in out
    code, out, _ = run(capsys, "demo", "--db", str(db_path))
    assert code == 0 and "already" in out
    code, out, _ = run(capsys, "meetings", "--db", str(db_path))
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[1:] for line in lines] == [
        [
            "2/2026",
            "2026-02-24",
            "Partnerstwo Ziemia Wysokomazowiecka",
            "Warsztat strategiczny: portret Partnerstwa i analiza SWOT",
        ],
        ["3/2026", "2026-03-12", "Partnerstwo Aglomeracji Beskidzkiej", "Diagnoza obszaru i analiza SWOT Partnerstwa"],
    ]
    with open_store(db_path) as store:
        assert {m.id for m in store.find(Meeting)} == {line[0] for line in lines}
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0
    assert "The database is sound." in out
    assert "swot_item                   49 rows" in out


def test_db_may_also_come_before_the_command(capsys, db_path):
    assert run(capsys, "--db", str(db_path), "demo")[0] == 0
    assert run(capsys, "meetings", "--db", str(db_path))[1].count("\n") == 2


def test_default_database_comes_from_the_environment(capsys, tmp_path, monkeypatch):
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("CWD_DESKTOP_DB", str(target))
    assert run(capsys, "demo")[0] == 0
    assert target.exists()


def test_check_finds_a_row_without_field_versions(capsys, db_path):
    run(capsys, "demo", "--db", str(db_path))
    conn = sqlite3.connect(db_path)
    row_id, clocks = conn.execute("SELECT id, clocks FROM swot_item LIMIT 1").fetchone()
    damaged = json.loads(clocks)
    del damaged["votes"]
    conn.execute("UPDATE swot_item SET clocks = ? WHERE id = ?", [json.dumps(damaged), row_id])
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert f"problem: swot_item {row_id}: no version for votes" in out


def test_swot_import_command(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    good = tmp_path / "good.csv"
    good.write_text("quadrant,text,votes\nS,Nowa mocna strona,2\nT,Nowe zagrożenie,1\n", encoding="utf-8")
    code, out, _ = run(capsys, "swot", "import", "--db", str(db_path), "3/2026", str(good))
    assert (code, out.strip()) == (0, "Imported 2 SWOT items.")
    with open_store(db_path) as store:
        assert "Nowa mocna strona" in {i.text for i in store.find(SwotItem)}


def test_errors_are_one_line_with_exit_2_and_change_nothing(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    bad = tmp_path / "bad.csv"
    bad.write_text("quadrant,text,votes\nS,ok,1\nQ,zła,1\n", encoding="utf-8")
    before = db_path.read_bytes()
    cases = [
        (["swot", "import", "--db", str(db_path), "3/2026", str(bad)], "Row 3: 'Q' is not a valid SWOT quadrant"),
        (["swot", "import", "--db", str(db_path), "99/2026", str(bad)], "There is no meeting '99/2026'"),
        (["people", "import", "--db", str(db_path), "Nieznane", str(bad)], "There is no partnership 'Nieznane'"),
        (["meetings", "--db", str(tmp_path / "missing" / "x.sqlite3")], "does not exist"),
        (["meetings", "--db", str(bad)], "is not a CWD Desktop database"),
    ]
    for argv, message in cases:
        code, _out, err = run(capsys, *argv)
        assert code == 2, argv
        assert message in err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert db_path.read_bytes() == before


def test_newer_and_locked_databases_exit_2(capsys, db_path, tmp_path):
    run(capsys, "demo", "--db", str(db_path))
    good = tmp_path / "good.csv"
    good.write_text("quadrant,text\nS,Nowa\n", encoding="utf-8")
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")  # another program holds the write lock (we wait 5 s for it)
    code, _, err = run(capsys, "swot", "import", "--db", str(db_path), "3/2026", str(good))
    conn.execute("ROLLBACK")
    assert code == 2 and "in use by another program" in err
    with open_store(db_path) as store:
        assert "Nowa" not in {i.text for i in store.find(SwotItem)}
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('cwd_desktop', 'z', 'x')")
    conn.close()
    before = db_path.read_bytes()
    code, _, err = run(capsys, "meetings", "--db", str(db_path))
    assert code == 2 and "newer version of CWD Desktop" in err
    assert db_path.read_bytes() == before


def test_console_entry_point_runs(db_path):
    result = subprocess.run(
        [sys.executable, "-m", "cwd_desktop", "meetings", "--db", str(db_path / "x")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("cwd-desktop: The folder")


def test_core_never_imports_qt():
    code = (
        "import sys\n"
        "import cwd_desktop.cli, cwd_desktop.domain, cwd_desktop.storage, cwd_desktop.services.demo, "
        "cwd_desktop.services.csv_import, cwd_desktop.services.integrity, cwd_desktop.services.overview\n"
        "from cwd_desktop.cli import main\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_cli_logs_each_command_and_its_refusal(tmp_path, capsys):
    from cwd_desktop import logs

    db = tmp_path / "cwd.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["minutes", "--db", str(db), "99/2099", "-o", str(tmp_path / "p.pdf")]) == 2
    text = logs.log_file().read_text(encoding="utf-8")
    assert f"command: demo --db {db}" in text and f"opened {db}" in text
    refused = capsys.readouterr().err.strip().removeprefix("cwd-desktop: ")
    assert f"WARNING cwd_desktop.cli: refused: {refused}" in text


def test_one_writer_at_a_time(tmp_path, capsys, monkeypatch):
    """A window's lock refuses a CLI writer (readers go on); a CLI writer's lock refuses a restore
    from a second terminal, which once made acknowledged rows vanish from database and backup."""
    from cwd_desktop import cli
    from cwd_desktop.storage.instance import InstanceLock

    db = tmp_path / "cwd.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    window = InstanceLock(db)
    window.acquire()
    before = db.read_bytes()
    try:
        assert main(["people", "import", "--db", str(db), "Partnerstwo Ziemia Wysokomazowiecka", "x.csv"]) == 2
        assert "is already open in another CWD Desktop window" in capsys.readouterr().err
        assert db.read_bytes() == before
        assert main(["meetings", "--db", str(db)]) == 0  # a reader is not held up
    finally:
        window.release()

    assert main(["backups", "--db", str(db), "--now"]) == 0
    backup = next((tmp_path / "backups").iterdir())
    inner: list[int] = []
    real_demo = cli.cmd_demo

    def demo_then_restore_from_a_second_terminal(args, store):
        inner.append(main(["restore", "--db", str(db), str(backup)]))
        return real_demo(args, store)

    monkeypatch.setattr(cli, "cmd_demo", demo_then_restore_from_a_second_terminal)
    capsys.readouterr()
    assert main(["demo", "--db", str(db)]) == 0
    assert inner == [2]
    refusal = capsys.readouterr().err
    assert "is already open in another CWD Desktop window (process " in refusal
    assert ", the command cwd-desktop demo)" in refusal
    assert main(["restore", "--db", str(db), str(backup)]) == 0  # once the writer is done


@pytest.mark.parametrize(
    ("command", "make", "said"),
    [
        (["swot", "import", "{db}", "3/2026", "{file}"], "fifo", "is not a regular file"),
        (["swot", "import", "{db}", "3/2026", "/dev/zero"], None, "is not a regular file"),
        (["people", "import", "{db}", "Partnerstwo Ziemia Wysokomazowiecka", "{file}"], "folder", "is a folder"),
        (["swot", "import", "{db}", "3/2026", "{file}"], "long cell", "Row 2: a value is longer than 131 072"),
        (["swot", "import", "{db}", "3/2026", "{file}"], "open quote", "is not well-formed CSV"),
        (["sync", "import", "{db}", "{file}"], "fifo", "The package"),
        (["sync", "import", "{db}", "/dev/zero"], None, "is not a regular file"),
        (["verify", "{file}"], "fifo", "The PDF"),
    ],
    ids=[
        "csv fifo",
        "csv /dev/zero",
        "csv folder",
        "csv long cell",
        "csv open quote",
        "package fifo",
        "package /dev/zero",
        "pdf fifo",
    ],
)
def test_inputs_that_are_not_files_of_ours_get_one_line(tmp_path, capsys, command, make, said):
    import os

    db = tmp_path / "cwd.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    target = tmp_path / "input"
    if make == "fifo":
        os.mkfifo(target)
    elif make == "folder":
        target.mkdir()
    elif make == "long cell":
        target.write_text("quadrant,text\nS," + "x" * 140_000 + "\n", encoding="utf-8")
    elif make == "open quote":
        target.write_text('quadrant,text\nS,"no end\nW,b\n', encoding="utf-8")
    before = db.read_bytes()
    capsys.readouterr()
    argv = [part.replace("{file}", str(target)) for part in command]
    argv = [*argv[: argv.index("{db}")], "--db", str(db), *argv[argv.index("{db}") + 1 :]] if "{db}" in argv else argv
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert db.read_bytes() == before


def test_card_sheets_and_voting_slips_from_the_command_line(capsys, tmp_path):
    import pikepdf

    db = str(tmp_path / "cwd.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _err = run(
        capsys, "--db", db, "print-cards", "3/2026", "-o", str(tmp_path / "cards.pdf"), "--per-page", "6"
    )
    assert code == 0 and "cards.pdf" in out
    assert len(pikepdf.open(tmp_path / "cards.pdf").pages) == 5  # 26 live cards, 6 a page
    code, _out, _err = run(capsys, "--db", db, "voting-slips", "3/2026", "-o", str(tmp_path / "slips.pdf"))
    assert code == 0 and len(pikepdf.open(tmp_path / "slips.pdf").pages) >= 14  # one for each of 14 present
    for argv, said in [
        (["voting-slips", "3/2026", "-o", str(tmp_path / "none.pdf"), "--copies", "0"], "1 to 500"),
        (["print-cards", "9/2099", "-o", str(tmp_path / "none.pdf")], "9/2099"),
    ]:
        code, _out, err = run(capsys, "--db", db, *argv)
        assert code == 2 and said in err and "Traceback" not in err
    assert not (tmp_path / "none.pdf").exists()
