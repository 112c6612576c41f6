"""Indexing a folder: incremental updates, identity, bad input, and safety when a run fails midway."""
import gzip
import os
import shutil
import threading

import pytest

import indexer.folder
from indexer import index_folder
from search import Archive, ArchiveWriter, IndexBusy, IndexOutdated

from .conftest import FIXTURES

ARTICLE = """{title}

By Test Writer

March 3, 2022

{body}

Original url:

https://www.example-news.com/2022/03/03/{slug}
"""


def write_article(folder, name, title, body, slug=None):
    path = folder / name
    path.write_text(ARTICLE.format(title=title, body=body, slug=slug or name.split(".")[0]), encoding="utf-8")
    return path


@pytest.fixture
def src(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "one.txt", "Harbour Cranes Replaced", '"The cranes were forty years old," said engineer Ada Kim.')
    write_article(folder, "two.txt", "Ferry Timetable Changes", "The ferry will leave at seven from Monday.")
    return folder


def test_second_run_skips_unchanged_files(src, tmp_path):
    index = tmp_path / "index"
    first = index_folder(str(src), str(index))
    assert (first.added, first.unchanged, first.files) == (2, 0, 2)
    second = index_folder(str(src), str(index))
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 2)


def test_changed_file_is_reindexed(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    write_article(src, "two.txt", "Ferry Timetable Changes", "The ferry will now leave at eight from Monday.", "two")
    report = index_folder(str(src), str(index))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    archive = Archive.open(str(index))
    assert archive.search("eight ferry").total == 1
    assert archive.search("seven ferry").total == 0


def test_an_open_archive_sees_new_articles_and_keeps_answering(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    archive = Archive.open(str(index))
    assert archive.search("cranes").total == 1
    for number in range(3):  # each run adds a segment; the searcher refreshes over the segments it already read
        write_article(src, f"new{number}.txt", f"Crane Delivery {number}", "Two new cranes arrived by sea.")
        index_folder(str(src), str(index))
        assert archive.search("cranes").total == 2 + number
        assert archive.search("ferry").total == 1


def test_touched_but_identical_file_counts_as_unchanged(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    os.utime(src / "one.txt", (1, 1))
    report = index_folder(str(src), str(index))
    assert (report.updated, report.unchanged) == (0, 2)


def test_deleted_file_is_removed(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    (src / "one.txt").unlink()
    report = index_folder(str(src), str(index))
    assert report.removed == 1
    archive = Archive.open(str(index))
    assert archive.search("cranes").total == 0
    assert archive.search("speaker:kim").total == 0
    assert archive.stats().files == 1


def test_rebuild_starts_fresh(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    report = index_folder(str(src), str(index), rebuild=True)
    assert (report.added, report.unchanged) == (2, 0)
    assert Archive.open(str(index)).stats().articles == 2
    assert not (tmp_path / "index.rebuilding").exists()


def test_same_url_in_two_files_is_one_article(fixture_index, archive):
    results = archive.search('"a fence across the sea"')
    assert results.total == 1  # fixtures/html/...wind-farm.html and a line of archive-2024.jsonl
    deduplicated = archive.search('"power 800,000 homes"')
    assert deduplicated.total == 1


def test_article_id_is_stable_and_from_the_canonical_url(src, tmp_path):
    index_a, index_b = tmp_path / "a", tmp_path / "b"
    index_folder(str(src), str(index_a))
    index_folder(str(src), str(index_b))
    ids_a = {h.id for h in Archive.open(str(index_a)).search("").hits}
    ids_b = {h.id for h in Archive.open(str(index_b)).search("").hits}
    assert ids_a == ids_b and len(ids_a) == 2


def test_bad_files_are_reported_and_do_not_stop_the_run(src, tmp_path):
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.html").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (src / "broken.html.gz").write_bytes(b"not gzip at all")
    (src / "lines.jsonl").write_text('{"title": "Good Line", "body": "Fine text."}\nnot json\n[1, 2]\n{"url": ""}\n')
    (src / "latin1.txt").write_bytes("Caf\xe9 Prices Rise\n\nPrices at the caf\xe9 rose again.\n".encode("cp1252"))
    (src / "notes.docx").write_bytes(b"ignored: not an article format")
    report = index_folder(str(src), str(tmp_path / "index"))
    skipped = {os.path.basename(path): reason for path, reason in report.skipped}
    assert skipped["empty.txt"] == "empty file"
    assert "binary" in skipped["binary.html"]
    assert "gzip" in skipped["broken.html.gz"]
    assert "notes.docx" not in skipped
    problems = [problem for _, problem in report.problems]
    assert problems == ["line 2: not JSON (Expecting value at column 1)", "line 3: not a JSON object", "line 4: no title or body"]
    archive = Archive.open(str(tmp_path / "index"))
    assert archive.search("title:good").total == 1
    assert archive.search("café prices").hits[0].title == "Café Prices Rise"
    assert report.added == 4


def test_oversized_file_is_skipped_with_reason(src, tmp_path, monkeypatch):
    monkeypatch.setattr("indexer.files.MAX_BYTES", 100)
    report = index_folder(str(src), str(tmp_path / "index"))
    assert len(report.skipped) == 2
    assert all("larger than" in reason for _, reason in report.skipped)


def test_unreadable_file_keeps_what_the_index_had(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    (src / "two.txt").write_bytes(b"\x00\x00binary now")
    report = index_folder(str(src), str(index))
    assert len(report.skipped) == 1
    assert Archive.open(str(index)).search("ferry").total == 1


def test_gzipped_pages_are_read(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = b"<html><head><title>Zipped Page</title></head><body><article><p>Inside a gzip file.</p></article></body></html>"
    (folder / "page.htm.gz").write_bytes(gzip.compress(page))
    index_folder(str(folder), str(tmp_path / "index"))
    assert Archive.open(str(tmp_path / "index")).search("gzip").hits[0].title == "Zipped Page"


def test_a_crash_midway_keeps_the_last_commit_and_the_next_run_finishes(tmp_path, monkeypatch):
    src = tmp_path / "articles"
    src.mkdir()
    for number in range(6):
        write_article(src, f"a{number}.txt", f"Story Number {number}", f"Body of story {number} about tides.")
    index = tmp_path / "index"
    monkeypatch.setattr(indexer.folder, "BATCH_ARTICLES", 2)
    real_apply = indexer.folder._Run.apply
    calls = {"n": 0}

    def failing_apply(self, parsed):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        real_apply(self, parsed)

    monkeypatch.setattr(indexer.folder._Run, "apply", failing_apply)
    with pytest.raises(KeyboardInterrupt):
        index_folder(str(src), str(index), workers=1)
    assert Archive.open(str(index)).search("tides").total == 4  # two committed batches of two
    monkeypatch.setattr(indexer.folder._Run, "apply", real_apply)
    report = index_folder(str(src), str(index), workers=1)
    assert (report.added, report.unchanged) == (2, 4)
    assert Archive.open(str(index)).search("tides").total == 6


def test_a_failed_rebuild_leaves_the_old_index_searchable(src, tmp_path, monkeypatch):
    index = tmp_path / "index"
    index_folder(str(src), str(index))

    def broken(self, parsed):
        raise RuntimeError("disk full")

    monkeypatch.setattr(indexer.folder._Run, "apply", broken)
    with pytest.raises(RuntimeError):
        index_folder(str(src), str(index), rebuild=True)
    assert Archive.open(str(index)).search("cranes").total == 1


def test_searching_keeps_working_during_a_rebuild(tmp_path):
    src = tmp_path / "articles"
    shutil.copytree(FIXTURES, src)
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    archive = Archive.open(str(index))
    errors, totals, done = [], [], threading.Event()

    def search_loop():
        while not done.is_set():
            try:
                totals.append(archive.search("speaker:varga").total)
            except Exception as exc:  # the test reports any failure below
                errors.append(exc)

    thread = threading.Thread(target=search_loop)
    thread.start()
    try:
        for _ in range(2):
            index_folder(str(src), str(index), rebuild=True, workers=1)
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert totals and set(totals) == {4}


def test_two_writers_at_once_get_a_clear_error(src, tmp_path):
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    write_article(src, "three.txt", "Lighthouse Repainted", "The lighthouse is white again.")
    with ArchiveWriter(str(index)) as first:
        first.delete_file("nothing")
        with pytest.raises(IndexBusy, match="another process"):
            index_folder(str(src), str(index))


def test_an_index_from_another_schema_asks_for_a_rebuild(tmp_path):
    from whoosh import fields, index as whoosh_index

    old = tmp_path / "old"
    old.mkdir()
    whoosh_index.create_in(str(old), fields.Schema(title=fields.TEXT))
    with pytest.raises(IndexOutdated, match="--rebuild"):
        Archive.open(str(old))


def test_progress_is_reported(src, tmp_path):
    seen = []
    index_folder(str(src), str(tmp_path / "index"), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2, 2)


def test_parallel_workers_give_the_same_index(tmp_path):
    one, many = tmp_path / "one", tmp_path / "many"
    index_folder(str(FIXTURES), str(one), workers=1)
    index_folder(str(FIXTURES), str(many), workers=2)
    a, b = Archive.open(str(one)), Archive.open(str(many))
    assert a.stats().articles == b.stats().articles == 41
    assert [s.name for s in a.speakers(limit=100)] == [s.name for s in b.speakers(limit=100)]


def _index_articles(tmp_path, articles: dict) -> str:
    """Index one plain-text article per (title, body) under `articles`' file names; returns the index folder."""
    src = tmp_path / "articles"
    src.mkdir()
    for name, (title, body) in articles.items():
        write_article(src, name, title, body)
    index = tmp_path / "index"
    index_folder(str(src), str(index))
    return str(index)


def test_one_person_one_speaker_across_the_archive(tmp_path):
    index = _index_articles(tmp_path, {
        "a.txt": ("Talks Stall", '"Nothing has changed," Peskov said on Monday.'),
        "b.txt": ("Kremlin Replies", '"We are ready," Kremlin spokesman Dmitry Peskov said.'),
        "c.txt": ("Kremlin Warns", '"It is a mistake," Kremlin spokesman Dmitri Peskov said.'),
        "d.txt": ("Senate Race", '"I will run," said Hillary Clinton.'),
        "e.txt": ("Old Speech", '"I did not," said Bill Clinton.'),
    })
    archive = Archive.open(index)
    speakers = {s.name: s.articles for s in archive.speakers(limit=50)}
    assert speakers == {"Dmitry Peskov": 3, "Hillary Clinton": 1, "Bill Clinton": 1}
    assert archive.search('speaker:"dmitry peskov"').total == 3
    assert archive.search("speaker:clinton").total == 2
    assert dict(archive.search("").facets["speaker"])["Dmitry Peskov"] == 3


def test_a_lone_surname_is_the_person_of_that_name_quoted_far_more_than_any_other(tmp_path):
    articles = {f"p{n}.txt": (f"Port Vote {n}", f'"We will build it," Mayor Tomas Varga said on day {n}.')
                for n in range(4)}
    articles.update({
        "k.txt": ("Family Visit", '"I love this city," said Lena Varga.'),
        "v.txt": ("Pier Opens", '"The pier is open," Varga said.'),
        "a.txt": ("Harbour Race", '"I will run," said Anna Kiss.'),
        "b.txt": ("Old Speech", '"I did not," said Bela Kiss.'),
        "c.txt": ("Boat Show", '"It was a fine day," Kiss said.'),
    })
    index = _index_articles(tmp_path, articles)
    speakers = {s.name: s.articles for s in Archive.open(index).speakers(limit=50)}
    assert speakers == {"Tomas Varga": 5, "Lena Varga": 1, "Anna Kiss": 1, "Bela Kiss": 1, "Kiss": 1}
    index_folder(str(tmp_path / "articles"), index)  # indexing again changes nothing
    assert {s.name: s.articles for s in Archive.open(index).speakers(limit=50)} == speakers


def test_an_index_of_an_empty_folder_can_be_searched(tmp_path):
    (tmp_path / "empty").mkdir()
    index_folder(str(tmp_path / "empty"), str(tmp_path / "index"))
    archive = Archive.open(str(tmp_path / "index"))
    assert archive.search("").total == 0
    assert archive.speakers() == []
