"""Reading a PDF back with poppler-utils (pdftotext, pdffonts, pdfinfo), as a reader would."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("pdftotext", "pdffonts", "pdfinfo")
MISSING = ("poppler-utils is needed to read the sheets back: run `bash packaging/system-deps.sh` "
           "(or apt-get install poppler-utils)")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True,
                          encoding="utf-8").stdout


def text(pdf: Path, page: int | None = None) -> str:
    """The text in content-stream order (-raw: a table cell's lines stay together)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run("pdftotext", "-raw", "-enc", "UTF-8", *pages, str(pdf), "-")


def flat(words: str) -> str:
    """Whitespace collapsed: a value wrapped over two lines still reads as one."""
    return " ".join(words.split())


def pages(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.M).group(1))


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    embedded: bool


def fonts(pdf: Path) -> list[Font]:
    """pdffonts' table: name, type, encoding, emb, sub, uni, object, generation."""
    found = []
    for line in _run("pdffonts", str(pdf)).splitlines()[2:]:
        cells = line.split()
        # The type may be two words ("Type 1", "CID TrueType"): count from the right.
        found.append(Font(cells[0], " ".join(cells[1:-6]), cells[-5] == "yes"))
    return found


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(pdf: Path) -> tuple[tuple[float, float], list[Word]]:
    """Every word with its box in points from the top left, and the page size."""
    html = _run("pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-")
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    found, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        elif match := re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                r'yMax="([\d.]+)">(.*)</word>', line):
            x0, y0, x1, y1 = map(float, match.groups()[:4])
            found.append(Word(page, match.group(5), x0, y0, x1, y1))
    return (float(size.group(1)), float(size.group(2))), found
