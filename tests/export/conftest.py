"""Sheets rendered once per test session from the fixtures in sheet_fixtures.py."""

from __future__ import annotations

from pathlib import Path

import pdf_tools
import pytest
import sheet_fixtures

from maestro_desktop.export.sheet import render_sheet
from maestro_desktop.export.sheet_model import SheetData


@pytest.fixture(scope="session", autouse=True)
def _poppler() -> None:
    if missing := pdf_tools.missing_tools():
        pytest.fail(f"{', '.join(missing)} not found. {pdf_tools.MISSING}", pytrace=False)


@pytest.fixture(scope="session")
def sheet_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sheets")


def _render(folder: Path, name: str, data: SheetData) -> tuple[SheetData, Path]:
    return data, render_sheet(data, folder / f"{name}.pdf")


@pytest.fixture(scope="session")
def signed(sheet_dir: Path) -> tuple[SheetData, Path]:
    """Complete session, signed then amended (changed after signature), 64 sets of vitals."""
    return _render(sheet_dir, "signed", sheet_fixtures.signed_session())


@pytest.fixture(scope="session")
def not_performed(sheet_dir: Path) -> tuple[SheetData, Path]:
    return _render(sheet_dir, "not-performed", sheet_fixtures.not_performed_session())


@pytest.fixture(scope="session")
def training(sheet_dir: Path) -> tuple[SheetData, Path]:
    return _render(sheet_dir, "training", sheet_fixtures.training_session())


@pytest.fixture(scope="session")
def all_sheets(signed, not_performed, training) -> dict[str, tuple[SheetData, Path]]:
    return {"signed": signed, "not performed": not_performed, "training": training}
