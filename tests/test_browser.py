"""The search page in a real browser (Debian's Chromium through Playwright), served by the production server."""
import os
import shutil
import socket
import threading

import pytest

from web import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def server(archive):
    from waitress.server import create_server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    wsgi = create_server(create_app(archive), host="127.0.0.1", port=port, threads=2)
    thread = threading.Thread(target=wsgi.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    wsgi.close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        context = browser.new_context(java_script_enabled=False)  # the UI must work without JavaScript
        yield context.new_page()
        browser.close()


def test_search_refine_and_open_an_article(server, page, tmp_path):
    page.goto(server + "/")
    page.fill("input[name=q]", "speaker:varga")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".hit").count() == 4
    assert "4 articles" in page.inner_text(".count")

    page.click(".facets >> text=2023")
    assert page.locator(".hit h2").all_inner_texts() == ["Library Staff Strike Over Weekend Closures"]

    page.click(".hit h2 a")
    assert page.inner_text("h1") == "Library Staff Strike Over Weekend Closures"
    assert "Elena Varga" in page.inner_text(".quotes")
    page.screenshot(path=str(tmp_path / "article.png"))


def test_filter_form_and_highlighting(server, page):
    page.goto(server + "/?q=peace")
    marks = page.locator(".snippet mark").all_inner_texts()
    assert marks and {m.lower() for m in marks} == {"peace"}
    page.fill("input[name=speaker]", "falk")
    page.select_option("select[name=sort]", "oldest")
    page.click(".filters button")
    assert page.locator(".hit h2").all_inner_texts() == [
        "Mediator Says Ceasefire Talks Are 'Closer Than Ever'",
        "Veloria and Austrand Swap Prisoners in Step Toward Peace",
        "Peace Conference Planned for November",
    ]


def test_bad_date_message_in_the_page(server, page):
    page.goto(server + "/?q=date:2024-02-30")
    assert "is not a real date" in page.inner_text(".error")
