"""Write docs/screenshots/sheet-page1.png and sheet-not-performed-page1.png: page 1 of the test
fixtures' sheets, rasterised with pdftoppm (poppler-utils).

    .venv/bin/python tests/export/make_sheet_images.py [--dpi 100]
    .venv/bin/python tests/export/make_sheet_images.py --lang fr --out docs/screenshots/fr
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
        for name, make in IMAGES.items():
            pdf = render_sheet(make(), Path(tmp) / f"{name}.pdf")
            subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(args.out / name)], check=True)
            print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
