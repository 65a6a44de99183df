"""The protokół: what the PDF says (pdftotext), its fonts (pdffonts), its signatures (pyHanko and pdfsig)."""

import errno
import io
import shutil
import subprocess

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import PageObject

from cwd_desktop import fileio
from cwd_desktop.domain import (
    AgendaItem,
    Attendance,
    Meeting,
    Member,
    Partnership,
    Person,
    SignedMinutes,
    SwotItem,
    SwotSession,
)
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.errors import ReadOnlyError, ValidationError
from cwd_desktop.fileio import FileWriteError
from cwd_desktop.minutes.certs import (
    KeyFileError,
    certificate_pem,
    create_ca,
    create_certificate,
    load_pkcs12,
    to_pkcs12,
)
from cwd_desktop.services.minutes import (
    export_attendance_sheet,
    export_minutes,
    latest_signed,
    reopen,
    verify,
)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed (.ci/run installs it)")
POLISH = "Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"
MARKUP = "<b>nie pogrubiać</b> & \"cudzysłów\" 'apostrof' <br/> &amp; 5 > 3 < 4"


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def plain_text(path) -> str:
    """pdftotext without layout, with line breaks folded, for searching sentences."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def pdfsig(path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


@pytest.fixture(scope="module")
def keys():
    ca = create_ca("Partnerstwo Testowe", "haslo-ca-123")
    moderator = create_certificate("Żaneta Łęcka", "z@example.pl", "ZMP", "haslo-mod-123", issuer=ca)
    return ca, moderator


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name=f"Partnerstwo {POLISH}"))
    members = store.add_many(
        [Member(partnership_id=p.id, name="Gmina Rajcza"), Member(partnership_id=p.id, name="Gmina Ujsoły")]
    )
    chair = store.add(Person(partnership_id=p.id, full_name="Łucja Ćwik", member_id=members[0].id))
    m = store.add(
        Meeting(
            partnership_id=p.id,
            number="5/2026",
            title=MARKUP,
            date="2026-04-01",
            start_time="10:00",
            end_time="12:00",
            place="Sala <A> & B",
            chair_id=chair.id,
            minute_taker_id=chair.id,
        )
    )
    store.add(Attendance(meeting_id=m.id, person_id=chair.id, present=True, checked_in_at="09:55"))
    store.add(AgendaItem(meeting_id=m.id, position=1, title="Otwarcie", notes=f"{POLISH}\n{MARKUP}"))
    session = store.add(SwotSession(meeting_id=m.id, topic="Temat"))
    store.add(SwotItem(session_id=session.id, quadrant="S", text=MARKUP, votes=4))
    store.add(SwotItem(session_id=session.id, quadrant="T", text=POLISH, votes=2))
    return m


def test_polish_letters_and_markup_print_as_typed(store, meeting, tmp_path):
    target = tmp_path / "protokol.pdf"
    result = export_minutes(store, meeting.id, target)
    assert not result.signed and result.pages >= 2
    text = plain_text(target)
    assert POLISH in text
    # pdftotext may drop a space next to "<"; every character must still be there, in order.
    squeezed = "".join(text.split())
    assert squeezed.count("".join(MARKUP.split())) >= 3  # subtitle, "Ad. 1" notes, SWOT matrix
    assert "Sala <A> & B" in text
    assert "Protokół nr 5/2026" in text and "Załącznik nr 1" in text
    assert f"Protokół nr 5/2026 — strona 1 z {result.pages}" in pdftotext(target)
    assert "Mocne strony (1)" in text and "Zagrożenia (1)" in text


def test_every_font_is_embedded(store, meeting, tmp_path, keys):
    target = tmp_path / "signed.pdf"
    export_minutes(store, meeting.id, target, key=keys[1])
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row.split(maxsplit=1)[1] for row in rows), fonts
    assert "Helvetica" not in fonts and "Courier" not in fonts


def test_empty_meeting_still_gives_a_protocol_that_says_so(store, tmp_path):
    p = store.add(Partnership(name="Puste"))
    m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    target = tmp_path / "empty.pdf"
    export_minutes(store, m.id, target)
    text = plain_text(target)
    assert "Nie odnotowano obecności uczestników." in text
    assert "Podczas spotkania nie przeprowadzono analizy SWOT." in text
    assert "Nie ustalono porządku obrad." in text


def test_english_minutes(store, meeting, tmp_path):
    target = tmp_path / "minutes.pdf"
    export_minutes(store, meeting.id, target, lang="en")
    text = plain_text(target)
    assert "Minutes no. 5/2026" in text and "Strengths (1)" in text and "Annex 1" in text


def test_a_large_meeting_renders_with_repeated_headers(store, tmp_path):
    p = store.add(Partnership(name="Duże partnerstwo"))
    m = store.add(Meeting(partnership_id=p.id, number="9/2026"))
    people = store.add_many(Person(partnership_id=p.id, full_name=f"Uczestnik Numer{i:03d}") for i in range(100))
    store.add_many(Attendance(meeting_id=m.id, person_id=x.id, present=True) for x in people)
    session = store.add(SwotSession(meeting_id=m.id))
    store.add_many(
        SwotItem(
            session_id=session.id,
            quadrant="SWOT"[i % 4],
            text=f"Pozycja {i} " + "słowo " * (i % 30),
            votes=i % 11,
            position=i,
        )
        for i in range(500)
    )
    store.add(AgendaItem(meeting_id=m.id, title="Długa dyskusja", notes=("Bardzo długa wypowiedź. " * 2500)))
    target = tmp_path / "big.pdf"
    result = export_minutes(store, m.id, target)
    assert result.pages > 20
    text = pdftotext(target)
    assert "Uczestnik Numer099" in text and "Pozycja 499" in text
    assert text.count("Imię i nazwisko") >= 2  # the attendance table header repeats on every page
    assert text.count("Lp.") >= 6


def test_signing_closes_the_meeting_and_keeps_the_file(store, meeting, tmp_path, keys):
    ca, moderator = keys
    target = tmp_path / "signed.pdf"
    result = export_minutes(store, meeting.id, target, key=moderator)
    data = target.read_bytes()
    record, stored = latest_signed(store, meeting.id)
    assert stored == data and record.sha256 == result.sha256 and record.signer == "Żaneta Łęcka"
    assert store.get(Meeting, meeting.id).status is MeetingStatus.SIGNED
    with pytest.raises(ReadOnlyError):
        store.add(SwotItem(session_id=store.find(SwotSession)[0].id, quadrant="O", text="Po podpisie"))
    with pytest.raises(ValidationError, match="already signed"):
        export_minutes(store, meeting.id, tmp_path / "again.pdf", key=moderator)
    assert not (tmp_path / "again.pdf").exists()

    report = verify(data, [certificate_pem(ca.certificate).encode()])
    assert report.ok
    (signature,) = report.signatures
    assert (signature.signer, signature.trust, signature.covers_whole_file) == ("Żaneta Łęcka", "trusted", True)
    assert set(report.empty_fields) == {"Prowadzący", "Protokolant"}
    assert verify(data).signatures[0].trust == "unknown issuer"
    sig = pdfsig(target)
    assert "Signature is Valid." in sig and "Total document signed" in sig
    assert sig.count("The signature form field is not signed.") == 2


def test_self_signed_key_is_reported_as_such(store, meeting, tmp_path):
    own = create_certificate("Jan Kowalski", "", "", "haslo-jana-123")
    target = tmp_path / "self.pdf"
    export_minutes(store, meeting.id, target, key=own)
    report = verify(target.read_bytes())
    # intact and whole, but nobody confirmed this signer here: its own verdict, never plain "valid"
    assert not report.ok and report.holds_unconfirmed and report.signatures[0].trust == "self-signed"


def _flip_inside_signed_range(data: bytes) -> bytes:
    position = data.index(b"Protok") + 2  # well inside the first signed byte range
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]


def test_a_flipped_byte_is_caught_by_both_verifiers(store, meeting, tmp_path, keys):
    target = tmp_path / "signed.pdf"
    export_minutes(store, meeting.id, target, key=keys[1])
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_inside_signed_range(target.read_bytes()))
    report = verify(tampered.read_bytes())
    assert not report.ok and not report.signatures[0].intact
    assert "Digest Mismatch" in pdfsig(tampered)


def test_an_appended_revision_is_rejected(store, meeting, tmp_path, keys):
    target = tmp_path / "signed.pdf"
    export_minutes(store, meeting.id, target, key=keys[1])
    writer = IncrementalPdfFileWriter(io.BytesIO(target.read_bytes()))
    page = PageObject(
        contents=writer.add_object(generic.StreamObject(stream_data=b"0 0 m 100 100 l S")),
        media_box=generic.ArrayObject(list(map(generic.NumberObject, [0, 0, 595, 842]))),
    )
    writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(out.getvalue())
    report = verify(appended.read_bytes())
    signature = report.signatures[0]
    assert signature.intact and not signature.covers_whole_file and not signature.later_changes_allowed
    assert not report.ok
    sig = pdfsig(appended)
    assert "Signature is Valid." in sig and "Total document signed" not in sig


def test_reopening_makes_a_new_revision_with_the_same_content(store, meeting, tmp_path, keys):
    export_minutes(store, meeting.id, tmp_path / "v1.pdf", key=keys[1])
    revised = reopen(store, meeting.id)
    assert (revised.number, revised.revision, revised.status) == ("5/2026", 2, MeetingStatus.DRAFT)
    assert revised.display_number == "5/2026, wersja 2"
    new_session = store.find(SwotSession, meeting_id=revised.id)[0]
    assert sorted(i.text for i in store.find(SwotItem, session_id=new_session.id)) == sorted([MARKUP, POLISH])
    store.add(SwotItem(session_id=new_session.id, quadrant="O", text="Nowa szansa"))  # editable again
    assert store.find(SignedMinutes, meeting_id=revised.id) == []
    assert len(store.find(SignedMinutes, meeting_id=meeting.id)) == 1  # the earlier signed file stays
    with pytest.raises(ValidationError, match="already reopened as 5/2026, wersja 2"):
        reopen(store, meeting.id)
    target = tmp_path / "v2.pdf"
    export_minutes(store, revised.id, target, key=keys[1])
    assert "Protokół nr 5/2026, wersja 2" in pdftotext(target)


def test_wrong_passphrase_full_disk_and_missing_folder_change_nothing(store, meeting, tmp_path, keys, monkeypatch):
    data = to_pkcs12(keys[1], "dobre-haslo-1")
    with pytest.raises(KeyFileError, match="passphrase is wrong"):
        load_pkcs12(data, "złe-hasło")
    with pytest.raises(FileWriteError, match="does not exist"):
        export_minutes(store, meeting.id, tmp_path / "missing" / "p.pdf", key=keys[1])
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "protokol.pdf").write_bytes(b"the previous file")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", disk_full)
    with pytest.raises(FileWriteError, match="The disk is full"):
        export_minutes(store, meeting.id, folder / "protokol.pdf", key=keys[1])
    assert [p.name for p in folder.iterdir()] == ["protokol.pdf"]  # no half-written temporary file
    assert (folder / "protokol.pdf").read_bytes() == b"the previous file"
    assert store.get(Meeting, meeting.id).status is MeetingStatus.DRAFT
    assert store.find(SignedMinutes) == []


def test_attendance_sheet(store, meeting, tmp_path):
    target = tmp_path / "lista.pdf"
    export_attendance_sheet(store, meeting.id, target)
    text = pdftotext(target)
    assert "Lista obecności" in text and "Łucja Ćwik" in text and "Podpis" in text
    assert "Analiza SWOT" not in text


def _longest(row, field: str, unit: str) -> str:
    """The longest text of `unit` repeated that the field takes (its own rule, or the general cap)."""
    import dataclasses
    import re

    from cwd_desktop.domain.entity import MAX_LONG_TEXT

    limit = MAX_LONG_TEXT
    while True:
        value = (unit * (limit // len(unit) + 1))[:limit]
        try:
            dataclasses.replace(row, **{field: value})
            return value
        except ValidationError as exc:
            found = re.search(r"longer than ([\d ,]+)", str(exc))
            if not found:
                raise
            limit = int(re.sub(r"\D", "", found.group(1)))


@pytest.mark.parametrize("unit", ["zażółć gęślą jaźń ", "ż"], ids=["words", "one long word"])
def test_the_minutes_lay_out_whatever_a_field_takes(demo_store, tmp_path, unit):
    """Every text the minutes show, at the longest a field takes, of words or one unbroken word."""
    from cwd_desktop.domain import (
        ActionItem,
        AgendaItem,
        ConsultationRemark,
        Decision,
        Goal,
        Indicator,
        KeyProject,
        Member,
        Partnership,
        Person,
        SwotItem,
        TowsStrategy,
    )
    from cwd_desktop.domain.entity import field_types

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    filled = 0
    for cls in (
        Meeting,
        Partnership,
        Member,
        Person,
        AgendaItem,
        SwotItem,
        TowsStrategy,
        Goal,
        Indicator,
        KeyProject,
        Decision,
        ActionItem,
        ConsultationRemark,
    ):
        rows = demo_store.find(cls)
        references = {"merged_into", "subject_ref"}  # ids of other rows, not text
        texts = [
            name
            for name, (base, _) in field_types(cls).items()
            if base is str and not name.endswith("id") and name not in references
        ]
        for row in rows[:2]:  # two of each: two long cards may share a table row
            changes = {}
            for name in texts:
                try:
                    changes[name] = _longest(row, name, unit)
                except ValidationError:
                    continue  # a field with a pattern (e-mail, TERYT, phone): not free text
            for name, value in changes.items():
                demo_store.update(cls, row.id, **{name: value})
                filled += 1
    assert filled > 40
    result = export_minutes(demo_store, meeting.id, tmp_path / "p.pdf")
    assert result.pages > 10
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def _sign_later(data: bytes, field: str, key) -> bytes:
    """The chair signs into the empty field the app left (as with a qualified signature later)."""
    from cwd_desktop.minutes.signing import sign_field

    return sign_field(data, field, key)


def test_only_signatures_into_the_empty_fields_may_follow(store, meeting, tmp_path, keys):
    from pyhanko.sign import fields as sig_fields

    from cwd_desktop.minutes.document import CHAIR

    target = tmp_path / "signed.pdf"
    export_minutes(store, meeting.id, target, key=keys[1])
    signed = target.read_bytes()

    assert "Signature Field Name: Prowadzący" in pdfsig(target)  # as a reader shows it: with its letters
    chair_signed = tmp_path / "chair.pdf"
    chair_signed.write_bytes(_sign_later(signed, CHAIR, keys[1]))
    report = verify(chair_signed.read_bytes(), [certificate_pem(keys[0].certificate).encode()])
    assert len(report.signatures) == 2 and report.ok
    assert report.signatures[0].later_changes_allowed and report.signatures[1].covers_whole_file

    junk = tmp_path / "junk.pdf"  # bytes after the last revision: readers skip them, pdfsig counts them
    junk.write_bytes(signed + b"\n% a line no reader shows\n")
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))  # a full-page field over the signed text
    sig_fields.append_signature_field(writer, sig_fields.SigFieldSpec("Shadow", box=(0, 0, 595, 842), on_page=0))
    out = io.BytesIO()
    writer.write(out)
    shadow = tmp_path / "shadow.pdf"
    shadow.write_bytes(out.getvalue())
    junk_after_chair = tmp_path / "chair-junk.pdf"
    junk_after_chair.write_bytes(chair_signed.read_bytes() + b"junk %%EOF\n")
    for changed in (junk, shadow, junk_after_chair):
        report = verify(changed.read_bytes())
        first = report.signatures[0]
        assert first.intact and not first.later_changes_allowed and not report.ok, changed.name
        assert "Not total document signed" in pdfsig(changed), changed.name


def test_a_huge_signature_gets_a_quick_verdict(store, meeting, tmp_path, keys, capsys):
    """A signature /Contents far larger than any real one (parsing 40 MB of it took 27 s and
    3.5 GB) fails at once, before the PDF is parsed; the CLI says so with exit 1."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.fields import enumerate_sig_fields

    from cwd_desktop.cli import main

    target = tmp_path / "signed.pdf"
    export_minutes(store, meeting.id, target, key=keys[1])
    writer = IncrementalPdfFileWriter(io.BytesIO(target.read_bytes()))
    contents = generic.ByteStringObject(b"\x30\x82" + b"A" * (3 * 1024 * 1024))
    signature = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Sig"),
            generic.NameObject("/Filter"): generic.NameObject("/Adobe.PPKLite"),
            generic.NameObject("/SubFilter"): generic.NameObject("/ETSI.CAdES.detached"),
            generic.NameObject("/ByteRange"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 1, 2, 1)]),
            generic.NameObject("/Contents"): contents,
        }
    )
    reference = writer.add_object(signature)
    _name, _value, field_ref = next(f for f in enumerate_sig_fields(writer.prev) if f[1] is None)
    field = field_ref.get_object()
    field[generic.NameObject("/V")] = reference
    writer.mark_update(field_ref)
    out = io.BytesIO()
    writer.write(out)
    huge = tmp_path / "huge.pdf"
    huge.write_bytes(out.getvalue())
    report = verify(huge.read_bytes())
    assert not report.ok and not report.holds_unconfirmed
    assert "larger than any this application accepts" in report.signatures[0].signer
    assert "Validation Failure" in pdfsig(huge)  # pdfsig fails it too
    assert main(["verify", str(huge)]) == 1
    assert "larger than any this application accepts" in capsys.readouterr().out


def test_a_motion_not_voted_is_said_so(store, meeting, tmp_path):
    from cwd_desktop.domain import Decision

    store.add(Decision(meeting_id=meeting.id, motion="Przyjęcie harmonogramu konsultacji"))
    store.add(Decision(meeting_id=meeting.id, motion="Przyjęcie porządku obrad", votes_for=3, position=1))
    export_minutes(store, meeting.id, tmp_path / "p.pdf")
    text = plain_text(tmp_path / "p.pdf")
    assert "Wniosku nie poddano pod głosowanie." in text
    assert text.count("wniosek odrzucono") + text.count("wniosku nie przyjęto") == 0


def test_more_votes_than_people_present_records_no_result(store, meeting, tmp_path):
    from cwd_desktop.domain import Decision

    present = sum(1 for a in store.find(Attendance, meeting_id=meeting.id) if a.present)
    store.add(Decision(meeting_id=meeting.id, motion="Przyjęcie budżetu", votes_for=present + 3))
    export_minutes(store, meeting.id, tmp_path / "p.pdf")
    text = plain_text(tmp_path / "p.pdf")
    assert f"Wyniku głosowania nie ustalono: oddano więcej głosów (za: {present + 3}," in text
    assert f"niż mogło głosować ({present})." in text and "wniosek przyjęto" not in text


def test_a_confirmed_count_above_those_present_stands_and_is_said(store, meeting, tmp_path):
    from cwd_desktop.domain import Decision

    present = sum(1 for a in store.find(Attendance, meeting_id=meeting.id) if a.present)
    store.add(Decision(meeting_id=meeting.id, motion="Przyjęcie budżetu", votes_for=present + 3, count_confirmed=True))
    export_minutes(store, meeting.id, tmp_path / "p.pdf")
    text = plain_text(tmp_path / "p.pdf")
    assert "wniosek przyjęto" in text or "wniosku nie przyjęto" in text
    assert (
        f"Liczba oddanych głosów ({present + 3}) przekracza liczbę osób uprawnionych do głosowania ({present})" in text
    )


def test_paper_voting_and_flipchart_photos_are_in_the_minutes(store, meeting, tmp_path):
    from images import png

    from cwd_desktop.services.paper_voting import attach_photo

    (session,) = store.find(SwotSession, meeting_id=meeting.id)
    store.update(SwotSession, session.id, dot_budget=5, max_per_card=2)
    (tmp_path / "IMG_0042.png").write_bytes(png(20, 10))
    photo = attach_photo(store, session.id, tmp_path / "IMG_0042.png", "szanse i zagrożenia")
    target = tmp_path / "protokol.pdf"
    export_minutes(store, meeting.id, target)
    text = plain_text(target)
    assert "Kropki na osobę: 5 (najwyżej 2 na jedną kartę); obecnych: 1; policzone kropki: 6 z 5 możliwych." in text
    assert "IMG_0042.png (szanse i zagrożenia), dodane" in text
    assert photo.sha256 in text.replace(" ", "")
