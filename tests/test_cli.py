"""The `newsarchive` command line, as a user types it."""
import json

import pytest
from click.testing import CliRunner

from cli.main import cli

from .conftest import FIXTURES


@pytest.fixture
def run(fixture_index):
    def invoke(*args, env=None):
        result = CliRunner().invoke(cli, ["--index", str(fixture_index), *args], env=env)
        return result
    return invoke


def test_index_prints_a_summary_and_problems(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Title Here\n\nBody text.\n")
    (src / "b.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["--index", str(tmp_path / "ix"), "index", str(src)])
    assert result.exit_code == 0, result.output
    assert "2 files: 1 articles added, 0 updated, 0 removed, 0 files unchanged, 1 skipped" in result.output
    assert f"skipped {src / 'b.txt'}: empty file" in result.output
    again = CliRunner().invoke(cli, ["--index", str(tmp_path / "ix"), "index", "--json", str(src)])
    report = json.loads(again.output)
    assert (report["added"], report["unchanged"]) == (0, 1)


def test_index_reads_the_environment_variable(tmp_path):
    result = CliRunner().invoke(cli, ["index", str(FIXTURES / "text")], env={"NEWSARCHIVE_INDEX": str(tmp_path / "e")})
    assert result.exit_code == 0
    stats = CliRunner().invoke(cli, ["stats", "--json"], env={"NEWSARCHIVE_INDEX": str(tmp_path / "e")})
    assert json.loads(stats.output)["articles"] == 17


def test_index_of_a_missing_folder_fails_clearly(tmp_path):
    result = CliRunner().invoke(cli, ["--index", str(tmp_path / "ix"), "index", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_search_prints_ranked_hits(run):
    result = run("search", "speaker:quintero", "peace")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "3 articles (page 1 of 1)"
    assert lines[2] == "1. Peace Conference Planned for November"
    assert lines[3] == "   2024-10-02 · Baltic Wire · quoting United Nations, Marta Quintero, Adrian Falk"
    assert "peace" in lines[4]
    assert lines[5] == "   https://www.balticwire.net/2024/10/02/peace-conference-november"


def test_search_json_sort_and_pages(run):
    result = run("search", "--json", "--sort", "oldest", "--per-page", "2", "--page", "2", "date:2024")
    payload = json.loads(result.output)
    assert payload["total"] == 12 and payload["page"] == 2 and payload["pages"] == 6
    assert [hit["date"] for hit in payload["hits"]] == ["2024-05-06", "2024-06-03"]
    assert set(payload["hits"][0]) >= {"id", "title", "date", "url", "source", "speakers", "score", "snippet",
                                       "snippet_text"}


def test_search_filters(run):
    result = run("search", "--json", "--speaker", "varga", "--from", "2024-04", "--to", "2024-06")
    payload = json.loads(result.output)
    assert [hit["title"] for hit in payload["hits"]] == ["Rail Line to the Airport Finally Opens",
                                                          "Northbridge Imposes Water Restrictions After Dry Spring"]


def test_search_bad_date_is_a_clear_error(run):
    result = run("search", "date:2024-02-31")
    assert result.exit_code == 1
    assert "Error: date: '2024-02-31' is not a real date" in result.output
    assert "Traceback" not in result.output


def test_search_suggests_a_spelling(run):
    result = run("search", "quintro")
    assert "0 articles" in result.output
    assert "Did you mean: quintero" in result.output


def test_quotes_command(run):
    result = run("quotes", "--speaker", "falk")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Adrian Falk: “a conference is not a ceasefire.”"
    assert lines[1].startswith("   2024-10-02 · Peace Conference Planned for November · https://")
    payload = json.loads(run("quotes", "--json", "aggression").output)
    assert [(q["speaker"], q["text"]) for q in payload] == [
        ("Adrian Falk", "We want peace, but not a peace that rewards aggression")]


def test_speakers_command(run):
    lines = run("speakers", "--limit", "3").output.splitlines()
    assert [line.split() for line in lines] == [
        ["5", "articles", "8", "quotes", "Marek", "Novak"],
        ["4", "articles", "10", "quotes", "Elena", "Varga"],
        ["4", "articles", "9", "quotes", "Tomas", "Lindqvist"],
    ]
    payload = json.loads(run("speakers", "--json", "nov").output)
    assert payload == [{"name": "Marek Novak", "articles": 5, "quotes": 8}]


def test_stats_command(run):
    output = run("stats").output
    assert "Articles:  41 from 33 files" in output
    assert "Dates:     2016-05-12 to 2025-06-30" in output


def test_missing_index_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["--index", str(tmp_path / "none"), "search", "x"])
    assert result.exit_code == 1
    assert "no newsarchive index" in result.output and "newsarchive index FOLDER" in result.output
