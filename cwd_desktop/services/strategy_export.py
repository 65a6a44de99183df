"""The strategy's own tables, ready to paste into the strategy document: Word (python-docx) or Excel
(openpyxl). Both are written from one list of tables (`tables`), so the two say the same; each file
is written to a temporary name and renamed."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cwd_desktop.domain.choices import ProjectKind, ProjectStatus
from cwd_desktop.domain.formats import amount, long_date, number, short_date
from cwd_desktop.errors import ValidationError
from cwd_desktop.fileio import write_atomic
from cwd_desktop.services.strategy import Strategy, gather, list_items
from cwd_desktop.storage import Store

SUFFIXES = (".docx", ".xlsx")

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Strategia Partnerstwa: {name}", "The partnership's strategy: {name}"),
    "as_of": ("Stan na {date}", "As of {date}"),
    "swot": ("Tabela {n}. Analiza SWOT Partnerstwa", "Table {n}. The partnership's SWOT analysis"),
    "tows": ("Tabela {n}. Strategie TOWS", "Table {n}. TOWS strategies"),
    "goals": ("Tabela {n}. Cele strategiczne, cele operacyjne i kierunki działań", "Table {n}. Goals"),
    "indicators": ("Tabela {n}. Wskaźniki", "Table {n}. Indicators"),
    "key": ("Tabela {n}. Lista projektów kluczowych", "Table {n}. Key projects"),
    "complementary": ("Tabela {n}. Lista projektów uzupełniających", "Table {n}. Complementary projects"),
    "actions": ("Tabela {n}. Plan wspólnych działań", "Table {n}. Plan of joint actions"),
    "monitoring": ("Tabela {n}. Monitoring wskaźników", "Table {n}. Monitoring of the indicators"),
    "progress": ("Tabela {n}. Monitoring projektów", "Table {n}. Monitoring of the projects"),
    "fiche": ("Fiszka projektowa: {title}", "Project fiche: {title}"),
    "issued": (", wersja {version} z {date}", ", version {version} of {date}"),
    "draft": (" (wersja robocza, niewydana)", " (draft, not issued)"),
    "no": ("Lp.", "No."),
    "quadrant": ("Ćwiartka", "Quadrant"),
    "item": ("Czynnik", "Factor"),
    "votes": ("Głosy", "Votes"),
    "meeting": ("Spotkanie", "Meeting"),
    "diagnosis": ("W diagnozie", "In the diagnosis"),
    "yes": ("tak", "yes"),
    "kind": ("Typ", "Type"),
    "strategy": ("Strategia", "Strategy"),
    "code": ("Kod", "Code"),
    "level": ("Poziom", "Level"),
    "goal": ("Cel", "Goal"),
    "indicator": ("Nazwa wskaźnika [jedn.]", "Indicator [unit]"),
    "baseline": ("Wartość bazowa (rok)", "Baseline (year)"),
    "target": ("Wartość docelowa (rok)", "Target (year)"),
    "source": ("Źródło danych", "Data source"),
    "project": ("Tytuł projektu", "Project"),
    "leader": ("Lider", "Leader"),
    "partners": ("Partnerzy", "Partners"),
    "cost": ("Szacowany koszt", "Estimated cost"),
    "funding": ("Źródło finansowania", "Funding source"),
    "period": ("Okres realizacji", "Period"),
    "status": ("Status", "Status"),
    "priority": ("Priorytet", "Priority"),
    "action": ("Działanie", "Action"),
    "measured": ("Pomiary (rok: wartość)", "Measurements (year: value)"),
    "last": ("Ostatni pomiar", "Last measurement"),
    "progress_col": ("Postęp", "Progress"),
    "description": ("Opis", "Description"),
    "signature": (
        "Data i podpis osoby zgłaszającej: ..................................................",
        "Date and signature of the person submitting: ......................................",
    ),
}


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]
    name: str  # short: an Excel sheet's name


@dataclass
class Fiche:
    title: str
    rows: list[tuple[str, str]]


def _t(key: str, lang: str, **params: object) -> str:
    text = _TEXTS[key][0 if lang == "pl" else 1]
    return text.format(**params) if params else text


def _period(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    return " – ".join(short_date(x, lang) for x in (start, end) if x)


def _value_year(value: float | None, year: int | None, lang: str) -> str:
    if value is None:
        return ""
    return number(value, lang) + (f" ({year})" if year else "")


def tables(strategy: Strategy, lang: str = "pl") -> list[Table]:
    """The strategy's tables, numbered in order, each with its caption."""
    s, out = strategy, list[Table]()

    def add(key: str, header: list[str], rows: list[list[str]]) -> None:
        caption = _t(key, lang, n=len(out) + 1)
        out.append(Table(caption, header, rows, caption.split(".", 1)[-1].strip()[:31]))

    add(
        "swot",
        [_t("quadrant", lang), _t("item", lang), _t("votes", lang), _t("meeting", lang), _t("diagnosis", lang)],
        [
            [
                r.item.quadrant.label(lang),
                r.item.text,
                str(r.votes),
                ", ".join(m.display_number for m in r.sources),
                _t("yes", lang) if r.in_diagnosis else "",
            ]
            for r in s.swot
        ],
    )
    add(
        "tows",
        [_t("kind", lang), _t("strategy", lang), _t("meeting", lang)],
        [[t.kind.value, t.text, m.display_number] for t, m in s.tows],
    )
    add(
        "goals",
        [_t("code", lang), _t("level", lang), _t("goal", lang)],
        [[g.code, g.level.label(lang), g.title] for g, _depth in s.goals],
    )
    add(
        "indicators",
        [
            _t("no", lang),
            _t("indicator", lang),
            _t("kind", lang),
            _t("baseline", lang),
            _t("target", lang),
            _t("source", lang),
        ],
        [
            [
                str(n),
                i.name + (f" [{i.unit}]" if i.unit else ""),
                i.kind.label(lang) if i.kind.value else "",
                _value_year(i.baseline_value, i.baseline_year, lang),
                _value_year(i.target_value, i.target_year, lang),
                i.source,
            ]
            for n, (_goal, i) in enumerate(s.all_indicators, 1)
        ],
    )
    for kind, key in ((ProjectKind.KEY, "key"), (ProjectKind.COMPLEMENTARY, "complementary")):
        issued = s.issued.get(kind)
        items = json.loads(issued.items) if issued else list_items(s, kind)
        add(key, _project_header(lang), [_project_row(item, n, lang) for n, item in enumerate(items, 1)])
        out[-1].caption += (
            _t("issued", lang, version=issued.version, date=long_date(issued.issued_on, lang))
            if issued
            else _t("draft", lang)
        )
    add(
        "actions",
        [
            _t("no", lang),
            _t("action", lang),
            _t("goal", lang),
            _t("leader", lang),
            _t("period", lang),
            _t("status", lang),
        ],
        [
            [
                str(n),
                a.title,
                s.goal_titles.get(a.goal_id or "", ""),
                s.member_name(a.leader_member_id),
                _period(a.start_date, a.end_date, lang),
                a.status.label(lang),
            ]
            for n, a in enumerate(s.actions, 1)
        ],
    )
    add(
        "monitoring",
        [_t("indicator", lang), _t("baseline", lang), _t("measured", lang), _t("target", lang), _t("last", lang)],
        [
            [
                i.name + (f" [{i.unit}]" if i.unit else ""),
                _value_year(i.baseline_value, i.baseline_year, lang),
                "; ".join(f"{m.year}: {number(m.value, lang)}" for m in s.measurements.get(i.id, [])),
                _value_year(i.target_value, i.target_year, lang),
                _last_share(s, i.id, i.baseline_value, i.target_value, lang),
            ]
            for _goal, i in s.all_indicators
        ],
    )
    add(
        "progress",
        [_t("project", lang), _t("kind", lang), _t("status", lang), _t("progress_col", lang)],
        [[p.title, p.kind.label(lang), p.status.label(lang), f"{p.progress}%"] for p in s.projects],
    )
    return out


def _last_share(s: Strategy, indicator_id: str, base: float | None, target: float | None, lang: str) -> str:
    measured = s.measurements.get(indicator_id, [])
    if not measured:
        return ""
    last = measured[-1]
    text = f"{number(last.value, lang)} ({last.year})"
    if base is not None and target is not None and target != base:
        text += f", {round(100 * (last.value - base) / (target - base))}%"
    return text


def _project_header(lang: str) -> list[str]:
    keys = ["no", "project", "leader", "partners", "goal", "cost", "funding", "period", "status", "priority"]
    return [_t(key, lang) for key in keys]


def _project_row(item: dict[str, Any], n: int, lang: str) -> list[str]:
    """A project of a list (`strategy.list_items`, or a list as issued) as the table shows it."""

    def day(text: object) -> dt.date | None:
        return dt.date.fromisoformat(str(text)) if text else None

    return [
        str(n),
        str(item["title"]),
        str(item["leader"]),
        ", ".join(item["partners"]),
        str(item["goal"]),
        amount(item["cost"], lang),
        str(item["funding"]),
        _period(day(item["start"]), day(item["end"]), lang),
        ProjectStatus(item["status"]).label(lang),
        str(item["priority"] or ""),
    ]


def fiches(strategy: Strategy, lang: str = "pl") -> list[Fiche]:
    """One fiche (fiszka projektowa) per project: what the project is, for the office's file."""
    out = []
    items = {
        p.id: item
        for kind in ProjectKind
        for p, item in zip(strategy.projects_of(kind), list_items(strategy, kind), strict=True)
    }
    for p in strategy.projects:
        row = dict(zip(_project_header(lang), _project_row(items[p.id], 0, lang), strict=True))
        del row[_t("no", lang)]
        rows = [(key, value) for key, value in row.items()]
        rows.insert(1, (_t("kind", lang), p.kind.label(lang)))
        rows.append((_t("description", lang), p.description))
        out.append(Fiche(_t("fiche", lang, title=p.title), rows))
    return out


def export_strategy(
    store: Store, partnership_id: str, path: Path, lang: str = "pl", today: dt.date | None = None
) -> Path:
    """Write the strategy's tables to `path` (.docx or .xlsx)."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ValidationError(
            "The strategy is exported as .docx (Word) or .xlsx (Excel), not {suffix}.", suffix=path.suffix or path.name
        )
    strategy = gather(store, partnership_id)
    title = _t("title", lang, name=strategy.partnership.name)
    as_of = _t("as_of", lang, date=long_date(today or dt.date.today(), lang))
    data = (_docx if path.suffix.lower() == ".docx" else _xlsx)(
        title, as_of, tables(strategy, lang), fiches(strategy, lang), lang
    )
    write_atomic(path, data)
    return path


def _docx(title: str, as_of: str, found: list[Table], projects: list[Fiche], lang: str) -> bytes:
    from docx import Document  # imported when a Word file is written: the application starts without it
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.8))
    style = document.styles["Normal"]
    style.font.size = Pt(10)
    document.core_properties.title = title
    document.core_properties.language = "pl-PL" if lang == "pl" else "en-GB"
    document.add_heading(title, level=0)
    document.add_paragraph(as_of)
    # Styles by id, looked up once: python-docx looks a style up by name across the whole style
    # sheet on every use, which took a quarter of the time of a large export.
    grid_style, heading, caption = (document.styles[name].style_id for name in ("Table Grid", "Heading 1", "Caption"))

    def styled(paragraph, style_id: str):
        paragraph._p.style = style_id
        return paragraph

    def new_grid(rows: int, cols: int):
        grid = document.add_table(rows=rows, cols=cols)
        grid._tbl.tblPr.style = grid_style
        return grid

    for table in found:
        styled(document.add_paragraph(table.caption), caption)
        grid = new_grid(1, len(table.header))
        for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in table.rows:
            for cell, text in zip(grid.add_row().cells, row, strict=True):
                cell.text = text
    for fiche in projects:
        document.add_page_break()
        styled(document.add_paragraph(fiche.title), heading)
        grid = new_grid(0, 2)
        for key, value in fiche.rows:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = key, value
            for run in cells[0].paragraphs[0].runs:
                run.bold = True
        document.add_paragraph()
        document.add_paragraph(_t("signature", lang))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx(title: str, as_of: str, found: list[Table], projects: list[Fiche], lang: str) -> bytes:
    from openpyxl import Workbook  # imported when an Excel file is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    # Write-only: rows stream out as they are appended (twice as fast as a workbook kept whole).
    book = Workbook(write_only=True)
    book.properties.title = title
    bold, wrapped = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def cell(sheet, value: str, font=None, alignment=None):
        made = WriteOnlyCell(sheet, value=value)
        if font is not None:
            made.font = font
        if alignment is not None:
            made.alignment = alignment
        return made

    for number_, table in enumerate(found, 1):
        sheet = book.create_sheet(table.name or f"{number_}")
        widths = [
            min(60, max(8, max([len(header), *(len(row[column]) for row in table.rows)]) + 2))
            for column, header in enumerate(table.header)
        ]
        for column, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A4"
        sheet.append([cell(sheet, table.caption, bold)])
        sheet.append([as_of])
        sheet.append([cell(sheet, header, bold) for header in table.header])
        for row in table.rows:
            # Only a text wider than its column wraps (styling every cell would take most of the time).
            sheet.append(
                [
                    cell(sheet, text, alignment=wrapped) if len(text) + 2 > width else text
                    for text, width in zip(row, widths, strict=True)
                ]
            )
    sheet = book.create_sheet(_t("fiche", lang, title="").rstrip(": ")[:28])
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 80
    for fiche in projects:
        sheet.append([cell(sheet, fiche.title, bold)])
        for key, value in fiche.rows:
            sheet.append([key, value])
        sheet.append([])
        sheet.append([_t("signature", lang)])
        sheet.append([])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
