"""Paper for the hall, printed on A4 before or during a workshop: card sheets of the SWOT items for
the wall (4 or 6 cards a page, large type, cut along the dashed lines) and anonymous voting slips
(every card numbered, a box for the dots, the rules printed on the slip).

Plain data in, PDF bytes out; the text is set in the embedded Noto Sans, as in the minutes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from cwd_desktop.domain import grammar
from cwd_desktop.minutes import fonts
from cwd_desktop.minutes.document import hyphenated

QUADRANT_INK = {"S": "#1b5e20", "W": "#8e1b1b", "O": "#0d3c7a", "T": "#7a3d00"}
GRIDS = {4: (2, 2), 6: (2, 3)}  # cards a page: (columns, rows)

_WORDS = {
    "pl": {
        "slip": "Karta do głosowania",
        "rules": "Masz {budget} {dots} do rozdania{per_card}. Wpisz w kratkę liczbę kropek dla karty. "
        "Nie podpisuj karty: głosowanie jest tajne.",
        "no_budget": "Wpisz w kratkę liczbę kropek dla karty. Nie podpisuj karty: głosowanie jest tajne.",
        "per_card": "; najwyżej {n} na jedną kartę",
        "total": "Razem kropek:",
        "page": "strona {n} z {total}",
    },
    "en": {
        "slip": "Voting slip",
        "rules": "You have {budget} {dots} to give{per_card}. Write the number of dots for a card in its box. "
        "Do not sign the slip: the vote is secret.",
        "no_budget": "Write the number of dots for a card in its box. Do not sign the slip: the vote is secret.",
        "per_card": "; at most {n} on one card",
        "total": "Dots in all:",
        "page": "page {n} of {total}",
    },
}


@dataclass(frozen=True)
class PrintedCard:
    number: int
    quadrant: str  # S, W, O or T
    quadrant_label: str
    text: str


def _fit(text: str, width: float, height: float, lang: str, largest: float = 40, smallest: float = 14) -> Paragraph:
    """The paragraph in the largest type (down to `smallest`) that fits the box with whole words;
    failing that, hyphenated (a word wider than the card is broken, never cut)."""
    font = fonts.register()
    for hyphenate in (False, True):
        size = largest
        while size >= smallest:
            style = ParagraphStyle("card", fontName=font, fontSize=size, leading=size * 1.18)
            paragraph = Paragraph(hyphenated(_escape(text), lang) if hyphenate else _escape(text), style)
            _w, h = paragraph.wrap(width, height)
            if h <= height and (hyphenate or paragraph.minWidth() <= width):
                return paragraph
            size -= 2
    return paragraph


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _canvas(out: io.BytesIO, title: str) -> canvas.Canvas:
    """An A4 canvas with the document's title; the same content gives the same bytes."""
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
    pdf.setTitle(title)
    pdf.setCreator("CWD Desktop")
    return pdf


def card_sheets(cards: list[PrintedCard], per_page: int, title: str, lang: str = "pl") -> bytes:
    """The cards, `per_page` (4 or 6) to an A4 page, each as large as its text allows."""
    columns, rows = GRIDS[per_page]
    font = fonts.register()
    out = io.BytesIO()
    pdf = _canvas(out, title)
    width, height = A4
    margin = 1 * cm
    cell_w, cell_h = (width - 2 * margin) / columns, (height - 2 * margin) / rows
    pages = max(1, -(-len(cards) // per_page))
    for page in range(pages):
        on_page = cards[page * per_page : (page + 1) * per_page]
        pdf.setDash(4, 4)
        pdf.setStrokeColor(colors.HexColor("#9e9e9e"))
        for c in range(1, columns):
            pdf.line(margin + c * cell_w, margin / 2, margin + c * cell_w, height - margin / 2)
        for r in range(1, rows):
            pdf.line(margin / 2, margin + r * cell_h, width - margin / 2, margin + r * cell_h)
        pdf.setDash()
        for index, card in enumerate(on_page):
            col, row = index % columns, index // columns
            x, y = margin + col * cell_w, height - margin - (row + 1) * cell_h
            ink = colors.HexColor(QUADRANT_INK.get(card.quadrant, "#000000"))
            pdf.setFillColor(ink)
            pdf.rect(x + 0.4 * cm, y + cell_h - 1.6 * cm, cell_w - 0.8 * cm, 1.1 * cm, stroke=0, fill=1)
            pdf.setFillColor(colors.white)
            pdf.setFont(fonts.BOLD, 16)
            pdf.drawString(x + 0.7 * cm, y + cell_h - 1.2 * cm, f"{card.number}. {card.quadrant_label}")
            paragraph = _fit(card.text, cell_w - 1.4 * cm, cell_h - 2.6 * cm, lang)
            _w, h = paragraph.wrap(cell_w - 1.4 * cm, cell_h - 2.6 * cm)
            paragraph.drawOn(pdf, x + 0.7 * cm, y + cell_h - 2.0 * cm - h)
        pdf.setFont(font, 8)
        pdf.setFillColor(colors.HexColor("#616161"))
        pdf.drawRightString(
            width - margin, margin / 3, f"{title} · {_WORDS[lang]['page'].format(n=page + 1, total=pages)}"
        )
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def voting_slips(
    cards: list[PrintedCard], copies: int, budget: int | None, per_card: int | None, title: str, lang: str = "pl"
) -> bytes:
    """`copies` anonymous slips, each listing every card with a box for its dots (a slip longer
    than a page continues on the next)."""
    words = _WORDS[lang]
    font = fonts.register()
    out = io.BytesIO()
    pdf = _canvas(out, title)
    width, height = A4
    margin = 1.5 * cm
    box = 1.2 * cm
    text_width = width - 2 * margin - box - 1.6 * cm
    rules = words["no_budget"]
    if budget:
        extra = words["per_card"].format(n=per_card) if per_card else ""
        dots = (
            grammar.counted(budget, "kropkę", "kropki", "kropek")
            if lang == "pl"
            else ("dot" if budget == 1 else "dots")
        )
        rules = words["rules"].format(budget=budget, dots=dots, per_card=extra)
    small = ParagraphStyle("rules", fontName=font, fontSize=11, leading=14)
    line = ParagraphStyle("line", fontName=font, fontSize=12, leading=15)
    for copy in range(max(1, copies)):
        y = height - margin
        pdf.setFont(fonts.BOLD, 18)
        pdf.drawString(margin, y - 18, words["slip"])
        pdf.setFont(font, 10)
        pdf.drawRightString(width - margin, y - 16, f"{title} · {copy + 1}/{max(1, copies)}")
        y -= 30
        paragraph = Paragraph(_escape(rules), small)
        _w, h = paragraph.wrap(width - 2 * margin, height)
        paragraph.drawOn(pdf, margin, y - h)
        y -= h + 12
        quadrant = None
        for card in cards:
            if card.quadrant != quadrant:
                quadrant = card.quadrant
                if y < margin + 2.2 * cm:
                    pdf.showPage()
                    y = height - margin
                pdf.setFont(fonts.BOLD, 13)
                pdf.setFillColor(colors.HexColor(QUADRANT_INK.get(card.quadrant, "#000000")))
                pdf.drawString(margin, y - 14, card.quadrant_label)
                pdf.setFillColor(colors.black)
                y -= 22
            paragraph = Paragraph(hyphenated(_escape(f"{card.number}. {card.text}"), lang), line)
            _w, h = paragraph.wrap(text_width, height)
            row = max(h, box) + 6
            if y - row < margin:
                pdf.showPage()
                y = height - margin
            paragraph.drawOn(pdf, margin, y - h)
            pdf.setStrokeColor(colors.black)
            pdf.rect(width - margin - box, y - box, box, box, stroke=1, fill=0)
            y -= row
        pdf.setFont(fonts.BOLD, 12)
        pdf.drawString(margin, max(y - 20, margin / 2), words["total"])
        pdf.rect(width - margin - box, max(y - 26, margin / 2 - 6), box, box, stroke=1, fill=0)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
