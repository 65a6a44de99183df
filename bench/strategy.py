"""Strategy export benchmarks, each a ratio to a baseline timed in this same run.

A partnership with 30 goals, 100 indicators with 5 years of measurements each and 200 projects,
exported through services.strategy_export (database reads, gathering, Polish formatting, captions,
fiches, a file written whole under a temporary name and flushed to disk) vs a bare python-docx /
openpyxl script writing the same tables from the same strings to a file.
Goal: at most 1.5x each.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import best_time
from cwd_desktop.domain import Goal, Indicator, KeyProject, Measurement, Member, Partnership
from cwd_desktop.services.strategy import gather
from cwd_desktop.services.strategy_export import export_strategy, fiches, tables
from cwd_desktop.storage import Store, open_store

REPEATS = 5  # ~100 ms each: more runs, a steadier best


def large_strategy(store: Store) -> str:
    p = store.add(Partnership(name="Partnerstwo testowe"))
    members = store.add_many(Member(partnership_id=p.id, name=f"Gmina {i:02d} Żółkiewka") for i in range(12))
    goals: list[Goal] = []
    for g in range(10):
        top = store.add(Goal(partnership_id=p.id, code=str(g + 1), title=f"Cel strategiczny {g + 1}", position=g))
        goals.append(top)
        for o in range(2):
            goals.append(
                store.add(
                    Goal(
                        partnership_id=p.id,
                        parent_id=top.id,
                        level="operational",
                        code=f"{g + 1}.{o + 1}",
                        title=f"Cel operacyjny {g + 1}.{o + 1}: dostępność usług i mobilność",
                        position=o,
                    )
                )
            )
    indicators = store.add_many(
        Indicator(
            goal_id=goals[i % len(goals)].id,
            name=f"Wskaźnik {i}: liczba miejsc w żłobkach",
            unit="szt.",
            baseline_value=10 + i,
            baseline_year=2025,
            target_value=40 + i,
            target_year=2030,
            source="GUS",
            kind="result",
        )
        for i in range(100)
    )
    store.add_many(
        Measurement(indicator_id=i.id, year=2026 + y, value=12 + y * 3.5, source="GUS")
        for i in indicators
        for y in range(5)
    )
    store.add_many(
        KeyProject(
            partnership_id=p.id,
            goal_id=goals[i % len(goals)].id,
            title=f"Projekt {i}: przebudowa drogi gminnej z chodnikiem i oświetleniem",
            leader_member_id=members[i % len(members)].id,
            estimated_cost_pln=1_000_000 + i * 12_345,
            funding_source="FEŚL 2021–2027",
            start_date="2027-01-01",
            end_date="2029-12-31",
            kind="key" if i % 3 else "complementary",
            priority=i + 1,
            description="Opis projektu. " * 10,
        )
        for i in range(200)
    )
    return p.id


def bare_docx(strings: tuple, path: Path) -> None:
    from docx import Document

    found, projects = strings
    document = Document()
    for table in found:
        document.add_paragraph(table.caption)
        grid = document.add_table(rows=1, cols=len(table.header))
        for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
            cell.text = text
        for row in table.rows:
            for cell, text in zip(grid.add_row().cells, row, strict=True):
                cell.text = text
    for fiche in projects:
        document.add_heading(fiche.title, level=1)
        grid = document.add_table(rows=0, cols=2)
        for key, value in fiche.rows:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = key, value
    document.save(str(path))


def bare_xlsx(strings: tuple, path: Path) -> None:
    from openpyxl import Workbook

    found, projects = strings
    book = Workbook()
    for table in found:
        sheet = book.create_sheet(table.name)
        sheet.append([table.caption])
        sheet.append(table.header)
        for row in table.rows:
            sheet.append(row)
    sheet = book.create_sheet("Fiszki")
    for fiche in projects:
        sheet.append([fiche.title])
        for key, value in fiche.rows:
            sheet.append([key, value])
    book.save(path)


def run(tmp: Path) -> list[tuple]:
    with open_store(tmp / "strategy.sqlite3") as store:
        partnership_id = large_strategy(store)
        strategy = gather(store, partnership_id)
        strings = (tables(strategy), fiches(strategy))
        rows = []
        for suffix, bare in ((".docx", bare_docx), (".xlsx", bare_xlsx)):
            ours = best_time(lambda s=suffix: export_strategy(store, partnership_id, tmp / f"s{s}"), REPEATS)
            base = best_time(lambda b=bare, s=suffix: b(strings, tmp / f"bare{s}"), REPEATS)
            rows.append(
                (f"strategy export {suffix} (30 goals, 200 projects)", ours, f"bare {suffix[1:]} script", base, 1.5)
            )
        return rows
