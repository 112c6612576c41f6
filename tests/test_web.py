"""The web UI and JSON API through Flask's test client."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(archive):
    return create_app(archive).test_client()


def page_titles(html):
    return [re.sub(r"<.*?>", "", t) for t in re.findall(r'<h2><a href="/article/[0-9a-f]+">(.*?)</a></h2>', html)]


def test_search_page_lists_hits_with_speakers_and_snippets(client):
    response = client.get("/?q=peace")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page_titles(html)[0] == "Peace Conference Planned for November"
    assert "3 articles" in html
    assert "<mark>peace</mark>" in html
    assert '<a href="/?q=peace&amp;speaker=Marta+Quintero">Marta Quintero</a>' in html
    assert 'href="https://www.balticwire.net/2024/10/02/peace-conference-november"' in html


def test_empty_search_page_lists_newest_articles(client):
    html = client.get("/").get_data(as_text=True)
    assert "41 articles" in html
    assert page_titles(html)[0] == "Government Doubles Heat Pump Subsidy"


def test_filters_from_the_form(client):
    html = client.get("/?q=&speaker=varga&from=2024-04&to=2024-06&sort=oldest").get_data(as_text=True)
    assert page_titles(html) == ["Northbridge Imposes Water Restrictions After Dry Spring",
                                 "Rail Line to the Airport Finally Opens"]


def test_facet_links_refine_the_search(client):
    html = client.get("/?q=speaker:lindqvist").get_data(as_text=True)
    assert 'href="/?q=speaker%3Alindqvist+date%3A2024">2024</a>' in html
    refined = client.get("/?q=speaker%3Alindqvist+date%3A2024").get_data(as_text=True)
    assert page_titles(refined) == ["Floods Force Hundreds From Their Homes Along the Elm",
                                    "Rail Line to the Airport Finally Opens"]


def test_pagination_links_keep_the_query(client):
    html = client.get("/?q=&per_page=20").get_data(as_text=True)
    assert 'href="/?per_page=20&amp;page=2"' in html and "Page 1 of 3" in html
    second = client.get("/?page=2").get_data(as_text=True)
    assert 'href="/?page=1"' in second and 'href="/?page=3"' in second


def test_article_text_is_never_markup(client):
    html = client.get("/?q=injection").get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    hit = re.search(r'href="/article/([0-9a-f]+)"', html).group(1)
    article = client.get(f"/article/{hit}").get_data(as_text=True)
    assert "<script>alert" not in article and "<img src=x" not in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article


def test_query_text_is_never_markup(client):
    html = client.get('/?q=<b>bold</b>"><script>x()</script>').get_data(as_text=True)
    assert "<script>x()" not in html and "<b>bold" not in html


def test_bad_date_shows_a_message(client):
    response = client.get("/?q=date:2024-13")
    assert response.status_code == 400
    assert "is not a real date" in response.get_data(as_text=True)
    api = client.get("/api/search?q=date:2024-13")
    assert api.status_code == 400 and "YYYY-MM-DD" in api.get_json()["error"]


def test_article_page_shows_who_is_quoted(client, archive):
    hit = archive.search('title:"Mediator Says"').hits[0]
    html = client.get(f"/article/{hit.id}").get_data(as_text=True)
    assert "Mediator Says Ceasefire Talks Are &#39;Closer Than Ever&#39;" in html
    assert html.count('class="speaker"') == 4
    assert "18 September 2024" in html
    assert client.get("/article/doesnotexist").status_code == 404


def test_json_api(client):
    payload = client.get("/api/search?q=speaker:falk&sort=newest").get_json()
    assert payload["total"] == 3
    assert payload["hits"][0]["title"] == "Peace Conference Planned for November"
    assert payload["facets"]["speaker"][0] == ["Adrian Falk", 3]
    quotes = client.get("/api/quotes?q=ceasefire&speaker=falk").get_json()
    assert [q["text"] for q in quotes] == ["a conference is not a ceasefire."]
    speakers = client.get("/api/speakers?prefix=quin").get_json()
    assert speakers == [{"name": "Marta Quintero", "articles": 3, "quotes": 5}]
    assert client.get("/api/stats").get_json()["articles"] == 41
    article = client.get(f"/api/article/{payload['hits'][0]['id']}").get_json()
    assert article["speakers"] == ["United Nations", "Marta Quintero", "Adrian Falk"]
    assert client.get("/api/article/nope").status_code == 404


def test_csv_export_has_every_hit(client):
    response = client.get("/export.csv?q=&sort=oldest")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 41
    assert rows[0]["date"] == "2016-05-12" and rows[0]["title"] == "Harbour Tunnel Plan Shelved Over Costs"


def test_json_export(client):
    hits = json.loads(client.get("/export.json?q=speaker:varga").get_data(as_text=True))
    assert len(hits) == 4 and all("Elena Varga" in hit["speakers"] for hit in hits)


def test_atom_feed_is_newest_first(client):
    response = client.get("/feed.atom?q=peace")
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.get_data())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.find("a:title", ns).text for e in root.findall("a:entry", ns)]
    assert titles == ["Peace Conference Planned for November",
                      "Veloria and Austrand Swap Prisoners in Step Toward Peace",
                      "Mediator Says Ceasefire Talks Are 'Closer Than Ever'"]


def test_opensearch_description(client):
    root = ET.fromstring(client.get("/opensearch.xml").get_data())
    templates = [u.attrib["template"] for u in root.findall("{http://a9.com/-/spec/opensearch/1.1/}Url")]
    assert "http://localhost/?q={searchTerms}" in templates


def test_no_asset_from_outside_the_machine(client):
    html = client.get("/?q=peace").get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    local = [a for a in assets if not a.startswith("https://www.")]  # article links to originals are fine
    assert all(a.startswith("/") for a in local), local
    assert "<script" not in html


def test_quotations_page(client):
    html = client.get("/quotes?q=peace&speaker=falk").get_data(as_text=True)
    assert "1 quotation" in html
    assert "We want peace, but not a peace that rewards aggression" in html
    assert ">Adrian Falk</a>" in html and "Mediator Says Ceasefire Talks" in html
    every = client.get("/quotes?speaker=varga").get_data(as_text=True)
    assert every.count('class="quotation"') == 10 and "(reported)" in every
    assert client.get("/quotes?q=date:2024-13").status_code == 400


def test_speaker_facet_links_to_their_quotations(client):
    html = client.get("/?q=peace").get_data(as_text=True)
    assert 'href="/quotes?speaker=Marta+Quintero"' in html
