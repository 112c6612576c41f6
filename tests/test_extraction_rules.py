"""Body and date extraction rules, each on a small page written for the test."""
import datetime as dt

import pytest

from indexer import parse_html
from indexer.datetext import read_date, read_timestamp

LONG = "The council met on Monday to discuss the plan, and members spoke for hours about its cost, its timing and its effect on residents."


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head><title>T</title>{head}</head><body>{body}</body></html>'


def test_article_split_into_repeated_sections_is_read_whole():
    sections = "".join(f'<div class="story-column"><div class="inner"><p>Part {n}. {LONG}</p></div></div>'
                       for n in range(1, 4))
    body = parse_html(page(f'<main><section class="story">{sections}</section></main><div class="promo-box"><p>{LONG} Buy now.</p></div>')).body
    assert [p[:6] for p in body.split("\n\n")] == ["Part 1", "Part 2", "Part 3"]


def test_lead_paragraph_wrapped_apart_joins_the_body():
    html = page(f'<div class="wrap"><div class="lead"><p>Lead: a short opening sentence for the story, which tells the reader what happened and where.</p></div>'
                f'<div class="text"><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div></div>')
    assert parse_html(html).body.startswith("Lead: a short opening sentence")


def test_text_held_directly_in_divs_with_line_breaks():
    html = page(f'<div id="article">{LONG}<br><br>Second paragraph, with more words, and more commas, here.<br>'
                f'<div class="ad">Advertisement</div></div>')
    assert parse_html(html).body == LONG + "\n\nSecond paragraph, with more words, and more commas, here."


def test_hidden_elements_and_boilerplate_named_blocks_are_dropped():
    html = page(f'<article><p>{LONG}</p><p hidden>Hidden text.</p><div style="display: none">Also hidden.</div>'
                f'<div class="share-tools">Share on Facebook</div><div class="related-links"><p>Other news item.</p></div>'
                f'<p>{LONG}</p></article>')
    assert parse_html(html).body == LONG + "\n\n" + LONG


def test_never_text_hidden_and_boilerplate_elements_nested_in_each_other_are_all_dropped():
    nested = ('<div class="share-bar"><nav><ul><li>Menu item one</li><li aria-hidden="true"><svg><text>icon</text>'
              '</svg>Hidden entry</li></ul></nav><div hidden><aside>Aside text</aside><figure><figcaption>A caption '
              'of a photo</figcaption></figure></div><form role="search"><label>Search the site</label></form></div>')
    html = page(f'<article><p>{LONG}</p>{nested}<p>{LONG}</p><script>var x = "Script text";</script></article>')
    assert parse_html(html).body == LONG + "\n\n" + LONG


def test_boilerplate_named_container_that_holds_the_article_is_kept():
    html = page(f'<div class="l-sidebar-fixed"><p>{LONG}</p><p>{LONG}</p></div><div class="nav"><a href="/">Home</a></div>')
    assert parse_html(html).body == LONG + "\n\n" + LONG


def test_labels_and_calls_to_action_at_the_edges_are_trimmed():
    html = page(f'<article><p>BREAKING NEWS</p><p>{LONG}</p><p>Subheading</p><p>{LONG}</p>'
                f'<p>Sign up for our newsletter to get the news every morning.</p><p>Advertisement</p></article>')
    assert parse_html(html).body.split("\n\n") == [LONG, "Subheading", LONG]


def test_link_lists_are_not_text():
    links = "".join(f'<p><a href="/{n}">Another headline number {n} that is long enough</a></p>' for n in range(5))
    assert parse_html(page(f"<article><p>{LONG}</p>{links}</article>")).body == LONG


@pytest.mark.parametrize("head,body,expected", [
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "datePublished": "2021-03-04T10:00:00+01:00"}]}</script>', "", "2021-03-04"),
    ('<meta name="article:published_time" content="2020-09-26T12:07:40+02:00">', "", "2020-09-26"),
    ('<meta property="article:modified_time" content="2020-09-30">', '<p class="date-updated">30.09.2020</p>', None),
    ("", '<time datetime="2019-05-06T08:00">6 May</time>', "2019-05-06"),
    ("", '<span class="published-date">martes 17 de marzo de 2020</span>', "2020-03-17"),
    ("", '<div class="date">9 oktober 2020 11:12</div>', "2020-10-09"),
    ("", "<script>var publication_date = \"2020-02-17 21:18:11\";</script>", "2020-02-17"),
    ("", '<!-- <rdf:Description dc:title="A post" dc:date="2020-07-03T17:16:22+09:00" /> -->', "2020-07-03"),
    ("", "<article><div>Jan Kowalski | 2020-03-04 16:52:59</div></article>", "2020-03-04"),
    ("", "<script>window.meta = {\"first_published_at\": \"2020-06-01 08:00:00\"};</script>", "2020-06-01"),
    ("", "<p>Nothing here says when.</p>", None),
])
def test_publication_date_sources(head, body, expected):
    found = parse_html(page(body, head)).date
    assert (found.isoformat() if found else None) == expected


def test_date_in_the_url():
    assert parse_html(page("<p>Text.</p>"), url="https://example.com/2019/11/05/story").date == dt.date(2019, 11, 5)


def test_utc_timestamp_defers_to_the_local_date_a_day_earlier():
    head = '<meta property="article:published_time" content="2020-02-18T02:18:11Z">'
    html = page("<p>Text.</p>", head)
    assert parse_html(html, url="https://example.com/2020/02/17/story").date == dt.date(2020, 2, 17)
    assert parse_html(html, url="https://example.com/story").date == dt.date(2020, 2, 18)


def test_midday_utc_timestamp_keeps_its_day():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-07-09T10:04:04Z"}</script>'
    assert parse_html(page("<p>Text.</p>", head), url="https://example.com/2020/07/08/story").date == dt.date(2020, 7, 9)


@pytest.mark.parametrize("text,dayfirst,expected", [
    ("2024-09-25T10:00:00Z", True, dt.date(2024, 9, 25)),
    ("September 25, 2024", True, dt.date(2024, 9, 25)),
    ("25 September 2024", False, dt.date(2024, 9, 25)),
    ("05/03/2020", True, dt.date(2020, 3, 5)),
    ("05/03/2020", False, dt.date(2020, 5, 3)),
    ("17/03/2020", False, dt.date(2020, 3, 17)),
    ("5 марта 2021 года", True, dt.date(2021, 3, 5)),
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", True, dt.date(2020, 10, 7)),
    ("12 Mart 2019", True, dt.date(2019, 3, 12)),
    ("31 February 2020", True, None),
    ("May 2021 was wet", True, None),
    ("3000-01-01", True, None),
])
def test_read_date(text, dayfirst, expected):
    assert read_date(text, dayfirst=dayfirst) == expected


def test_read_timestamp_needs_a_time_of_day():
    assert read_timestamp("Posted 2020-03-04, updated later") is None
    assert read_timestamp("Posted 2020-03-04 16:52") == dt.date(2020, 3, 4)
    long = "Filed 2019-01-02 from Madrid. " + "Scores 3:1 and 12.30 a share. " * 100
    assert read_timestamp(long + "Publicado el 25 de septiembre de 2020, 10:30") == dt.date(2020, 9, 25)


def test_body_text_is_cleaned():
    html = page(f"<article><p>{LONG}</p><p>Odd\u00a0spaces,\ttabs and a\u3000wide one , then a comma: all "
                "of it folded, as a reader would expect.</p><p>Runs  of   spaces are folded too, and the "
                "paragraph is long enough to count.</p></article>")
    assert parse_html(html).body.split("\n\n")[1:] == [
        "Odd spaces, tabs and a wide one, then a comma: all of it folded, as a reader would expect.",
        "Runs of spaces are folded too, and the paragraph is long enough to count."]
