"""The protokół for the archive: PDF/A-2b before and after each signature, and a self-check that
finds what signing tools and hostile files most often break (each case below breaks one clause)."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from pikepdf import Name

from cwd_desktop.domain import Meeting
from cwd_desktop.minutes import pdfa
from cwd_desktop.minutes.certs import create_certificate
from cwd_desktop.minutes.document import CHAIR, MINUTE_TAKER
from cwd_desktop.minutes.signing import sign_field
from cwd_desktop.services.demo import load_demo
from cwd_desktop.services.minutes import export_minutes
from cwd_desktop.storage import open_store


@pytest.fixture(scope="module")
def signed(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("pdfa")
    with open_store(folder / "demo.sqlite3") as store:
        load_demo(store)
        meeting = next(m for m in store.find(Meeting) if m.number == "3/2026")
        key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
        export_minutes(store, meeting.id, folder / "p.pdf", key=key)
    return (folder / "p.pdf").read_bytes()


@pytest.fixture(scope="module")
def key():
    return create_certificate("Łucja Ćwik", "lucja@example.pl", "Partnerstwo", "haslo-lucji-123")


def test_the_signed_minutes_are_pdfa_2b_and_stay_so_after_two_more_signatures(signed, key):
    assert pdfa.problems(signed) == []
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == Name.GTS_PDFA1 and intent.DestOutputProfile.N == 3
    chair = sign_field(signed, CHAIR, key)
    assert pdfa.problems(chair) == []
    both = sign_field(chair, MINUTE_TAKER, key)
    assert pdfa.problems(both) == []


def _rewritten(data: bytes, change) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        change(pdf)
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False)  # (else pikepdf rewrites the XMP it reads)
    return out.getvalue()


def _first_page_annotation(pdf: pikepdf.Pdf, **entries) -> None:
    stream = pdf.make_stream(b"")
    stream.Type, stream.Subtype, stream.BBox = Name.XObject, Name.Form, [0, 0, 10, 10]
    annotation = pikepdf.Dictionary(Type=Name.Annot, Subtype=Name.Square, Rect=[10, 10, 20, 20], F=4)
    annotation.AP = pikepdf.Dictionary(N=stream)
    for name, value in entries.items():
        annotation[Name("/" + name)] = value(stream) if callable(value) else value
    pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([*pdf.pages[0].obj.get("/Annots", []), annotation]))


def _doubled_xmp(pdf):
    packet = pdf.Root.Metadata.read_bytes()
    pdf.Root.Metadata = pdf.make_stream(packet + packet)


def _unembedded_font(pdf):
    font = pikepdf.Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    pdf.pages[0].obj.Resources.Font[Name.F99] = font


CASES = {
    "the XMP packet is duplicated": _doubled_xmp,
    "the XMP does not declare PDF/A-2b": lambda pdf: (
        pdf.Root.__delattr__("Metadata")
        or setattr(
            pdf.Root, "Metadata", pdf.make_stream(b'<?xpacket begin="" id="x"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
        )
    ),
    "differs from XMP dc:title": lambda pdf: pdf.docinfo.__setitem__(Name.Title, "Inny tytuł"),
    "no single PDF/A output intent": lambda pdf: pdf.Root.__delattr__("OutputIntents"),
    "is not embedded": _unembedded_font,
    "appearance entries other than /N (/D)": lambda pdf: _first_page_annotation(
        pdf, AP=lambda stream: pikepdf.Dictionary(N=stream, D=stream)
    ),
    "no appearance stream": lambda pdf: _first_page_annotation(pdf, AP=pikepdf.Dictionary()) or None,
    "not printed, or hidden": lambda pdf: _first_page_annotation(pdf, F=6),
    "the catalog has actions": lambda pdf: setattr(
        pdf.Root, "OpenAction", pikepdf.Dictionary(S=Name.JavaScript, JS="app.alert(1)")
    ),
}


@pytest.mark.parametrize("expected", sorted(CASES))
def test_each_broken_clause_is_found(signed, expected):
    broken = _rewritten(signed, CASES[expected])
    found = pdfa.problems(broken)
    assert any(expected in problem for problem in found), found


def test_javascript_anywhere_and_encryption_are_found(signed):
    names = _rewritten(
        signed,
        lambda pdf: setattr(
            pdf.Root,
            "Names",
            pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=["x", pikepdf.Dictionary(S=Name.JavaScript)])),
        ),
    )
    assert any("JavaScript" in p for p in pdfa.problems(names))
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="a", user="", R=6))
    assert any("encrypted" in p for p in pdfa.problems(out.getvalue()))


def test_an_odd_length_or_missing_id_is_found(signed):
    ids = list(re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", signed))
    last = ids[-1]
    start, end = last.span(1)
    odd = signed[:start] + signed[start : end - 1] + b" " + signed[end:]  # one hex digit fewer, same length
    assert any("/ID string of odd" in p for p in pdfa.problems(odd))
    unsigned = _rewritten(signed, lambda pdf: None)
    no_id = re.sub(rb"/ID\s*\[[^\]]*\]", lambda m: b" " * len(m.group(0)), unsigned)
    assert any("no document /ID" in p for p in pdfa.problems(no_id))


def test_a_wrong_stream_length_is_found(signed):
    unsigned = _rewritten(signed, lambda pdf: None)
    match = re.search(rb"/Length (\d{3,})", unsigned)
    assert match
    digits = match.group(1)
    wrong = str(int(digits) - 7).rjust(len(digits)).encode()
    broken = unsigned[: match.start(1)] + wrong + unsigned[match.end(1) :]
    found = pdfa.problems(broken)
    assert any("qpdf --check" in p or "structure:" in p for p in found), found


def test_a_file_that_is_not_a_pdf_is_one_problem():
    assert pdfa.problems(b"%PDF-1.7 nothing") != []
    assert pdfa.problems(b"")[0].startswith("not readable as PDF")
