"""Flask routes: search page, article page, JSON API, CSV/JSON export, Atom feed, OpenSearch description.

Pages are server-rendered and work without JavaScript; article and query text is always escaped by Jinja. The one
HTML fragment passed through unescaped is a hit's snippet, which `search` builds from escaped text plus `<mark>`.
"""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

from flask import Flask, Response, abort, jsonify, render_template, request, url_for

from search import Archive, QueryError, to_plain

EXPORT_LIMIT = 10_000
FEED_SIZE = 20
SEARCH_PARAMS = ("q", "speaker", "from", "to", "sort", "per_page")


def _search_args() -> dict:
    """The search filters of the current request, as `Archive.search` keywords."""
    args = request.args
    sort = args.get("sort", "relevance")
    return {
        "query": args.get("q", ""),
        "speaker": args.get("speaker") or None,
        "date_from": args.get("from") or None,
        "date_to": args.get("to") or None,
        "sort": sort if sort in ("relevance", "newest", "oldest") else "relevance",
    }


def _int_arg(name: str, default: int, high: int) -> int:
    try:
        return min(high, max(1, int(request.args.get(name, default))))
    except ValueError:
        return default


def _link(endpoint: str, **changes) -> str:
    """A URL for `endpoint` with the current search parameters, some changed (None removes one)."""
    params = {k: request.args.get(k) for k in SEARCH_PARAMS if request.args.get(k)}
    params.update(changes)
    params = {k: v for k, v in params.items() if v not in (None, "")}
    return url_for(endpoint) + ("?" + urlencode(params) if params else "")


def _with_clause(query: str, clause: str) -> str:
    return clause if not query.strip() else f"{query.strip()} {clause}"


def create_app(archive: Archive | str) -> Flask:
    """The Flask application serving `archive` (an Archive or the path of an index)."""
    app = Flask(__name__)
    app.config["ARCHIVE"] = archive if isinstance(archive, Archive) else Archive.open(archive)
    app.jinja_env.globals.update(link=_link, with_clause=_with_clause)

    def archive_() -> Archive:
        return app.config["ARCHIVE"]

    @app.get("/")
    def search_page():
        args = _search_args()
        results, error = None, ""
        try:
            results = archive_().search(**args, page=_int_arg("page", 1, 10_000), per_page=_int_arg("per_page", 10, 100))
        except QueryError as exc:
            error = str(exc)
        return render_template("search.html", args=args, results=results, error=error), 400 if error else 200

    @app.get("/quotes")
    def quotes_page():
        args = _search_args()
        found, error = [], ""
        try:
            found = archive_().quotes(args["query"], speaker=args["speaker"], date_from=args["date_from"],
                                      date_to=args["date_to"], limit=_int_arg("limit", 50, 1000))
        except QueryError as exc:
            error = str(exc)
        return render_template("quotes.html", args=args, quotes=found, error=error), 400 if error else 200

    @app.get("/article/<article_id>")
    def article_page(article_id: str):
        article = archive_().get(article_id)
        if article is None:
            abort(404)
        return render_template("article.html", article=article, paragraphs=article.body.split("\n\n"))

    @app.get("/api/search")
    def api_search():
        results = archive_().search(**_search_args(), page=_int_arg("page", 1, 10_000),
                                    per_page=_int_arg("per_page", 10, 100))
        return jsonify(to_plain(results))

    @app.get("/api/quotes")
    def api_quotes():
        args = _search_args()
        found = archive_().quotes(args["query"], speaker=args["speaker"], date_from=args["date_from"],
                                  date_to=args["date_to"], limit=_int_arg("limit", 20, 1000))
        return jsonify(to_plain(found))

    @app.get("/api/speakers")
    def api_speakers():
        return jsonify(to_plain(archive_().speakers(request.args.get("prefix", ""), _int_arg("limit", 50, 10_000))))

    @app.get("/api/stats")
    def api_stats():
        return jsonify(to_plain(archive_().stats()))

    @app.get("/api/article/<article_id>")
    def api_article(article_id: str):
        article = archive_().get(article_id)
        if article is None:
            return jsonify({"error": f"no article with id {article_id!r}"}), 404
        return jsonify(to_plain(article))

    def all_hits() -> list:
        """Every hit of the current search, up to EXPORT_LIMIT, in the requested order."""
        args = _search_args()
        first = archive_().search(**args, page=1, per_page=100)
        hits = list(first.hits)
        for page in range(2, min(first.pages, EXPORT_LIMIT // 100) + 1):
            hits.extend(archive_().search(**args, page=page, per_page=100).hits)
        return hits

    @app.get("/export.csv")
    def export_csv():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "date", "title", "source", "speakers", "url", "snippet"])
        for hit in all_hits():
            writer.writerow([hit.id, hit.date or "", hit.title, hit.source, "; ".join(hit.speakers), hit.url,
                             hit.snippet_text])
        headers = {"Content-Disposition": 'attachment; filename="newsarchive-search.csv"'}
        return Response(buffer.getvalue(), mimetype="text/csv", headers=headers)

    @app.get("/export.json")
    def export_json():
        hits = [to_plain(hit) for hit in all_hits()]
        headers = {"Content-Disposition": 'attachment; filename="newsarchive-search.json"'}
        return Response(json.dumps(hits, ensure_ascii=False, indent=1), mimetype="application/json", headers=headers)

    @app.get("/feed.atom")
    def feed():
        args = {**_search_args(), "sort": "newest"}
        results = archive_().search(**args, page=1, per_page=FEED_SIZE)
        body = render_template("feed.xml", args=args, results=results)
        return Response(body, mimetype="application/atom+xml")

    @app.get("/opensearch.xml")
    def opensearch():
        return Response(render_template("opensearch.xml"), mimetype="application/opensearchdescription+xml")

    @app.errorhandler(QueryError)
    def query_error(exc: QueryError):
        return jsonify({"error": str(exc)}), 400

    return app
