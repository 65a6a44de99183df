"""The embedded font: Noto Sans (full Polish coverage, SIL OFL), shipped in resources/fonts with its licence.

Noto rather than DejaVu: pyHanko's stamp lays out glyphs correctly only for fonts with 1000 units
per em (DejaVu has 2048 and its stamp text came out letter-spaced).
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cwd_desktop import paths

REGULAR, BOLD, ITALIC = "NotoSans", "NotoSans-Bold", "NotoSans-Italic"
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf", ITALIC: "NotoSans-Italic.ttf"}


def font_file(name: str = REGULAR) -> Path:
    return paths.resources_dir() / "fonts" / _FILES[name]


def stamp_font_file() -> Path:
    """Noto Sans cut down to Latin with Polish letters (pyftsubset, see resources/fonts/README.md):
    pyHanko subsets the stamp font at every signature, and the full font made that 0.3 s."""
    return paths.resources_dir() / "fonts" / "NotoSans-Stamp.ttf"


@functools.cache
def register() -> str:
    """Register the family with ReportLab once; returns the regular font's name."""
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
