"""The protokół for publication in BIP: private persons by their initials or role (as the partnership
decides per person), officials and members' representatives by name, no signatures, text intact,
marked as the version for BIP."""

from __future__ import annotations

import io
import subprocess

import pikepdf

from cwd_desktop import cli
from cwd_desktop.domain import Attendance, Meeting, Person
from cwd_desktop.domain.choices import InBip, PersonRole
from cwd_desktop.minutes import pdfa
from cwd_desktop.services.minutes import export_bip, export_minutes


def text_of(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def meeting_with_residents(store) -> tuple[Meeting, dict[str, Person]]:
    meeting = next(m for m in store.find(Meeting) if m.number == "3/2026")
    people = {}
    for key, name, role, in_bip in (
        ("resident", "Zenobia Przybyłowicz", PersonRole.RESIDENT, InBip.BY_ROLE),
        ("named", "Teodor Wielgosz", PersonRole.RESIDENT, InBip.NAME),
        ("role", "Kornelia Sztuka", PersonRole.EXPERT, InBip.ROLE),
    ):
        person = store.add(Person(partnership_id=meeting.partnership_id, full_name=name, role=role, in_bip=in_bip))
        store.add(Attendance(meeting_id=meeting.id, person_id=person.id, present=True))
        people[key] = person
    representative = next(p for p in store.find(Person, partnership_id=meeting.partnership_id) if p.member_id)
    people["representative"] = store.update(Person, representative.id, in_bip=InBip.BY_ROLE)
    hidden = store.update(Person, meeting.minute_taker_id, in_bip=InBip.INITIALS)
    people["minute_taker"] = hidden
    return meeting, people


def test_the_bip_version_names_people_as_the_partnership_decided(demo_store, tmp_path):
    meeting, people = meeting_with_residents(demo_store)
    target = tmp_path / "bip.pdf"
    export_bip(demo_store, meeting.id, target)
    text = text_of(target).replace("\u00a0", " ")
    assert "wersja do publikacji w BIP" in text
    assert "Zenobia Przybyłowicz" not in text and "Z. P." in text  # a resident: initials
    assert "Teodor Wielgosz" in text  # a resident the partnership chose to name
    assert "Kornelia Sztuka" not in text and "ekspertka" in text  # by role only
    assert people["representative"].full_name in text  # a member's representative: by name
    taker = people["minute_taker"].full_name
    assert taker not in text  # the minute-taker chose initials
    # The rest of the minutes is as it is: the agenda, the SWOT, the votes.
    assert "Porządek obrad" in text and "Analiza SWOT" in text and "Głosowania" in text
    # Not signed: no signature places or fields, no signature column in the attendance list.
    assert "Podpisy" not in text and "Podpis\n" not in text
    with pikepdf.open(io.BytesIO(target.read_bytes())) as pdf:
        assert "/AcroForm" not in pdf.Root
        assert not [a for page in pdf.pages for a in page.obj.get("/Annots", []) if a.get("/FT") == "/Sig"]
        assert "cwd-state:" not in str(pdf.docinfo.get("/Keywords", ""))
    assert pdfa.problems(target.read_bytes()) == []


def test_the_bip_version_of_a_signed_meeting_and_the_cli(demo_store, tmp_path, capsys):
    from cwd_desktop.minutes.certs import create_certificate

    meeting, _people = meeting_with_residents(demo_store)
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    export_minutes(demo_store, meeting.id, tmp_path / "signed.pdf", key=key)
    signed = (tmp_path / "signed.pdf").read_bytes()
    db = str(demo_store.path)
    demo_store.close()
    assert cli.main(["minutes", "--db", db, "3/2026", "--bip", "-o", str(tmp_path / "bip.pdf")]) == 0
    assert "version for publication in BIP" in capsys.readouterr().out
    assert "Z. P." in text_of(tmp_path / "bip.pdf")
    assert (tmp_path / "signed.pdf").read_bytes() == signed  # the signed record is untouched
    code = cli.main(["minutes", "--db", db, "3/2026", "--bip", "--sign", "k.p12", "-o", str(tmp_path / "x.pdf")])
    assert code == 2 and "not signed" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_the_word_working_copy_has_the_pdfs_contents_and_names_the_signed_file(demo_store, tmp_path, capsys):
    import docx

    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import export_docx

    meeting, _people = meeting_with_residents(demo_store)
    export_docx(demo_store, meeting.id, tmp_path / "draft.docx")
    export_minutes(demo_store, meeting.id, tmp_path / "draft.pdf")
    words = docx.Document(str(tmp_path / "draft.docx"))
    every = "\n".join(p.text for p in words.paragraphs)
    every += "\n" + "\n".join(c.text for t in words.tables for row in t.rows for c in row.cells)
    assert every.startswith("kopia robocza") and "SHA-256" not in every.split("\n")[0]
    pdf_text = text_of(tmp_path / "draft.pdf").replace("\u00a0", " ")
    # The same contents: every heading and every person of the PDF is in the Word copy.
    headings = [p.text for p in words.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert "Protokół nr 3/2026" in headings and "Porządek obrad" in headings and "Głosowania" in headings
    for heading in headings:
        assert " ".join(heading.split()) in " ".join(pdf_text.split())
    assert "Zenobia Przybyłowicz" in every and "18 500 000" in every.replace("\u00a0", " ")
    assert "\u00ad" not in every  # no soft hyphens: Word hyphenates by itself
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    signed = export_minutes(demo_store, meeting.id, tmp_path / "protokol.pdf", key=key)
    db = str(demo_store.path)
    demo_store.close()
    assert cli.main(["minutes", "--db", db, "3/2026", "-o", str(tmp_path / "po.docx")]) == 0
    first = docx.Document(str(tmp_path / "po.docx")).paragraphs[0].text
    assert first == f"kopia robocza — dokument podpisany: plik PDF protokol.pdf, SHA-256 {signed.sha256}"
    assert cli.main(["minutes", "--db", db, "3/2026", "--bip", "-o", str(tmp_path / "x.docx")]) == 2
    assert "working copy" in capsys.readouterr().err and not (tmp_path / "x.docx").exists()
