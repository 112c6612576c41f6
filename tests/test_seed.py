"""The seed article read exactly as DESIGN.md says, and searchable through the API and the CLI."""
import datetime as dt
import json
from collections import Counter

import pytest
from click.testing import CliRunner

from cli.main import cli
from indexer import extract_quotes, index_folder, parse_text
from search import Archive

SEED_URL = "https://www.themoscowtimes.com/2024/09/25/forcing-russia-into-peace-would-be-fatal-mistake-kremlin-says-a86466"


def test_seed_metadata(seed_text):
    article = parse_text(seed_text, "seed.txt")
    assert article.title == "Forcing Russia Into Peace Would Be 'Fatal Mistake,' Kremlin Says"
    assert article.authors == ["AFP"]
    assert article.date == dt.date(2024, 9, 25)
    assert article.source == "The Moscow Times"
    assert article.url == SEED_URL


def test_seed_body_leaves_out_caption_and_related_line(seed_text):
    body = parse_text(seed_text).body
    assert body.startswith("The Kremlin said Wednesday that")
    assert "Arthur Novosiltsev" not in body
    assert "Related article" not in body and "Houthis" not in body
    assert "Original url" not in body and "themoscowtimes" not in body
    assert body.endswith("as a precondition for peace talks.")
    assert "\n\n\n" not in body


def test_seed_speakers_and_quotations(seed_text):
    article = parse_text(seed_text)
    quotes = [q for q in extract_quotes(article.body, article.title) if q.direct]
    by_speaker = Counter(q.speaker for q in quotes)
    assert by_speaker == {"Dmitry Peskov": 4, "Volodymyr Zelensky": 3, "Kremlin": 1}
    said = {q.text[:30]: q.speaker for q in quotes}
    assert said["such a position is a fatal mis"] == "Dmitry Peskov"
    assert said["It is a profound misconception"] == "Dmitry Peskov"
    assert said["Russia is in favor of peace, b"] == "Dmitry Peskov"
    assert said["Without achieving these goals,"] == "Dmitry Peskov"
    assert said["We know some in the world want"] == "Volodymyr Zelensky"
    assert said["insanity"] == "Volodymyr Zelensky"
    assert said["Russia can only be forced into"] == "Volodymyr Zelensky"
    assert said["fatal mistake"] == "Kremlin"
    assert "forcing" not in said, "the scare quote is not a quotation"
    for quote in quotes:
        assert article.body[quote.start:quote.end] == quote.text
    reported = [(q.speaker, q.text[:30]) for q in extract_quotes(article.body, article.title) if not q.direct]
    assert reported == [("Volodymyr Zelensky", "Russia could only be forced in")]


@pytest.fixture(scope="module")
def seed_index(seed_dir, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("seed") / "index"
    index_folder(str(seed_dir), str(index_dir))
    return index_dir


@pytest.mark.parametrize("query,found", [
    ("speaker:peskov", True),
    ('"forced into peace"', True),
    ("quote:insanity speaker:zelensky", True),
    ("date:2024-09", True),
    ("speaker:putin", False),
    ("date:2023", False),
    ("quote:insanity speaker:peskov", False),
])
def test_seed_queries_from_python_and_cli(seed_index, query, found):
    results = Archive.open(str(seed_index)).search(query)
    assert results.total == (1 if found else 0)
    if found:
        assert results.hits[0].url == SEED_URL
    outcome = CliRunner().invoke(cli, ["--index", str(seed_index), "search", "--json", query])
    assert outcome.exit_code == 0, outcome.output
    payload = json.loads(outcome.output)
    assert [hit["url"] for hit in payload["hits"]] == ([SEED_URL] if found else [])
