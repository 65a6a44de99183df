"""The protokół as an A4 PDF (ReportLab platypus), and the attendance sheet alone.

Every user text passes through `para()`, which escapes it, so `<`, `>`, `&` and quotes print as
typed. Tables repeat their header and split inside long rows. Signature places record where they
landed so that signing can put signature fields exactly there.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

import pyphen  # type: ignore[import-untyped]  # no type information published
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cwd_desktop import __version__
from cwd_desktop.domain import SwotItem, formats, grammar
from cwd_desktop.domain.choices import GoalLevel, Quadrant, VotingMode
from cwd_desktop.minutes import fonts, pdfa
from cwd_desktop.minutes.data import STATE_KEYWORD, MinutesData
from cwd_desktop.minutes.texts import text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
MATRIX_ITEMS = 12  # per quadrant in the 2x2 matrix; longer quadrants get a full list below
MATRIX_TEXT = 120  # characters of a card in the matrix; a longer card is shortened there, in full below
CHART_ITEMS = 15
CELL_SIZE = 8.5  # points, the text of table cells
SIGNATURE_BOX = (7.5 * cm, 2.6 * cm)
Place = tuple[int, tuple[int, int, int, int]]  # page index, and the box (x1, y1, x2, y2) in points

# Field names of the signature places, used when the PDF is signed.
CHAIR, MINUTE_TAKER, MODERATOR = "Prowadzący", "Protokolant", "Moderator"  # signature fields, as readers show them


@dataclass
class RenderedPdf:
    data: bytes
    # field name -> (page index, (x1, y1, x2, y2)) in PDF points
    signature_places: dict[str, Place] = field(default_factory=dict)
    pages: int = 0


HYPHENATION = {"pl": "pl_PL", "en": "en_GB"}  # pyphen's dictionaries, through ReportLab
# What people typed is Polish (names of gminy, people, places) in the English minutes too: it is
# hyphenated by the Polish dictionary, whatever the document's language.
TEXT_HYPHENATION = "pl_PL"
HYPHENATE_FROM = 5  # letters: ReportLab hyphenates no shorter word (rl_config.hyphenationMinWordLength)
SOFT_HYPHEN = "\u00ad"


def _styles(lang: str) -> dict[str, ParagraphStyle]:
    # Words break only where the language's hyphenation allows, with a hyphen ("Szaco-wany", never
    # "Szacowa ny"); a word with no such place that still does not fit is split as a last resort.
    base = ParagraphStyle(
        "base",
        fontName=fonts.register(),
        fontSize=10,
        leading=13.5,
        spaceAfter=4,
        hyphenationLang=HYPHENATION.get(lang, "pl_PL"),
        embeddedHyphenation=1,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", base, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=4, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=12),
        "h2": ParagraphStyle(
            "h2", base, fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=6, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3, keepWithNext=1
        ),
        # A section printed under an "Ad. N" (itself an h3) steps its headings one level down.
        "h4": ParagraphStyle(
            "h4", base, fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=4, spaceAfter=2, keepWithNext=1
        ),
        "cell": ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=11, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=fonts.BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        "indent1": ParagraphStyle("indent1", base, leftIndent=0.8 * cm),
        "indent2": ParagraphStyle("indent2", base, leftIndent=1.6 * cm, fontSize=9.5),
    }


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, printed exactly as typed (markup escaped, line breaks kept), its
    words marked where the language lets them break (soft hyphens: ReportLab breaks there with a
    hyphen, also a word wider than its column, which it would otherwise cut anywhere)."""
    return Paragraph(hyphenated(escape(str(value)), TEXT_HYPHENATION).replace("\n", "<br/>"), style)


_WORD = re.compile(r"[^\W\d_]{" + str(HYPHENATE_FROM) + ",}")  # words of letters, as ReportLab hyphenates


@functools.cache
def _hyphenator(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang)


def hyphenated(text: str, lang: str) -> str:
    """The text with soft hyphens (U+00AD) at its words' hyphenation points; as is without a language."""
    if not lang:
        return text
    dictionary = _hyphenator(lang)
    return _WORD.sub(lambda word: dictionary.inserted(word.group(0), hyphen=SOFT_HYPHEN), text)


def _bold_label(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", style)


class SignaturePlace(Flowable):
    """A box to sign in. Remembers the page and the absolute box it was drawn at."""

    def __init__(
        self, key: str, places: dict[str, Place], width: float = SIGNATURE_BOX[0], height: float = SIGNATURE_BOX[1]
    ) -> None:
        super().__init__()
        self.key, self.places, self.width, self.height = key, places, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.places[self.key] = (
            self.canv.getPageNumber() - 1,
            (round(x), round(y), round(x + self.width), round(y + self.height)),
        )
        self.canv.setStrokeColor(colors.HexColor("#9a9a9a"))
        self.canv.setDash(2, 2)
        self.canv.rect(0, 0, self.width, self.height)


def _numbered_canvas(footer: Callable[[int, int], str]) -> type[canvas.Canvas]:
    """A canvas that knows the page count when it draws each footer ("strona X z Y")."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(fonts.REGULAR, 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawCentredString(PAGE_WIDTH / 2, 1.1 * cm, footer(self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _shortened(text: str, limit: int) -> str:
    """`text` up to `limit` characters, cut at a word where there is one, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style that names our font: ReportLab otherwise sets Helvetica for every cell."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5), *commands])


CELL_PADDING = 8  # left and right, points
WORD_CAP = 0.13  # a word longer than this share of the page's width is hyphenated to fit
WIDEST_WORD = 0.45  # no single word claims more of the page's width than this
NARROWEST_COLUMN = 28.0  # points: padding and a few letters


def fitted_widths(header: list[str], rows: list[list[Any]], fallback: list[float]) -> list[float]:
    """Column widths chosen from the content. Each column first gets room for its longest word
    (a word longer than WORD_CAP of the page is hyphenated to it; where even that does not fit,
    words are hyphenated to their widest piece); a number or a date always stays whole. The room
    left goes to the columns whose text would need more lines, in proportion to that need. A
    column of laid-out cells (not text) keeps its share of `fallback`."""
    hyphenator = _hyphenator(TEXT_HYPHENATION)
    cap = float(WORD_CAP * FRAME_WIDTH)

    def width(text: str, font: str) -> float:
        return float(stringWidth(text, font, CELL_SIZE))

    def narrowest(word: str, font: str, tight: bool) -> float:
        parts = [part for part in re.split(r"(?<=[-–])", word) if part]  # "Radziechowy-|Wieprz" breaks there too
        if len(parts) > 1:
            return max(narrowest(part, font, tight) for part in parts)
        whole = width(word, font)
        if len(word) < HYPHENATE_FROM or not word.strip(",.;:!?()[]„”\"'«»").isalpha():
            return whole  # numbers, dates, short words: ReportLab hyphenates words of letters only
        if not tight:
            return min(whole, cap)
        pieces: list[str] = hyphenator.inserted(word, hyphen=SOFT_HYPHEN).split(SOFT_HYPHEN)
        return max(width(piece + "-", font) for piece in pieces) if len(pieces) > 1 else whole

    def least_widths(tight: bool) -> list[float]:
        out = []
        for column, title in enumerate(header):
            cells = [row[column] for row in rows]
            if any(isinstance(cell, Flowable) for cell in cells):
                out.append(fallback[column] / sum(fallback) * FRAME_WIDTH)
                continue
            texts = [(str(title), fonts.BOLD)] + [(str(cell), fonts.REGULAR) for cell in cells]
            # Words are what ReportLab breaks between: spaces, not the no-break space in "4 500 000".
            words = [narrowest(w, font, tight) for text, font in texts for w in re.split(r"[ \n\t]+", text) if w]
            out.append(max(words, default=0.0) + CELL_PADDING)
        return out

    least = least_widths(tight=False)
    if sum(least) > FRAME_WIDTH:
        # A word no column can hold (a long link, a run of digits) is cut there as a last resort.
        least = [min(w, WIDEST_WORD * FRAME_WIDTH) for w in least_widths(tight=True)]
    most = []
    for column, title in enumerate(header):
        cells = [row[column] for row in rows]
        if any(isinstance(cell, Flowable) for cell in cells):
            most.append(least[column])
            continue
        texts = [(str(title), fonts.BOLD)] + [(str(cell), fonts.REGULAR) for cell in cells]
        lines = [width(line, font) for text, font in texts for line in text.splitlines() or [""]]
        most.append(max(max(lines) + CELL_PADDING, least[column]))
    if sum(least) >= FRAME_WIDTH:  # every column gets at least a few letters' room
        floor = min(NARROWEST_COLUMN, FRAME_WIDTH / len(least))
        wide = [max(w - floor, 0.0) for w in least]
        return [floor + (FRAME_WIDTH - floor * len(least)) * w / sum(wide) for w in wide]
    room = FRAME_WIDTH - sum(least)
    need = [m - w for m, w in zip(most, least, strict=True)]
    if sum(need) <= room:  # everything fits on one line: the rest of the page to each as it needs
        spare = (room - sum(need)) / len(least)
        return [m + spare for m in most]
    return [w + room * n / sum(need) for w, n in zip(least, need, strict=True)]


def _table(header: list[str], rows: list[list[Any]], widths: list[float], styles: dict[str, ParagraphStyle]) -> Table:
    """A table with a repeated header; `widths` matter only for columns of laid-out cells (see fitted_widths)."""
    data = [[para(h, styles["head"]) for h in header]]
    data += [[cell if isinstance(cell, Flowable) else para(cell, styles["cell"]) for cell in row] for row in rows]
    widths = fitted_widths(header, rows, widths)
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        _style(
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c8c8c")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def _columns(*fractions: float) -> list[float]:
    return [FRAME_WIDTH * f / sum(fractions) for f in fractions]


def _year(value: float | None, year: int | None, lang: str) -> str:
    shown = formats.number(value, lang)
    return f"{shown} ({year})" if shown and year else shown or (str(year) if year else "")


def _period(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    return " – ".join(formats.short_date(x, lang) for x in (start, end) if x)


class MinutesBuilder:
    """Turns MinutesData into the story of the protokół, section by section."""

    def __init__(self, data: MinutesData, lang: str, bip: bool = False) -> None:
        """`bip`: the version for publication in BIP: private persons named as the partnership
        decided (grammar.bip_name), no signature places, marked as such on every page."""
        self.data, self.lang, self.bip = data, lang, bip
        self.s = _styles(lang)
        self.places: dict[str, Place] = {}

    def name(self, person_id: str | None) -> str:
        """A person as this version of the minutes names them."""
        person = self.data.people.get(person_id or "")
        if person is None:
            return ""
        return grammar.bip_name(person, self.lang) if self.bip else person.full_name

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    @property
    def number(self) -> str:
        m = self.data.meeting
        return m.number if m.revision == 1 else f"{m.number}, {self.t('revision', n=m.revision)}"

    def under(self, agenda_item_id: str) -> list[Flowable]:
        """What happened under an agenda point, linked to it in the workspace: the SWOT with its
        TOWS, the goals (with the projects and the plan), and the votes."""
        levels = self.s["h2"], self.s["h3"]
        self.s["h2"] = self.s["h3"] = self.s["h4"]  # below the "Ad. N" (an h3)
        try:
            out = self.swot() + self.tows() if self.data.swot_agenda_id == agenda_item_id else []
            out += self.goals() if self.data.meeting.goals_agenda_item_id == agenda_item_id else []
            return out + self.decisions(agenda_item_id)
        finally:
            self.s["h2"], self.s["h3"] = levels

    def story(self) -> list[Flowable]:
        points = {item.id for item in self.data.agenda}
        story = self.header() + self.attendance() + self.agenda()
        if self.data.swot_agenda_id not in points:  # not linked to a point: a section of its own
            story += self.swot() + self.tows()
        if self.data.meeting.goals_agenda_item_id not in points:
            story += self.goals()
        story += self.decisions(None) + self.actions() + self.remarks()
        story += [] if self.bip else self.signatures()
        return [*story, PageBreak(), *self.attendance_list(annex=True)]

    def header(self) -> list[Flowable]:
        d, m, s = self.data, self.data.meeting, self.s
        subtitle = m.kind.label(self.lang) + (f": {m.title}" if m.title else "")
        rows = [
            (self.t("partnership"), d.partnership.name),
            (self.t("date"), formats.long_date(m.date, self.lang)),
            (self.t("place"), m.place),
            (self.t("time"), "–".join(f"{t:%H:%M}" for t in (m.start_time, m.end_time) if t)),
            (self.agreeing("chair", m.chair_id), self.name(m.chair_id)),
            (self.agreeing("minute_taker", m.minute_taker_id), self.name(m.minute_taker_id)),
        ]
        info = Table(
            [[para(k, s["head"]), para(v or self.t("none"), s["cell"])] for k, v in rows],
            colWidths=_columns(1, 2.4),
            hAlign="LEFT",
            splitByRow=1,
            splitInRow=1,  # a row longer than a page (a place of many lines) goes on to the next
        )
        info.setStyle(
            _style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8c8c8"))
            )
        )
        out = [para(self.t("title", number=self.number), s["title"]), para(subtitle, s["subtitle"])]
        if self.bip:
            out.append(para(self.t("bip_note"), s["subtitle"]))
        return [*out, info]

    def attendance(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [para(self.t("attendance"), s["h2"])]
        if not d.present:
            return [*out, para(self.t("no_attendance"), s["body"])]
        out.append(
            para(
                self.t(
                    "attendance_summary",
                    present=len(d.present),
                    represented=len(d.represented),
                    total=len(d.members_live),
                ),
                s["body"],
            )
        )
        if d.represented:
            out.append(para(f"{self.t('represented')}: " + ", ".join(m.name for m in d.represented) + ".", s["body"]))
        return out

    def agenda(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [para(self.t("agenda"), s["h2"])]
        if not d.agenda:
            return [*out, para(self.t("no_agenda"), s["body"])]
        out += [para(f"{n}. {item.title}", s["indent1"]) for n, item in enumerate(d.agenda, 1)]
        out.append(para(self.t("proceedings"), s["h2"]))
        for n, item in enumerate(d.agenda, 1):
            out.append(para(self.t("ad", n=n, title=item.title), s["h3"]))
            if item.notes.strip():
                out += [para(chunk, s["body"]) for chunk in item.notes.split("\n\n")]
            out += self.under(item.id)
        return out

    def swot(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [para(self.t("swot"), s["h2"])]
        if not d.swot_items:
            return [*out, para(self.t("no_swot"), s["body"])]
        out += [para(self.t("swot_topic", topic=topic), s["body"]) for topic in d.swot_topics]
        out.append(para(self.t("swot_intro"), s["small"]))
        out += self.dot_rules()
        by_quadrant = {q: [i for i in d.swot_items if i.quadrant is q] for q in Quadrant}

        def listed_in_full(items: list[SwotItem]) -> bool:
            return len(items) > MATRIX_ITEMS or any(len(i.text) > MATRIX_TEXT for i in items)

        def cell(quadrant: Quadrant) -> list[Flowable]:
            # A matrix row must fit on one page: each card is shortened here, and a quadrant with
            # a shortened card or more cards than fit is listed in full below the matrix.
            items = by_quadrant[quadrant]
            parts = [para(f"{quadrant.label(self.lang)} ({len(items)})", s["head"])]
            parts += [
                para(f"{n}. {_shortened(i.text, MATRIX_TEXT)} ({i.votes})", s["cell"])
                for n, i in enumerate(items[:MATRIX_ITEMS], 1)
            ]
            if len(items) > MATRIX_ITEMS:
                parts.append(para(self.t("swot_more", n=len(items) - MATRIX_ITEMS), s["small"]))
            return parts

        matrix = Table(
            [[cell(Quadrant.S), cell(Quadrant.W)], [cell(Quadrant.O), cell(Quadrant.T)]],
            colWidths=_columns(1, 1),
            hAlign="LEFT",
        )
        matrix.setStyle(
            _style(
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#6d6d6d")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#eaf5ea")),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#fbeaea")),
                ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#e8f0fb")),
                ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#fdf1e3")),
            )
        )
        # The heading, its lines and the matrix on one page when they fit on one (a page of their
        # own if needed); a matrix taller than a page still splits between its rows.
        out = [KeepTogether([*out, matrix]), Spacer(1, 8), self.chart()]
        for quadrant, items in by_quadrant.items():
            if listed_in_full(items):
                out.append(para(self.t("swot_full", quadrant=quadrant.label(self.lang)), s["h3"]))
                out.append(
                    _table(
                        [self.t("no"), self.t("item"), self.t("votes")],
                        [[n, i.text, i.votes] for n, i in enumerate(items, 1)],
                        _columns(1, 12, 1.6),
                        s,
                    )
                )
        return out + self.photos()

    def dot_rules(self) -> list[Flowable]:
        """How the room voted on paper, and whether the dots counted add up."""
        out = []
        counted = sum(i.votes for i in self.data.swot_items)
        present = len(self.data.present)
        for session in self.data.swot_sessions:
            if session.dot_budget:
                per_card = self.t("dots_per_card", n=session.max_per_card) if session.max_per_card else ""
                values = {"present": present, "budget": session.dot_budget, "per_card": per_card}
                values |= {"counted": counted, "expected": session.dot_budget * present}
                out.append(para(self.t("dots", **values), self.s["small"]))
        return out

    def photos(self) -> list[Flowable]:
        """The flipchart photos, named by file and SHA-256 (the bytes are in the database)."""
        if not self.data.swot_photos:
            return []
        out = [para(self.t("photos"), self.s["body"])]
        for photo in self.data.swot_photos:
            added = dt.datetime.fromisoformat(photo.added_at)  # (checked by SwotPhoto.validate)
            values = {"name": photo.file_name, "caption": f" ({photo.caption})" if photo.caption else ""}
            values |= {"added": f"{formats.short_date(added.date(), self.lang)} {added:%H:%M}", "sha256": photo.sha256}
            out.append(para("• " + self.t("photo", **values), self.s["small"]))
        return out

    def chart(self) -> Flowable:
        top = [i for i in self.data.swot_items if i.votes > 0][:CHART_ITEMS]
        height = 40 + 17 * max(len(top), 1)
        drawing = Drawing(FRAME_WIDTH, height + 20)
        drawing.initialFontName = fonts.REGULAR  # else the renderer starts with an unembedded Helvetica
        drawing.add(String(0, height + 6, self.t("chart"), fontName=fonts.BOLD, fontSize=9))
        if not top:
            return drawing
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = 0.42 * FRAME_WIDTH, 20, 0.55 * FRAME_WIDTH, height - 30
        chart.data = [[i.votes for i in reversed(top)]]
        chart.categoryAxis.categoryNames = [
            f"{i.quadrant.value}: {i.text[:55]}{'…' if len(i.text) > 55 else ''}" for i in reversed(top)
        ]
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.bars[0].fillColor = colors.HexColor("#1d4e89")
        chart.barLabels.fontName = fonts.REGULAR
        drawing.add(chart)
        return KeepTogether([drawing])

    def tows(self) -> list[Flowable]:
        d, s = self.data, self.s
        if not d.strategies:
            return []
        out: list[Flowable] = [para(self.t("tows"), s["h2"])]
        for strategy, items in d.strategies:
            out.append(para(f"{strategy.kind.value}: {strategy.text}", s["body"]))
            if items:
                out.append(
                    para(
                        self.t("tows_pairs", items="; ".join(f"{i.quadrant.value} {i.text}" for i in items)),
                        s["indent2"],
                    )
                )
        return out

    def goals(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = []
        if d.goals:
            out.append(para(self.t("goals"), s["h2"]))
            out.append(para(self.t("strategy_note"), s["small"]))
            style = {
                GoalLevel.STRATEGIC: s["h3"],
                GoalLevel.OPERATIONAL: s["indent1"],
                GoalLevel.DIRECTION: s["indent2"],
            }
            for goal in d.goals:
                label = f"{goal.level.label(self.lang).capitalize()} {goal.code}: {goal.title}"
                label += self.marked(goal.id)
                out.append(para(label, style[goal.level]))
                if goal.description:
                    out.append(
                        para(goal.description, s["indent1"] if goal.level is GoalLevel.STRATEGIC else s["indent2"])
                    )
            for goal in d.goals:
                indicators = d.indicators.get(goal.id) or []
                if indicators:
                    out.append(para(self.t("indicators_of", goal=d.goal_titles[goal.id]), s["h3"]))
                    out.append(
                        _table(
                            [
                                self.t("indicator"),
                                self.t("unit"),
                                self.t("baseline"),
                                self.t("target"),
                                self.t("source"),
                            ],
                            [
                                [
                                    i.name,
                                    i.unit,
                                    _year(i.baseline_value, i.baseline_year, self.lang),
                                    _year(i.target_value, i.target_year, self.lang),
                                    i.source,
                                ]
                                for i in indicators
                            ],
                            _columns(4, 1.6, 1.8, 1.8, 2.2),
                            s,
                        )
                    )
        if d.projects:
            out.append(para(self.t("projects"), s["h2"]))
            rows = []
            for project, partners in d.projects:
                title = project.title + self.marked(project.id)
                period = _period(project.start_date, project.end_date, self.lang)
                rows.append(
                    [
                        title,
                        d.member_name(project.leader_member_id),
                        ", ".join(p.name for p in partners),
                        formats.number(project.estimated_cost_pln, self.lang),
                        project.funding_source,
                        period,
                        project.status.label(self.lang),
                        f"{project.progress}%",
                    ]
                )
            out.append(
                _table(
                    [
                        self.t("project"),
                        self.t("leader"),
                        self.t("partners"),
                        self.t("cost"),
                        self.t("funding"),
                        self.t("period"),
                        self.t("status"),
                        self.t("progress"),
                    ],
                    rows,
                    _columns(3, 2, 2.4, 1.6, 2.2, 2.1, 1.5, 1.1),
                    s,
                )
            )
        if d.plan:
            out.append(para(self.t("plan"), s["h2"]))
            out.append(
                _table(
                    [self.t("plan_action"), self.t("goal"), self.t("leader"), self.t("period"), self.t("status")],
                    [
                        [
                            action.title + self.marked(action.id),
                            d.goal_titles.get(action.goal_id or "", ""),
                            d.member_name(action.leader_member_id),
                            _period(action.start_date, action.end_date, self.lang),
                            action.status.label(self.lang),
                        ]
                        for action in d.plan
                    ],
                    _columns(4, 2.6, 2, 2.1, 1.5),
                    s,
                )
            )
        return out

    def decisions(self, agenda_item_id: str | None) -> list[Flowable]:
        """The votes under an agenda point; None: those linked to none (a section of their own).
        Votes keep their numbers across the minutes, wherever they are printed."""
        d, s = self.data, self.s
        points = {item.id for item in d.agenda}
        chosen = [
            (n, record)
            for n, record in enumerate(d.decisions, 1)
            if (record.decision.agenda_item_id if record.decision.agenda_item_id in points else None) == agenda_item_id
        ]
        if not chosen:
            return []
        out: list[Flowable] = [para(self.t("decisions"), s["h2"])] if agenda_item_id is None else []
        for n, record in chosen:
            decision, outcome = record.decision, record.outcome
            block: list[Flowable] = [para(f"{n}. " + self.t("motion", motion=decision.motion), s["h3"])]
            block.append(para(self.t("rule", rule=decision.rule.label(self.lang)), s["body"]))
            quorum = "quorum_yes" if outcome.quorum else "quorum_no"
            block.append(para(self.t(quorum, present=outcome.members_present, total=outcome.members_total), s["body"]))
            if decision.mode is VotingMode.NAMED and record.named_votes:
                block.append(
                    _table(
                        [self.t("member"), self.t("vote")],
                        [
                            [name, grammar.vote_label(vote.vote, self.member_gender(vote.member_id), self.lang)]
                            for name, vote in record.named_votes
                        ],
                        _columns(3, 1.2),
                        s,
                    )
                )
            if not outcome.voted:
                result = "result_not_voted"
            elif outcome.no_result:
                result = "result_over_attendance"
            elif outcome.adopted:
                result = "result_adopted"
            else:
                result = "result_rejected" if outcome.quorum else "result_no_quorum"
            t = outcome.tally
            block.append(
                para(
                    self.t(result, f=t.votes_for, a=t.votes_against, s=t.votes_abstain, n=outcome.voters_present),
                    s["body"],
                )
            )
            if outcome.over_attendance and outcome.count_confirmed:
                block.append(para(self.t("count_confirmed", c=t.cast, n=outcome.voters_present), s["body"]))
            out.append(KeepTogether(block) if len(record.named_votes) < 25 else block[0])
            if len(record.named_votes) >= 25:
                out += block[1:]
        return out

    def actions(self) -> list[Flowable]:
        d, s = self.data, self.s
        if not d.actions:
            return []
        rows = [
            [
                a.what,
                self.name(a.owner_person_id) or d.member_name(a.owner_member_id),
                formats.short_date(a.due_date, self.lang),
                a.status.label(self.lang),
            ]
            for a in d.actions
        ]
        return [
            para(self.t("actions"), s["h2"]),
            _table(
                [self.t("task"), self.t("owner"), self.t("due"), self.t("status")], rows, _columns(6, 2.6, 1.6, 1.6), s
            ),
        ]

    def remarks(self) -> list[Flowable]:
        d, s = self.data, self.s
        if not d.remarks:
            return []
        projects = {p.id: p.title for p, _ in d.projects}
        rows = []
        for r in d.remarks:
            author = ", ".join(x for x in (self.name(r.author_person_id), r.author_group) if x)
            subject = d.goal_titles.get(r.subject_ref) or projects.get(r.subject_ref) or r.subject_ref
            rows.append(
                [
                    author,
                    f"{r.subject_kind.label(self.lang)}: {subject}",
                    r.text,
                    r.response.label(self.lang),
                    r.justification,
                ]
            )
        return [
            para(self.t("remarks"), s["h2"]),
            _table(
                [self.t("author"), self.t("subject"), self.t("remark"), self.t("response"), self.t("justification")],
                rows,
                _columns(2, 2.2, 3.1, 2.4, 3),
                s,
            ),
        ]

    def marked(self, row_id: str) -> str:
        """ " (ustalono na tym spotkaniu)" or " (zmieniono na tym spotkaniu)" after a goal or a project."""
        if row_id in self.data.agreed_here:
            return " " + self.t("agreed_here")
        return " " + self.t("changed_here") if row_id in self.data.changed_here else ""

    def agreeing(self, key: str, person_id: str | None) -> str:
        """A label about a person ("Prowadzący", "Prowadzący (moderator)") in the form that agrees
        with that person: "Prowadząca (moderatorka)" for a woman."""
        person = self.data.people.get(person_id or "")
        feminine = person is not None and grammar.person_gender(person) == grammar.F
        return self.t(f"{key}_f" if feminine else key)

    def member_gender(self, member_id: str) -> str:
        member = self.data.members.get(member_id)
        return grammar.member_gender(member) if member is not None else grammar.M

    def signatures(self) -> list[Flowable]:
        d, s, m = self.data, self.s, self.data.meeting
        cells = [
            [
                para(self.agreeing("sign_chair", m.chair_id), s["head"]),
                para(self.agreeing("sign_minute_taker", m.minute_taker_id), s["head"]),
            ],
            [SignaturePlace(CHAIR, self.places), SignaturePlace(MINUTE_TAKER, self.places)],
            [para(d.person_name(m.chair_id), s["cell"]), para(d.person_name(m.minute_taker_id), s["cell"])],
        ]
        places = Table(cells, colWidths=_columns(1, 1), hAlign="LEFT", splitByRow=1, splitInRow=1)
        places.setStyle(_style(("VALIGN", (0, 0), (-1, -1), "TOP")))
        moderator = [para(self.t("sign_moderator"), s["head"]), SignaturePlace(MODERATOR, self.places)]
        return [
            CondPageBreak(9 * cm),
            para(self.t("signatures"), s["h2"]),
            KeepTogether([places, Spacer(1, 10), *moderator, Spacer(1, 4), para(self.t("sign_note"), s["small"])]),
        ]

    def attendance_list(self, annex: bool) -> list[Flowable]:
        d, s = self.data, self.s
        title = (
            self.t("annex", number=self.number)
            if annex
            else (f"{self.t('sheet_title')} — {self.t('title', number=self.number)}")
        )
        out: list[Flowable] = [para(title, s["h2"])]
        if not annex:
            m = d.meeting
            out.append(
                para(
                    f"{d.partnership.name} · {m.title} · {formats.long_date(m.date, self.lang)} · {m.place}", s["body"]
                )
            )
        people = d.attendance if annex else [(p, None) for p in d.participants_for_sheet()]
        rows = []
        for n, (person, attendance) in enumerate(people, 1):
            gender = grammar.person_gender(person)
            presence = ""
            if attendance is not None:
                words = grammar.PRESENT if attendance.present else grammar.ABSENT
                presence = words[gender] if self.lang == "pl" else self.t("present" if attendance.present else "absent")
            # The empty signature cell keeps each row tall enough to sign by hand.
            rows.append(
                [
                    n,
                    self.name(person.id),
                    d.affiliation(person),
                    grammar.role_label(person.role, gender, self.lang),
                    presence,
                    *([] if self.bip else [Spacer(1, 0.75 * cm)]),
                ]
            )
        header = [
            self.t("no"),
            self.t("name"),
            self.t("affiliation"),
            self.t("role"),
            self.t("presence"),
            *([] if self.bip else [self.t("signature")]),  # the BIP version is not signed
        ]
        if not rows:
            return [*out, para(self.t("no_attendance"), s["body"])]
        return [*out, _table(header, rows, _columns(0.7, 3.2, 3.3, 2.4, 2, 3.4)[: len(header)], s)]


def _render(builder: MinutesBuilder, story: list[Flowable], title: str) -> RenderedPdf:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=2.2 * cm,
        title=title,
        author=f"CWD Desktop {__version__}",
        creator=f"CWD Desktop {__version__}",
        subject=builder.data.partnership.name,
        # The recorded state's digest names what a signature covers: the BIP version is never signed.
        keywords=[STATE_KEYWORD + builder.data.state_digest] if builder.data.state_digest and not builder.bip else [],
        lang=builder.lang,
        initialFontName=fonts.register(),
    )
    number = builder.number
    doc.build(
        story,
        canvasmaker=_numbered_canvas(
            lambda page, total: (
                text(builder.lang, "footer", number=number, page=page, pages=total)
                + (f" — {text(builder.lang, 'bip_note')}" if builder.bip else "")
            )
        ),
    )
    return RenderedPdf(pdfa.make_pdfa(buffer.getvalue()), dict(builder.places), doc.page)


def render_minutes(data: MinutesData, lang: str = "pl", bip: bool = False) -> RenderedPdf:
    builder = MinutesBuilder(data, lang, bip)
    title = text(lang, "title", number=builder.number)
    return _render(builder, builder.story(), f"{title} — {text(lang, 'bip_note')}" if bip else title)


def render_attendance_sheet(data: MinutesData, lang: str = "pl") -> RenderedPdf:
    builder = MinutesBuilder(data, lang)
    return _render(builder, builder.attendance_list(annex=False), text(lang, "sheet_title"))
