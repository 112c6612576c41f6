"""`newsarchive` commands. Every read command takes `--json`; the index is `--index PATH` or NEWSARCHIVE_INDEX."""
from __future__ import annotations

import html
import json
import re
import sys

import click

from search import Archive, IndexBusy, IndexNotFound, IndexOutdated, QueryError, to_plain

DEFAULT_INDEX = "newsarchive-index"


def _emit_json(value) -> None:
    click.echo(json.dumps(to_plain(value), ensure_ascii=False, indent=2))


def _open(ctx: click.Context) -> Archive:
    try:
        return Archive.open(ctx.obj["index"])
    except (IndexNotFound, IndexOutdated) as exc:
        raise click.ClickException(str(exc)) from None


def _terminal_snippet(snippet_html: str) -> str:
    """A hit's snippet with matches in bold, for a terminal."""
    parts = re.split(r"(<mark>.*?</mark>)", snippet_html)
    out = []
    for part in parts:
        if part.startswith("<mark>"):
            out.append(click.style(html.unescape(part[6:-7]), bold=True, fg="yellow"))
        else:
            out.append(html.unescape(part))
    return "".join(out)


@click.group()
@click.option("--index", "index_dir", envvar="NEWSARCHIVE_INDEX", default=DEFAULT_INDEX, show_default=True,
              help="Index folder (or set NEWSARCHIVE_INDEX).")
@click.version_option(package_name="newsarchive")
@click.pass_context
def cli(ctx: click.Context, index_dir: str) -> None:
    """Full-text search over a news archive that knows who is quoted."""
    ctx.obj = {"index": index_dir}


@cli.command("index")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--rebuild", is_flag=True, help="Start a fresh index instead of updating.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Parser processes (default: cores).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def index_cmd(ctx: click.Context, folder: str, rebuild: bool, workers: int | None, as_json: bool) -> None:
    """Index the article files below FOLDER (.txt, .html, .htm, .jsonl, also gzipped)."""
    from indexer import index_folder

    bar = None
    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="Indexing", file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)

    show_bar = sys.stderr.isatty() and not as_json
    try:
        report = index_folder(folder, ctx.obj["index"], rebuild=rebuild, workers=workers,
                              progress=progress if show_bar else None)
    except KeyboardInterrupt:
        raise click.ClickException("interrupted: work committed so far is kept; run the same command to finish")
    except (IndexOutdated, IndexBusy, NotADirectoryError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if as_json:
        _emit_json(report)
        return
    click.echo(report.summary())
    for path, reason in report.skipped:
        click.echo(f"  skipped {path}: {reason}")
    for path, problem in report.problems:
        click.echo(f"  in {path}: {problem}")


def _search_options(func):
    for option in reversed([
        click.option("--speaker", help="Only articles quoting this speaker."),
        click.option("--from", "date_from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--to", "date_to", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--json", "as_json", is_flag=True, help="Print JSON."),
    ]):
        func = option(func)
    return func


@cli.command()
@click.argument("query", nargs=-1)
@_search_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]), default="relevance", show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--per-page", type=click.IntRange(1, 100), default=10, show_default=True)
@click.pass_context
def search(ctx, query, speaker, date_from, date_to, as_json, sort, page, per_page) -> None:
    """Search articles: words, "phrases", OR, NOT/-word, title: byline: source: speaker: quote: date:."""
    text = " ".join(query)
    try:
        results = _open(ctx).search(text, speaker=speaker, date_from=date_from, date_to=date_to, sort=sort,
                                    page=page, per_page=per_page)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _emit_json(results)
        return
    noun = "article" if results.total == 1 else "articles"
    click.echo(f"{results.total} {noun}" + (f" (page {results.page} of {results.pages})" if results.total else ""))
    if results.suggestion:
        click.echo(f"Did you mean: {results.suggestion}")
    first = (results.page - 1) * results.per_page
    for number, hit in enumerate(results.hits, start=first + 1):
        click.echo()
        click.echo(click.style(f"{number}. {hit.title or '(untitled)'}", bold=True))
        meta = [str(hit.date) if hit.date else "undated", hit.source or "unknown source"]
        if hit.speakers:
            meta.append("quoting " + ", ".join(hit.speakers))
        click.echo("   " + " · ".join(meta))
        click.echo("   " + (_terminal_snippet(hit.snippet) if sys.stdout.isatty() else hit.snippet_text))
        click.echo("   " + (hit.url or hit.id))


@cli.command()
@click.argument("query", nargs=-1)
@_search_options
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.pass_context
def quotes(ctx, query, speaker, date_from, date_to, as_json, limit) -> None:
    """List quotations whose words match QUERY, optionally by one speaker."""
    try:
        found = _open(ctx).quotes(" ".join(query), speaker=speaker, date_from=date_from, date_to=date_to,
                                  limit=limit)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _emit_json(found)
        return
    if not found:
        click.echo("No quotations found.")
    for quote in found:
        words = f"“{quote.text}”" if quote.direct else quote.text
        click.echo(f"{quote.speaker or '(unknown speaker)'}: {words}")
        click.echo(f"   {quote.date or 'undated'} · {quote.title} · {quote.url or quote.article_id}")


@cli.command()
@click.argument("prefix", default="")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def speakers(ctx, prefix, limit, as_json) -> None:
    """List speakers by the number of articles quoting them."""
    found = _open(ctx).speakers(prefix, limit=limit)
    if as_json:
        _emit_json(found)
        return
    if not found:
        click.echo("No speakers found.")
    for speaker in found:
        click.echo(f"{speaker.articles:6d} articles {speaker.quotes:6d} quotes  {speaker.name}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stats(ctx, as_json) -> None:
    """Summarise the index."""
    summary = _open(ctx).stats()
    if as_json:
        _emit_json(summary)
        return
    click.echo(f"Index:     {ctx.obj['index']}")
    click.echo(f"Articles:  {summary.articles} from {summary.files} files")
    click.echo(f"Quotes:    {summary.quotes} by {summary.speakers} speakers")
    click.echo(f"Dates:     {summary.date_from or '-'} to {summary.date_to or '-'}")
    click.echo("Sources:   " + ", ".join(f"{name} ({count})" for name, count in summary.sources[:10]))
    if summary.last_indexed:
        click.echo(f"Updated:   {summary.last_indexed:%Y-%m-%d %H:%M:%S}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
@click.option("--debug", is_flag=True, help="Flask's debug server instead of the production server.")
@click.pass_context
def serve(ctx, host, port, threads, debug) -> None:
    """Serve the search UI and JSON API."""
    from web import create_app

    archive = _open(ctx)
    app = create_app(archive)
    click.echo(f"Serving {ctx.obj['index']} on http://{host}:{port}/ (Ctrl-C to stop)")
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    import waitress

    waitress.serve(app, host=host, port=port, threads=threads, ident="newsarchive")


def main() -> None:
    cli(prog_name="newsarchive")
