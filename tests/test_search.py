"""Searching the fixture archive: the query language, filters, ranking, facets, snippets and suggestions."""
import datetime as dt

import pytest

from search import QueryError


def titles(results):
    return [hit.title for hit in results.hits]


def test_bare_words_are_anded_and_stemmed(archive):
    results = archive.search("fares riders")
    assert titles(results) == ["Transit Fares to Rise in April, City Says"]
    assert archive.search("evacuated villages").total == 1  # "evacuated" matches "evacuated", villages stems
    assert archive.search("evacuating village").total == 1


def test_case_and_accents_are_ignored(archive):
    assert titles(archive.search("CAFE elise")) == ["Café Owners Win Fight Over Terrace Fees"]
    assert titles(archive.search("nunez")) == ["Café Owners Win Fight Over Terrace Fees"]


def test_title_matches_rank_first(archive):
    results = archive.search("peace")
    assert results.hits[0].title == "Peace Conference Planned for November"
    assert results.total == 3


def test_exact_phrase_is_unstemmed_and_ordered(archive):
    assert titles(archive.search('"a fence across the sea"')) == ["Offshore Wind Farm Approved Despite Fishing Protests"]
    assert archive.search('"across a fence the sea"').total == 0
    assert archive.search('"fences across the sea"').total == 0  # no stemming inside phrases


def test_or_not_and_parentheses(archive):
    either = archive.search("heatwave OR snowstorm")
    assert sorted(titles(either)) == ["Snowstorm Cuts Power to 40,000 Homes"]  # "heatwave" is not in any text
    both = archive.search("(snowstorm OR sandbags) power")
    assert titles(both) == ["Snowstorm Cuts Power to 40,000 Homes"]
    with_peace = {h.title for h in archive.search("peace", per_page=50).hits}
    without = {h.title for h in archive.search("peace -prisoners", per_page=50).hits}
    assert with_peace - without == {"Veloria and Austrand Swap Prisoners in Step Toward Peace"}
    assert {h.title for h in archive.search("peace NOT prisoners", per_page=50).hits} == without


def test_field_queries(archive):
    assert titles(archive.search("title:marathon")) == ["Local Runner Wins Northbridge Marathon in Course Record"]
    assert archive.search("title:director").total == 0  # "director" is only in bodies
    assert archive.search("title:runners").total == 1  # stemmed: "Runner"
    lena = archive.search('byline:"lena park"', per_page=50)
    assert lena.total == 5 and all("Park" not in h.title for h in lena.hits)
    tech = archive.search('source:"tech harbour"', per_page=50)
    assert tech.total == 3
    assert {hit.source for hit in tech.hits} == {"Tech Harbour"}


def test_speaker_filter_matches_name_parts_and_full_names(archive):
    varga = archive.search("speaker:varga", per_page=50)
    assert varga.total == 4
    assert all("Elena Varga" in hit.speakers for hit in varga.hits)
    assert archive.search('speaker:"elena varga"', per_page=50).total == 4
    assert archive.search('speaker:"varga elena"').total == 0
    assert archive.search("speaker:nobody").total == 0


def test_speaker_and_quote_must_be_the_same_quotation(archive):
    # Falk and Quintero are both quoted in the ceasefire article; only Falk says "rewards aggression".
    assert archive.search('quote:"rewards aggression" speaker:falk').total == 1
    assert archive.search('quote:"rewards aggression" speaker:quintero').total == 0
    assert archive.search("quote:aggression", speaker="Adrian Falk").total == 1
    assert archive.search("quote:aggression", speaker="quintero").total == 0
    # Without quote:, two speakers mean an article quoting both.
    assert archive.search("speaker:falk speaker:quintero").total == 3


def test_quote_field_only_matches_quoted_words(archive):
    # "sandbags" is quoted; "Millbrook" appears only in narration.
    assert archive.search("quote:sandbags").total == 1
    assert archive.search("quote:millbrook").total == 0
    assert archive.search("millbrook").total == 2


@pytest.mark.parametrize("query,expected", [
    ("date:2024-09", 4),
    ("date:2024-09-20", 1),
    ("date:2024-09-01..2024-09-20", 2),
    ("date:..2016-12-31", 3),
    ("date:2025-01-01..", 3),
    ("date:2016", 3),
])
def test_date_clauses(archive, query, expected):
    assert archive.search(query, per_page=50).total == expected


def test_date_keywords_accept_dates_and_strings(archive):
    assert archive.search(date_from="2024-09", date_to="2024-09").total == 4
    assert archive.search(date_from=dt.date(2024, 9, 1), date_to=dt.datetime(2024, 9, 30, 12)).total == 4
    assert archive.search("peace", date_from="2024-10").total == 1


@pytest.mark.parametrize("bad", ["date:2024-13", "date:2024-02-30", "date:yesterday", "date:2024-09-30..2024-09-01"])
def test_impossible_dates_say_what_is_accepted(archive, bad):
    with pytest.raises(QueryError) as error:
        archive.search(bad)
    assert "YYYY-MM-DD" in str(error.value)


def test_bad_date_keyword_is_named(archive):
    with pytest.raises(QueryError, match="date_from"):
        archive.search("peace", date_from="last week")


@pytest.mark.parametrize("query", ['"unclosed phrase', "(peace", "peace)", "peace OR", "NOT", "-", ":", 'title:"',
                                   "speaker:", "((((", '"""', "OR AND NOT", "date:"])
def test_malformed_queries_never_crash(archive, query):
    try:
        archive.search(query)
    except QueryError as error:
        assert "date" in str(error)


def test_unclosed_phrase_is_closed(archive):
    assert titles(archive.search('"a fence across')) == ["Offshore Wind Farm Approved Despite Fishing Protests"]


def test_sort_newest_and_oldest(archive):
    newest = archive.search("speaker:lindqvist", sort="newest", per_page=50)
    dates = [hit.date for hit in newest.hits]
    assert dates == sorted(dates, reverse=True) and len(dates) == 4
    oldest = archive.search("speaker:lindqvist", sort="oldest", per_page=50)
    assert [hit.date for hit in oldest.hits] == sorted(dates)


def test_empty_query_lists_every_article_newest_first(archive):
    results = archive.search("", per_page=5)
    assert results.total == 41
    assert results.hits[0].date == dt.date(2025, 6, 30)


def test_undated_articles_sort_last_both_ways(archive):
    for sort in ("newest", "oldest"):
        hits = archive.search("", sort=sort, per_page=100).hits
        assert hits[-1].title == "Library Volunteers Mark Twenty Years of Reading Club"
        assert all(hit.date for hit in hits[:-1])


def test_pagination(archive):
    first = archive.search("", sort="oldest", per_page=10, page=1)
    second = archive.search("", sort="oldest", per_page=10, page=2)
    last = archive.search("", sort="oldest", per_page=10, page=5)
    assert first.pages == 5
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert len(last.hits) == 1
    assert archive.search("", per_page=10, page=9).hits == []


def test_facets_count_every_match_not_just_the_page(archive):
    results = archive.search("speaker:varga", per_page=1)
    assert dict(results.facets["year"]) == {"2023": 1, "2024": 3}
    assert dict(results.facets["speaker"])["Elena Varga"] == 4
    assert sum(count for _, count in results.facets["source"]) == 4


def test_hit_fields(archive):
    hit = archive.search('"twenty minutes from the city centre"').hits[0]
    assert hit.title == "Rail Line to the Airport Finally Opens"
    assert hit.date == dt.date(2024, 6, 3)
    assert hit.source == "Northbridge Herald"
    assert hit.url == "https://www.northbridgeherald.com/2024/06/03/airport-rail-opens"
    assert hit.speakers == ["Elena Varga", "Tomas Lindqvist"]
    assert "<mark>" in hit.snippet and "<mark>" not in hit.snippet_text
    assert hit.score > 0


def test_snippets_escape_article_text(archive):
    hit = archive.search("injection").hits[0]
    assert "<script>" not in hit.snippet and "<img" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<script>" in hit.snippet_text


def test_snippet_marks_the_matched_words(archive):
    hit = archive.search("sandbags").hits[0]
    assert "<mark>sandbags</mark>" in hit.snippet


def test_suggestion_for_a_misspelling(archive):
    results = archive.search("marathn")
    assert results.total == 0
    assert results.suggestion == "marathon"
    assert archive.search("marathon").suggestion is None


def test_prefix_search(archive):
    assert archive.search("marath*").total == 1


def test_get_returns_the_whole_article(archive):
    hit = archive.search("title:marathon").hits[0]
    article = archive.get(hit.id)
    assert article.title == hit.title
    assert article.authors == ["Tom Reyes"]
    assert article.body.count("\n\n") == 2
    assert [(q.speaker, q.direct) for q in article.quotes] == [("Ada Mwangi", True), ("Felix Amano", False)]
    assert archive.get("no-such-id") is None


def test_quotes_by_speaker_newest_first(archive):
    found = archive.quotes(speaker="lindqvist", limit=50)
    assert {q.speaker for q in found} == {"Tomas Lindqvist"}
    assert len(found) == 9 and sum(not q.direct for q in found) == 1  # one is reported speech
    assert [q.date for q in found] == sorted((q.date for q in found), reverse=True)
    first = found[0]
    assert first.title == "Floods Force Hundreds From Their Homes Along the Elm"
    assert first.text == "What I have seen today is heartbreaking"


def test_quotes_matching_words(archive):
    found = archive.quotes("peace")
    assert {q.speaker for q in found} == {"United Nations", "Marta Quintero", "Adrian Falk"}  # the UN reported, not quoted
    assert all("peace" in q.text.lower() for q in found)
    assert archive.quotes("peace", speaker="falk")[0].text.startswith("We want peace")


def test_speakers_with_counts_and_prefix(archive):
    speakers = {s.name: s for s in archive.speakers(limit=500)}
    assert speakers["Elena Varga"].articles == 4
    assert speakers["Elena Varga"].quotes == 10  # 7 quoted, 3 reported
    assert speakers["Tomas Lindqvist"].articles == 4
    assert [s.name for s in archive.speakers("lind")] == ["Tomas Lindqvist", "Rosa Lindgren", "Peter Lind"]
    assert [s.name for s in archive.speakers("marek")] == ["Marek Novak"]


def test_stats(archive):
    stats = archive.stats()
    assert stats.articles == 41
    assert stats.files == 33
    assert stats.date_from == dt.date(2016, 5, 12)
    assert stats.date_to == dt.date(2025, 6, 30)
    assert stats.quotes > 80
    # Plain-text exports only give a URL; the publication's name is learned from its pages.
    assert stats.sources == [("Baltic Wire", 11), ("Northbridge Herald", 9), ("Valley Courier", 9),
                             ("Eastmark Ledger", 8), ("Tech Harbour", 3)]
