"""Dates and amounts as Polish offices write them: "1 grudnia 2026 r.", "4 500 000 zł"."""

from __future__ import annotations

import datetime as dt

_MONTHS_GENITIVE = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
_MONTHS_EN: tuple[str, ...] = ("January", "February", "March", "April", "May", "June")
_MONTHS_EN += ("July", "August", "September", "October", "November", "December")
NBSP = "\u00a0"  # keeps "4 500 000" and "1 grudnia" on one line


def long_date(value: dt.date | None, lang: str = "pl") -> str:
    """ "1 grudnia 2026 r." (Polish) or "1 December 2026"."""
    if value is None:
        return ""
    if lang == "pl":
        return f"{value.day}{NBSP}{_MONTHS_GENITIVE[value.month - 1]} {value.year}{NBSP}r."
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def short_date(value: dt.date | None, lang: str = "pl") -> str:
    """ "1.12.2026" (Polish) or "2026-12-01"."""
    if value is None:
        return ""
    return f"{value.day}.{value.month:02d}.{value.year}" if lang == "pl" else value.isoformat()


def number(value: float | None, lang: str = "pl") -> str:
    """Thousands separated: "4 500 000" (a no-break space), "12,5" in Polish; "4,500,000", "12.5"."""
    if value is None:
        return ""
    whole = float(value).is_integer()
    text = f"{int(value):,}" if whole else f"{value:,.10g}" if abs(value) >= 1000 else f"{value:.10g}"
    if lang == "pl":
        return text.replace(",", NBSP).replace(".", ",")
    return text


def amount(value: float | None, lang: str = "pl") -> str:
    """ "4 500 000 zł" or "PLN 4,500,000"."""
    if value is None:
        return ""
    return f"{number(value, lang)}{NBSP}zł" if lang == "pl" else f"PLN {number(value, lang)}"
