"""Plain-text exports: header lines, captions, related links and the URL trailer."""
import datetime as dt

from indexer import parse_text

from .conftest import FIXTURES


def read(name):
    return (FIXTURES / "text" / name).read_text(encoding="utf-8")


def test_export_with_the_seeds_quirks():
    article = parse_text(read("2023-06-02_port-strike.txt"))
    assert article.title == "Port Strike Would Be 'Costly Error,' Ministry Says"
    assert article.authors == ["NWA"]
    assert article.date == dt.date(2023, 6, 2)
    assert article.url == "https://www.balticwire.net/2023/06/02/port-strike-would-be-costly-error-ministry-says-b20417"
    assert article.source == "balticwire.net"
    assert article.body.startswith("The Transport Ministry said Friday")
    assert "Ana Ruiz" not in article.body  # the photo caption
    assert "Related article" not in article.body and "Overtime Ban" not in article.body
    assert article.body.endswith("container traffic.")
    assert len(article.body.split("\n\n")) == 8


def test_two_authors_in_a_byline():
    assert parse_text(read("2019-07-25_heatwave.txt")).authors == ["Jonas Weber", "Maria Costa"]


def test_missing_byline_date_and_url():
    article = parse_text(read("undated_library-volunteers.txt"), "undated_library-volunteers.txt")
    assert article.title == "Library Volunteers Mark Twenty Years of Reading Club"
    assert article.date is None and article.authors == [] and article.url == "" and article.source == ""
    assert article.body.startswith("Volunteers at the Millbrook public library")
    assert article.path == "undated_library-volunteers.txt"


def test_known_domains_get_their_publication_name():
    text = "Headline\n\nSome body text here.\n\nOriginal url:\nhttps://www.reuters.com/world/some-story-2024-01-01/\n"
    assert parse_text(text).source == "Reuters"


def test_windows_line_endings_and_extra_spaces():
    text = "  A Title  \r\n\r\nBy  Ann Lee\r\n\r\n1 March 2021\r\n\r\nFirst   paragraph.\r\n\r\nSecond paragraph.\r\n"
    article = parse_text(text)
    assert (article.title, article.authors, article.date) == ("A Title", ["Ann Lee"], dt.date(2021, 3, 1))
    assert article.body == "First paragraph.\n\nSecond paragraph."


def test_body_paragraph_that_looks_like_a_date_is_not_taken_as_one():
    text = "Title\n\nMay 2021 was the wettest month on record, forecasters said.\n"
    article = parse_text(text)
    assert article.date is None
    assert article.body.startswith("May 2021 was")
