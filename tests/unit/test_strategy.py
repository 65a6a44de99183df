"""The partnership's strategy: one plan across meetings, shown in the minutes as it stands, with
what a meeting agreed or changed marked; its tables exported and printed."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest

from cwd_desktop.domain import Goal, Indicator, KeyProject, Meeting, Partnership, PlannedAction
from cwd_desktop.errors import ValidationError
from cwd_desktop.services.minutes import export_minutes

pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed (.ci/run installs it)")


def text_of(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())


@pdftotext
def test_the_minutes_show_the_partnerships_strategy_and_mark_what_the_meeting_agreed_or_changed(store, tmp_path):
    p = store.add(Partnership(name="Partnerstwo"))
    first = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    second = store.add(Meeting(partnership_id=p.id, number="2/2026"))
    store.meeting_context = first.id
    old = store.add(Goal(partnership_id=p.id, meeting_id=first.id, code="1", title="Dostępny obszar"))
    kept = store.add(Goal(partnership_id=p.id, meeting_id=first.id, code="2", title="Aktywni mieszkańcy"))
    indicator = store.add(Indicator(goal_id=kept.id, name="Liczba organizacji"))
    project = store.add(KeyProject(partnership_id=p.id, meeting_id=first.id, title="Ścieżka rowerowa"))
    store.meeting_context = second.id  # the next workshop refines the plan
    store.update(Goal, old.id, title="Dostępny i skomunikowany obszar")
    new = store.add(Goal(partnership_id=p.id, meeting_id=second.id, code="3", title="Czyste powietrze"))
    store.update(Indicator, indicator.id, target_value=40)
    action = store.add(PlannedAction(partnership_id=p.id, meeting_id=second.id, title="Wspólny kalendarz imprez"))
    store.meeting_context = None
    store.update(KeyProject, project.id, progress=50)  # from the strategy workspace: no meeting

    target = tmp_path / "2.pdf"
    export_minutes(store, second.id, target, "pl")
    text = text_of(target)
    assert "Cel strategiczny 1: Dostępny i skomunikowany obszar (zmieniono na tym spotkaniu)" in text
    assert "Cel strategiczny 2: Aktywni mieszkańcy (zmieniono na tym spotkaniu)" in text  # its indicator
    assert "Cel strategiczny 3: Czyste powietrze (ustalono na tym spotkaniu)" in text
    assert "Ścieżka rowerowa (" not in text  # changed, but not at this meeting
    assert "Plan wspólnych działań" in text and "Wspólny kalendarz imprez (ustalono na tym spotkaniu)" in text
    assert action.meeting_id == second.id
    assert new.meeting_id == second.id

    first_pdf = tmp_path / "1.pdf"
    export_minutes(store, first.id, first_pdf, "pl")
    first_text = text_of(first_pdf)
    assert "Cel strategiczny 1: Dostępny i skomunikowany obszar (ustalono na tym spotkaniu)" in first_text
    assert "Cel strategiczny 3: Czyste powietrze" in first_text and "Powietrze (" not in first_text
    assert "Ścieżka rowerowa (ustalono na tym spotkaniu)" in first_text


BESKIDY = "Partnerstwo Aglomeracji Beskidzkiej"


@pytest.fixture
def demo_db(tmp_path):
    from cwd_desktop import cli

    db = tmp_path / "cwd.sqlite3"
    assert cli.main(["demo", "--db", str(db)]) == 0
    return db


def test_strategy_show_prints_the_goal_tree_with_codes(demo_db, capsys):
    from cwd_desktop import cli

    capsys.readouterr()
    assert cli.main(["strategy", "show", "--db", str(demo_db), BESKIDY]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1  cel strategiczny: Atrakcyjny i dostępny obszar turystyki całorocznej"
    assert lines[1] == "  1.1  cel operacyjny: Spójna sieć tras rowerowych i szlaków Partnerstwa"
    assert lines[2] == "    1.1.1  kierunek działań: Wspólne oznakowanie i mapa tras"
    assert cli.main(["strategy", "show", "--db", str(demo_db), BESKIDY, "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("1  strategic goal: Atrakcyjny")


def test_the_strategy_exports_as_word_and_excel_tables(demo_db, tmp_path):
    import docx
    import openpyxl

    from cwd_desktop import cli
    from cwd_desktop.storage import open_store

    with open_store(demo_db) as store:
        project = next(p for p in store.find(KeyProject) if p.title.startswith("Beskidzka Pętla"))
        store.update(KeyProject, project.id, priority=1)
    word, excel = tmp_path / "strategia.docx", tmp_path / "strategia.xlsx"
    assert cli.main(["strategy", "export", "--db", str(demo_db), BESKIDY, "-o", str(word)]) == 0
    assert cli.main(["strategy", "export", "--db", str(demo_db), BESKIDY, "-o", str(excel)]) == 0

    document = docx.Document(str(word))
    captions = [p.text for p in document.paragraphs if p.text.startswith("Tabela ")]
    assert captions[:4] == [
        "Tabela 1. Analiza SWOT Partnerstwa",
        "Tabela 2. Strategie TOWS",
        "Tabela 3. Cele strategiczne, cele operacyjne i kierunki działań",
        "Tabela 4. Wskaźniki",
    ]
    indicators = document.tables[3]
    assert [c.text for c in indicators.rows[0].cells] == [
        "Lp.",
        "Nazwa wskaźnika [jedn.]",
        "Typ",
        "Wartość bazowa (rok)",
        "Wartość docelowa (rok)",
        "Źródło danych",
    ]
    assert [c.text for c in indicators.rows[1].cells][:2] == ["1", "Długość oznakowanych tras rowerowych [km]"]
    assert indicators.rows[1].cells[4].text == "160 (2030)"
    key = document.tables[4]
    first = [c.text for c in key.rows[1].cells]
    assert first[1] == "Beskidzka Pętla Rowerowa — połączenie tras gmin Partnerstwa"
    assert first[5] == "18\u00a0500\u00a0000\u00a0zł" and first[7] == "1.01.2027 – 31.12.2029" and first[9] == "1"
    fiche = next(p.text for p in document.paragraphs if p.text.startswith("Fiszka projektowa: Beskidzka"))
    assert fiche and any("Data i podpis" in p.text for p in document.paragraphs)

    book = openpyxl.load_workbook(excel)
    sheet = book["Wskaźniki"]
    assert sheet["A1"].value == "Tabela 4. Wskaźniki"
    assert [c.value for c in sheet[3]] == [c.text for c in indicators.rows[0].cells]
    assert [c.value for c in sheet[4]][:2] == ["1", "Długość oznakowanych tras rowerowych [km]"]
    assert book["Lista projektów kluczowych"]["B4"].value.startswith("Beskidzka Pętla")


def test_an_export_to_another_kind_of_file_is_refused_in_one_sentence(demo_db, tmp_path, capsys):
    from cwd_desktop import cli

    target = tmp_path / "strategia.pdf"
    assert cli.main(["strategy", "export", "--db", str(demo_db), BESKIDY, "-o", str(target)]) == 2
    assert "as .docx (Word) or .xlsx (Excel)" in capsys.readouterr().err and not target.exists()


@pytest.mark.parametrize(
    ("encoding", "separator"), [("utf-8", ","), ("cp1250", ";"), ("utf-8-sig", ";")], ids=["utf8", "cp1250", "bom"]
)
def test_measurements_are_imported_by_indicator_name_or_code(demo_db, tmp_path, capsys, encoding, separator):
    from cwd_desktop import cli
    from cwd_desktop.domain import Measurement
    from cwd_desktop.storage import open_store

    with open_store(demo_db) as store:
        indicator = next(i for i in store.find(Indicator) if i.name.startswith("Długość oznakowanych"))
        goals = {g.id for g in store.find(Goal, partnership_id=store.get(Goal, indicator.goal_id).partnership_id)}
        other = next(i for i in store.find(Indicator) if i.id != indicator.id and i.goal_id in goals)
        store.update(Indicator, other.id, code="W1.1.2")
    rows = [
        ["indicator", "year", "value", "source"],
        ["długość oznakowanych tras rowerowych", "2026", "101,5", "dane gmin"],
        ["W1.1.2", "2026", "3", "ankieta"],
        ["Długość oznakowanych tras rowerowych", "2027", "120", "GUS"],
    ]
    path = tmp_path / "pomiary.csv"
    text = io.StringIO()
    csv.writer(text, delimiter=separator, lineterminator="\r\n").writerows(rows)  # as Excel writes it
    path.write_bytes(text.getvalue().encode(encoding))
    assert cli.main(["indicators", "import", "--db", str(demo_db), BESKIDY, str(path)]) == 0
    assert "Measurements added: 3, replaced: 0." in capsys.readouterr().out
    with open_store(demo_db) as store:
        measured = {(m.indicator_id, m.year): (m.value, m.source) for m in store.find(Measurement)}
    assert measured == {
        (indicator.id, 2026): (101.5, "dane gmin"),
        (other.id, 2026): (3.0, "ankieta"),
        (indicator.id, 2027): (120.0, "GUS"),
    }
    # The same file again measures the same years again: nothing doubles.
    assert cli.main(["indicators", "import", "--db", str(demo_db), BESKIDY, str(path)]) == 0
    assert "added: 0, replaced: 3" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("Nieznany wskaźnik,2026,5", "Row 3: there is no indicator 'Nieznany wskaźnik'"),
        ("W1,dwa tysiące,5", "Row 3: The field 'year' cannot take the value 'dwa tysiące'."),
        ("W1,2026,", "Row 3: The field 'value' is required."),
        ("W1,1890,5", "Row 3: The year must be between 1990 and 2100, not 1890."),
    ],
)
def test_a_bad_row_rejects_the_whole_file_and_names_the_row(demo_db, tmp_path, capsys, row, said):
    from cwd_desktop import cli
    from cwd_desktop.domain import Measurement
    from cwd_desktop.storage import open_store

    with open_store(demo_db) as store:
        store.update(Indicator, store.find(Indicator)[0].id, code="W1")
    path = tmp_path / "pomiary.csv"
    path.write_text(f"indicator,year,value\nW1,2026,7\n{row}\n", encoding="utf-8")
    assert cli.main(["indicators", "import", "--db", str(demo_db), BESKIDY, str(path)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with open_store(demo_db) as store:
        assert store.find(Measurement) == []


def test_an_issued_project_list_stays_as_issued_while_the_projects_move_on(demo_store, tmp_path):
    import datetime as dt

    import docx

    from cwd_desktop.domain import ProjectList
    from cwd_desktop.domain.choices import ProjectKind
    from cwd_desktop.services.strategy import new_project_list
    from cwd_desktop.services.strategy_export import export_strategy

    pid = next(p.id for p in demo_store.find(Partnership) if p.name == BESKIDY)
    first = demo_store.add(new_project_list(demo_store, pid, ProjectKind.KEY, dt.date(2027, 10, 23)))
    assert first.version == 1
    project = next(p for p in demo_store.find(KeyProject, partnership_id=pid) if p.title.startswith("Beskidzka"))
    demo_store.update(KeyProject, project.id, title="Beskidzka Pętla Rowerowa (etap II)", estimated_cost_pln=21_000_000)
    target = tmp_path / "s.docx"
    export_strategy(demo_store, pid, target, "pl", today=dt.date(2027, 11, 2))
    document = docx.Document(str(target))
    assert "Stan na 2\u00a0listopada 2027\u00a0r." in [p.text for p in document.paragraphs]
    caption = next(p.text for p in document.paragraphs if "Lista projektów kluczowych" in p.text)
    assert caption == "Tabela 5. Lista projektów kluczowych, wersja 1 z 23\u00a0października 2027\u00a0r."
    table = document.tables[4]
    assert table.rows[1].cells[1].text == "Beskidzka Pętla Rowerowa — połączenie tras gmin Partnerstwa"  # as issued
    assert table.rows[1].cells[5].text == "18\u00a0500\u00a0000\u00a0zł"
    complementary = next(p.text for p in document.paragraphs if "projektów uzupełniających" in p.text)
    assert complementary.endswith("(wersja robocza, niewydana)")

    second = demo_store.add(new_project_list(demo_store, pid, ProjectKind.KEY, dt.date(2028, 3, 1)))
    assert second.version == 2 and "etap II" in second.items
    assert "etap II" not in demo_store.get(ProjectList, first.id).items  # the first stays as it was issued


def test_the_partnership_swot_merges_across_sessions_and_marks_the_diagnosis_in_the_export(demo_store, tmp_path):
    import openpyxl

    from cwd_desktop.domain import SwotItem, SwotMark, SwotSession
    from cwd_desktop.services.strategy import merge_marks
    from cwd_desktop.services.strategy_export import export_strategy

    pid = next(p.id for p in demo_store.find(Partnership) if p.name == BESKIDY)
    sessions = {
        s.id
        for m in demo_store.find(Meeting, partnership_id=pid)
        for s in demo_store.find(SwotSession, meeting_id=m.id)
    }
    first = max((i for i in demo_store.find(SwotItem) if i.session_id in sessions), key=lambda i: (i.votes, i.id))
    later = demo_store.add(Meeting(partnership_id=pid, number="4/2026"))
    session = demo_store.add(SwotSession(meeting_id=later.id, topic="seniorzy"))
    again = demo_store.add(
        SwotItem(session_id=session.id, quadrant=first.quadrant, text="To samo, innymi słowami", votes=3)
    )
    other = demo_store.add(
        SwotItem(session_id=session.id, quadrant="T" if first.quadrant.value != "T" else "S", text="x")
    )
    with pytest.raises(ValidationError, match="one quadrant"):
        merge_marks(demo_store, pid, first.id, [other.id])
    demo_store.add_many(merge_marks(demo_store, pid, first.id, [again.id]))
    demo_store.add(SwotMark(partnership_id=pid, swot_item_id=first.id, in_diagnosis=True))
    target = tmp_path / "s.xlsx"
    export_strategy(demo_store, pid, target, "pl")
    sheet = openpyxl.load_workbook(target)["Analiza SWOT Partnerstwa"]
    assert [c.value for c in sheet[3]] == ["Ćwiartka", "Czynnik", "Głosy", "Spotkanie", "W diagnozie"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    assert rows[first.text][2:] == (str(first.votes + 3), "3/2026, 4/2026", "tak")
    assert "To samo, innymi słowami" not in rows


@pytest.mark.parametrize(
    ("table", "values", "said"),
    [
        (
            "strategy_change",
            {
                "table_name": "goal",
                "row_id": "x",
                "column": "title",
                "old": "null",
                "new": "1",
                "changed_at": "wczoraj",
            },
            "no valid time or values",
        ),
        (
            "project_list",
            {"kind": "key", "version": 1, "issued_on": "2027-10-23", "items": "[1, 2]"},
            "not a list of projects",
        ),
        (
            "project_list",
            {"kind": "key", "version": 1, "issued_on": "2027-10-23", "items": '[{"title": "P", "status": "zły"}]'},
            "not a list of projects",
        ),
    ],
)
def test_a_package_with_a_malformed_strategy_row_is_refused(demo_store, tmp_path, table, values, said):
    """What a hostile package brings into the strategy gets the checks a local edit gets, before
    a window or an export reads it."""
    from forgery import edit_records, merge, new_row

    from cwd_desktop.storage import open_store
    from cwd_desktop.sync.package import PackageError, build_package
    from cwd_desktop.sync.service import digest

    laptop = open_store(tmp_path / "laptop.sqlite3")
    pid = demo_store.find(Partnership)[0].id
    honest = build_package(demo_store)
    merge(laptop, honest)
    row = {"partnership_id": pid, "deleted": 0, **values}
    if table == "strategy_change":
        row["device_id"] = laptop.device_id
        row["meeting_id"] = None
    hostile = edit_records(build_package(laptop), new_row(table, "0190aaaa-0000-7000-8000-000000000001", row), laptop)
    coordinator = open_store(tmp_path / "coordinator.sqlite3")
    merge(coordinator, honest)
    before = digest(coordinator)
    with pytest.raises(PackageError, match=said):
        merge(coordinator, hostile)
    assert digest(coordinator) == before
    laptop.close()
    coordinator.close()
