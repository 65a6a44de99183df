"""The protokół as a Word working copy (python-docx), for the secretary who corrects it before
adoption. Its contents are the PDF's: the same builder's story (minutes/document.py), walked
flowable by flowable into Word's headings, paragraphs and tables, so that the two cannot drift
apart. A chart is left out (its items are listed beside it); a signature place becomes a line to
sign on. When the meeting is signed, the copy is headed with the signed PDF's name and SHA-256."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from cwd_desktop.minutes.data import MinutesData
from cwd_desktop.minutes.document import SOFT_HYPHEN, MinutesBuilder, SignaturePlace
from cwd_desktop.minutes.texts import text

_HEADINGS = {"title": 0, "h2": 1, "h3": 2, "h4": 3}
_TAG = re.compile(r"(<[^>]+>)")


def render_docx(data: MinutesData, lang: str = "pl", signed: tuple[str, str] | None = None) -> bytes:
    """The Word copy; `signed`: (file name, SHA-256) of the signed protokół, named at its head."""
    builder = MinutesBuilder(data, lang)
    document = Document()
    document.core_properties.title = text(lang, "title", number=builder.number)
    document.core_properties.subject = data.partnership.name
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note = text(lang, "docx_working_copy")
    if signed is not None:
        note += " — " + text(lang, "docx_signed", file=signed[0], sha256=signed[1])
    run = head.add_run(note)
    run.bold, run.font.size = True, Pt(9)
    run.font.color.rgb = RGBColor(0x9C, 0x1C, 0x1C)
    _write(document, builder.story())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _write(document: DocxDocument, story: Iterable[Flowable]) -> None:
    for flowable in story:
        # KeepTogether and Table publish no accessor for what they hold: their attributes are read
        # (tests/unit/test_minutes_bip.py compares the copy's headings with the PDF's text).
        if isinstance(flowable, KeepTogether):
            _write(document, flowable._content)
        elif isinstance(flowable, Paragraph):
            style = flowable.style.name
            if style in _HEADINGS:
                document.add_heading(_plain(flowable.text), level=_HEADINGS[style])
            else:
                _runs(document.add_paragraph(), flowable.text, centered=style == "subtitle")
        elif isinstance(flowable, Table):
            _table(document, flowable)
        elif isinstance(flowable, PageBreak):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(flowable, SignaturePlace):
            document.add_paragraph("." * 48)
        # Spacers, conditional page breaks and the chart have no place in a working copy.


def _table(document: DocxDocument, table: Table) -> None:
    rows = table._cellvalues
    if not rows:
        return
    columns = max(len(row) for row in rows)
    out = document.add_table(rows=len(rows), cols=columns)
    out.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = out.cell(r, c)
            cell.text = ""
            paragraph = cell.paragraphs[0]
            for item in value if isinstance(value, list | tuple) else [value]:
                if isinstance(item, Paragraph):
                    if paragraph.text:
                        paragraph = cell.add_paragraph()
                    _runs(paragraph, item.text, bold=r < table.repeatRows)
                elif isinstance(item, str | int | float):
                    paragraph.add_run(str(item))
    document.add_paragraph()


def _runs(paragraph: DocxParagraph, markup: str, bold: bool = False, centered: bool = False) -> None:
    """The paragraph's text, its <b> parts bold and its <br/> line breaks kept."""
    if centered:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    strong = bold
    for part in _TAG.split(markup):
        if not part:
            continue
        tag = part.lower()
        if tag.startswith("<b>") or tag.startswith("<b "):
            strong = True
        elif tag == "</b>":
            strong = bold
        elif tag.startswith("<br"):
            paragraph.add_run().add_break()
        elif not tag.startswith("<"):
            run = paragraph.add_run(_plain(part))
            run.bold = strong


def _plain(markup: str) -> str:
    """Text without markup, entities or soft hyphens (Word hyphenates by itself)."""
    return html.unescape(_TAG.sub("", markup)).replace(SOFT_HYPHEN, "")
