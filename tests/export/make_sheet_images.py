"""Write docs/screenshots/sheet-page1.png and sheet-not-performed-page1.png: page 1 of two
sheets, rasterised with pdftoppm (poppler-utils).

    .venv/bin/python tests/export/make_sheet_images.py [--dpi 100]
    .venv/bin/python tests/export/make_sheet_images.py --lang fr --out docs/screenshots/fr

In English they are the test fixtures' sheets (a correction after signature, a long
observation). The fixtures hold their texts ready-made in English, so another language
exports the training database's signed and NO-GO sessions through the app's own path instead.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import sheet_fixtures  # noqa: E402 - found through the line above when run as a script

from maestro_desktop import translations  # noqa: E402
from maestro_desktop.domain.i18n import LANGUAGES  # noqa: E402
from maestro_desktop.export.sheet import render_sheet  # noqa: E402
from maestro_desktop.services import sessions  # noqa: E402
from maestro_desktop.services.clinic import Clinic  # noqa: E402
from maestro_desktop.services.demo import build_demo  # noqa: E402
from maestro_desktop.services.sheet import write_sheet  # noqa: E402

IMAGES = {"sheet-page1": sheet_fixtures.signed_session,
          "sheet-not-performed-page1": sheet_fixtures.not_performed_session}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default="en")
    args = parser.parse_args(argv)
    translations.install(args.lang)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: run `bash packaging/system-deps.sh`", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = (fixture_sheets(Path(tmp)) if args.lang == "en"
                else training_sheets(Path(tmp)))
        for name, pdf in pdfs.items():
            subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(args.out / name)], check=True)
            print(args.out / f"{name}.png")
    return 0


def fixture_sheets(tmp: Path) -> dict[str, Path]:
    return {name: render_sheet(make(), tmp / f"{name}.pdf") for name, make in IMAGES.items()}


def training_sheets(tmp: Path) -> dict[str, Path]:
    """The demo's signed injection (01-002) and its NO-GO (01-004), in the language in use."""
    clinic = Clinic.open(tmp / "training.sqlite", training=True)
    try:
        build_demo(clinic)
        by_subject = {s.subject: s.id for s in sessions.list_sessions(clinic)
                      if s.visit == "V1"}
        return {name: write_sheet(clinic, by_subject[code], tmp / f"{name}.pdf")
                for name, code in (("sheet-page1", "01-002"),
                                   ("sheet-not-performed-page1", "01-004"))}
    finally:
        clinic.close()


if __name__ == "__main__":
    sys.exit(main())
