"""Saved news pages: each source of metadata, and the boilerplate that is not body text."""
import datetime as dt

import pytest

from indexer import parse_html
from indexer.files import parse_file

from .conftest import FIXTURES


def page(name):
    return (FIXTURES / "html" / name).read_bytes()


def test_json_ld_metadata():
    article = parse_html(page("2024-05-06_water-restrictions.html"))
    assert article.title == "Northbridge Imposes Water Restrictions After Dry Spring"
    assert article.date == dt.date(2024, 5, 6)  # datePublished, not dateModified
    assert article.authors == ["Maria Costa"]
    assert article.source == "Valley Courier"
    assert article.url == "https://www.valleycourier.org/2024/05/06/water-restrictions"


def test_opengraph_and_article_meta():
    article = parse_html(page("2023-01-19_gas-prices.html"))
    assert article.title == "Energy Minister Promises Relief as Gas Bills Soar"
    assert article.date == dt.date(2023, 1, 19)
    assert article.source == "Baltic Wire"
    assert article.authors == ["NWA"]
    assert article.url == "https://www.balticwire.net/2023/01/19/gas-prices"


def test_plain_meta_tags_and_title_suffix():
    article = parse_html(page("2022-10-12_trade-fair.html"))
    assert article.title == "Trade Fair Returns With Record Exhibitors"
    assert article.date == dt.date(2022, 10, 12)
    assert article.authors == ["Sofia Marin"]
    assert article.source == "Eastmark Ledger"  # from "<title>... - Eastmark Ledger"


def test_time_element_and_byline_markup():
    article = parse_html(page("2020-06-30_budget-vote.html"))
    assert article.date == dt.date(2020, 6, 30)
    assert article.authors == ["Lena Park"]
    assert article.url == ""


def test_itemprop_article_body_and_two_authors():
    article = parse_html(page("2025-03-15_hospital-wait.html"))
    assert article.authors == ["Sofia Marin", "Tom Reyes"]
    assert article.date == dt.date(2025, 3, 15)
    assert article.body.startswith("More than 310,000 people")


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "html").glob("*.html")))
def test_boilerplate_is_not_body_text(name):
    body = parse_html(page(name)).body
    for boilerplate in ("cookies", "Accept all", "Share on", "newsletter", "Subscribe", "Comments (2)",
                        "Great article", "All rights reserved", "Privacy", "Council approves new cycle lanes",
                        "Home", "dataLayer", "Photo:", "By "):
        assert boilerplate not in body, (name, boilerplate)


def test_caption_is_not_body_text():
    body = parse_html(page("2024-05-06_water-restrictions.html")).body
    assert "Upper Elm reservoir" not in body
    assert body.count("\n\n") == 3


def test_blockquote_paragraphs_are_body_text():
    body = parse_html(page("2023-11-07_library-strike.html")).body
    assert "We are not asking for more money." in body


def test_declared_windows_1252_page():
    article = parse_html(page("2018-08-14_cafe-terraces.html"))
    assert article.title == "Café Owners Win Fight Over Terrace Fees"
    assert "Beatriz Núñez" in article.body
    assert "René Dubois" in article.body


def test_markup_in_text_stays_text():
    article = parse_html(page("2024-02-29_markup-in-text.html"))
    assert article.title == "Security Researchers Warn of <script>alert('x')</script> Injection Flaw"
    assert "<img src=x onerror=alert(1)>" in article.body


def test_gzipped_page_through_the_file_reader():
    parsed = parse_file(str(FIXTURES / "html" / "2021-09-26_election-eve.html.gz"))
    assert not parsed.skipped
    assert parsed.articles[0].title == "On Election Eve, Novak Makes His Final Pitch"


@pytest.mark.parametrize("html", ["", "<html>", "<<<>>>", "<html><body><p>Only text</p>", b"\xff\xfe\x00"])
def test_broken_markup_never_raises(html):
    parse_html(html)


def test_utf8_bom_and_entities():
    article = parse_html("\ufeff<html><head><title>Caf&eacute; &amp; Bar</title></head><body><p>Caf&#233; news.</p></body></html>")
    assert article.title == "Café & Bar"
    assert article.body == "Café news."


RUSSIAN = "Городской совет в понедельник утвердил план ремонта моста, и работы начнутся весной, сообщили в мэрии."


@pytest.mark.parametrize("encoding,declaration", [
    ("utf-8", ""),
    ("utf-8", '<meta charset="utf-8">'),
    ("windows-1251", '<meta charset="windows-1251">'),
    ("koi8-r", '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
])
def test_page_bytes_read_in_their_encoding(encoding, declaration):
    html = (f"<html><head>{declaration}<title>Новый мост через реку</title></head>"
            f"<body><article><p>{RUSSIAN}</p></article></body></html>")
    article = parse_html(html.encode(encoding))
    assert article.title == "Новый мост через реку"
    assert article.body == RUSSIAN
