"""The partnership's strategy: one plan across meetings, shown in the minutes as it stands, with
what a meeting agreed or changed marked; its tables exported and printed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cwd_desktop.domain import Goal, Indicator, KeyProject, Meeting, Partnership
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
    store.meeting_context = None
    store.update(KeyProject, project.id, progress=50)  # from the strategy workspace: no meeting

    target = tmp_path / "2.pdf"
    export_minutes(store, second.id, target, "pl")
    text = text_of(target)
    assert "Cel strategiczny 1: Dostępny i skomunikowany obszar (zmieniono na tym spotkaniu)" in text
    assert "Cel strategiczny 2: Aktywni mieszkańcy (zmieniono na tym spotkaniu)" in text  # its indicator
    assert "Cel strategiczny 3: Czyste powietrze (ustalono na tym spotkaniu)" in text
    assert "Ścieżka rowerowa (" not in text  # changed, but not at this meeting
    assert new.meeting_id == second.id

    first_pdf = tmp_path / "1.pdf"
    export_minutes(store, first.id, first_pdf, "pl")
    first_text = text_of(first_pdf)
    assert "Cel strategiczny 1: Dostępny i skomunikowany obszar (ustalono na tym spotkaniu)" in first_text
    assert "Cel strategiczny 3: Czyste powietrze" in first_text and "Powietrze (" not in first_text
    assert "Ścieżka rowerowa (ustalono na tym spotkaniu)" in first_text
