"""Shared test fixtures: the project's own fixture articles indexed once per session, and the shared seed."""
from __future__ import annotations

import pathlib

import pytest

from indexer import index_folder
from search import Archive

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_d684a5ea4825d2d3.txt"


@pytest.fixture(scope="session")
def fixture_index(tmp_path_factory) -> pathlib.Path:
    """An index built from fixtures/ (read-only for tests: copy it before changing it)."""
    index_dir = tmp_path_factory.mktemp("fixture-index") / "index"
    report = index_folder(str(FIXTURES), str(index_dir), rebuild=True, workers=2)
    assert not report.skipped, report.skipped
    return index_dir


@pytest.fixture(scope="session")
def archive(fixture_index) -> Archive:
    return Archive.open(str(fixture_index))


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent: the seed article is only on the development machines")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_dir() -> pathlib.Path:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent: the seed article is only on the development machines")
    return SEED.parent
