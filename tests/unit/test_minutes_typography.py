"""Polish typography in the protokół: words break only at their hyphenation points, with a hyphen
(never "Szacowa ny", "Postę p", "Wysokomazowiec ki"); column widths follow the content (numbers
and dates stay whole); dates and amounts as offices write them."""

from __future__ import annotations

import html
import re
import subprocess

import pytest

from cwd_desktop.domain import KeyProject, Meeting
from cwd_desktop.minutes.document import FRAME_WIDTH, fitted_widths, hyphenated
from cwd_desktop.services.minutes import export_minutes


def cut_words(pdf, vocabulary: set[str]) -> list[str]:
    """Line ends that are a piece of a word cut without a hyphen ("Szacowa" of "Szacowa ny"): the
    last word of every line (pdftotext's own lines) is a whole word, or ends with its hyphen."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # A cut leaves the start of a word at the line's end ("Szacowa"); the end of a word that was
    # hyphenated ("wany" of "Szaco-wany") may end a line, as a whole word does.
    starts = {w[:n] for w in vocabulary for n in range(2, len(w))}
    ends = {w[n:] for w in vocabulary for n in range(1, len(w) - 1)}
    found = []
    for line in re.findall(r"<line.*?</line>", layout, re.S):
        words = [html.unescape(w) for w in re.findall(r"<word[^>]*>(.*?)</word>", line)]
        last = words[-1].strip(",.;:!?()[]„”\"'") if words else ""
        if last.isalpha() and last not in vocabulary and last in starts and last not in ends:
            found.append(last)
    return found


def vocabulary_of(store) -> set[str]:
    words: set[str] = set()
    for (table,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in store.db.execute(f"SELECT * FROM [{table}]"):
            words.update(w for value in row if isinstance(value, str) for w in re.findall(r"\w+", value))
    from cwd_desktop.domain import choices, formats
    from cwd_desktop.minutes import texts

    for kind in vars(choices).values():  # the closed vocabularies, as their labels print
        if isinstance(kind, type) and issubclass(kind, choices.Choice) and kind is not choices.Choice:
            for member in kind:
                words.update(re.findall(r"\w+", member.label("pl") + " " + member.label("en")))

    for pair in texts._TEXTS.values():
        words.update(w for value in pair for w in re.findall(r"\w+", value))
    words.update(re.findall(r"\w+", " ".join(formats._MONTHS_GENITIVE + list(formats._MONTHS_EN))))
    return words


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_no_word_of_the_demo_minutes_is_cut_without_a_hyphen(demo_store, tmp_path, lang):
    vocabulary = vocabulary_of(demo_store)
    for meeting in demo_store.find(Meeting):
        target = tmp_path / f"{meeting.id}-{lang}.pdf"
        export_minutes(demo_store, meeting.id, target, lang)
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert cut_words(target, vocabulary) == []
        assert "\u00ad" not in text  # a soft hyphen never shows where the word was not broken
        for letter in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ":
            if letter in "".join(vocabulary):
                assert letter in text or letter.upper() in text or letter.lower() in text


def test_a_project_of_long_words_in_a_narrow_column_is_hyphenated(demo_store, tmp_path):
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    project = demo_store.find(KeyProject)[0]
    demo_store.update(
        KeyProject, project.id, title="Szerokopasmowy Wysokomazowiecki Międzygminny Konstantynopolitańczykowianeczka"
    )
    target = tmp_path / "p.pdf"
    export_minutes(demo_store, meeting.id, target)
    vocabulary = vocabulary_of(demo_store)
    assert cut_words(target, vocabulary) == []
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pieces = re.findall(r"<word[^>]*>([^<]*-)</word>", layout)
    assert any(p.startswith("Kon") for p in pieces) and any(p.startswith("Wysokoma") for p in pieces), pieces


def test_dates_and_amounts_as_offices_write_them(demo_store, tmp_path):
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    target = tmp_path / "p.pdf"
    export_minutes(demo_store, meeting.id, target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "12 marca 2026 r." in text.replace("\u00a0", " ")
    assert "18 500 000" in text.replace("\u00a0", " ")
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # no ISO dates left


def test_column_widths_follow_the_content_and_keep_numbers_whole():
    header = ["Projekt", "Koszt", "Okres"]
    rows = [["Krótki", "18\u00a0500\u00a0000", "1.01.2027 – 31.12.2029"], ["Bardzo długi tytuł " * 8, "5", "—"]]
    widths = fitted_widths(header, rows, [1, 1, 1])
    assert sum(widths) == pytest.approx(FRAME_WIDTH)
    assert widths[0] > widths[1] and widths[0] > widths[2]  # the long text gets the room
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cwd_desktop.minutes import fonts

    fonts.register()
    assert widths[1] >= stringWidth("18\u00a0500\u00a0000", fonts.REGULAR, 8.5)  # the amount stays whole
    assert widths[2] >= stringWidth("31.12.2029", fonts.REGULAR, 8.5)


def test_hyphenation_points_are_polish():
    assert hyphenated("Szacowany", "pl_PL") == "Sza\u00adco\u00adwa\u00adny"
    assert hyphenated("12 500 zł", "pl_PL") == "12 500 zł"
    assert hyphenated("Szacowany", "") == "Szacowany"


def test_the_swot_matrix_is_kept_on_one_page(demo_store, tmp_path):
    """The heading and the 2x2 matrix move to the next page together rather than split, when they
    fit on one: notes of many lengths above put the SWOT anywhere on its page."""
    from cwd_desktop.domain import AgendaItem

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    first = demo_store.find(AgendaItem, meeting_id=meeting.id, order_by="position")[0]
    for lines in range(0, 60, 5):
        demo_store.update(AgendaItem, first.id, notes="\n".join(["Notatka z przebiegu spotkania."] * (lines + 1)))
        target = tmp_path / f"p{lines}.pdf"
        result = export_minutes(demo_store, meeting.id, target)
        pages = [
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(target), "-"], capture_output=True, text=True, check=True
            ).stdout
            for n in range(1, result.pages + 1)
        ]
        (page,) = [n for n, text in enumerate(pages) if "Mocne strony (" in text]
        assert "Zagrożenia (" in pages[page] and "Analiza SWOT" in pages[page], lines
