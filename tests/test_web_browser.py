"""The site in a real browser: Playwright driving Debian's chromium against uvicorn on loopback.

Skipped (with the reason) when /usr/bin/chromium or Playwright is missing. Screenshots go to
test-artifacts/screenshots/ for a person to look at.
"""
from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_api import build_fixture_db

from warfile.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "warfile.db"
    build_fixture_db(db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(site: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        yield tab
        context.close()


def test_operations_page_shows_the_table(site: str, page) -> None:
    page.goto(site + "/")
    rows = page.locator("table.operations tbody tr")
    assert rows.count() == 4
    page.screenshot(path=str(SHOTS / "operations.png"), full_page=True)
    page.click("th >> text=Operation")
    assert "sort=name" in page.url


def test_operation_timeline_has_a_mark_per_event_and_casualty_click_lands_on_the_span(site: str, page) -> None:
    page.goto(site + "/")
    page.click("text=2014 Latakia offensive")
    page.wait_for_url(re.compile(r"/operations/2014-latakia-offensive$"))
    marks = page.locator("svg.timeline circle[data-event]")
    events = page.locator("table.events tbody tr")
    assert events.count() > 0 and marks.count() == events.count()
    page.screenshot(path=str(SHOTS / "operation.png"), full_page=True)

    figure = page.locator("ul.casualties a.value").first
    figure_text = figure.inner_text()
    figure.click()
    page.wait_for_url(re.compile(r"/documents/.+\?span=\d+-\d+"))
    focus = page.locator("mark.focus")
    assert focus.count() >= 1
    assert focus.first.is_visible()
    assert any(ch.isdigit() for ch in focus.first.inner_text())
    assert figure_text.split()[0].replace(",", "") in focus.first.inner_text().replace(",", "")
    top = page.evaluate("document.querySelector('mark.focus').getBoundingClientRect().top")
    assert 0 <= top <= 900, "the emphasised span is scrolled into view"
    page.screenshot(path=str(SHOTS / "document-span.png"))


def test_search_for_a_village_finds_its_event(site: str, page) -> None:
    page.goto(site + "/")
    page.fill("header input[name=q]", "Aramo")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Aramo"))
    hits = page.locator("table.events tbody tr")
    assert hits.count() >= 1
    assert "Aramo" in hits.first.inner_text()
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)
    hits.first.locator("td a").last.click()
    page.wait_for_url(re.compile(r"/documents/"))
    assert "Aramo" in page.locator("mark.focus").first.inner_text()


def test_timeline_mark_click_opens_the_event_sentence(site: str, page) -> None:
    page.goto(site + "/operations/2014-idlib-offensive")
    page.locator("svg.timeline a").first.click()
    page.wait_for_url(re.compile(r"/documents/.+\?span="))
    assert page.locator("mark.focus").count() >= 1


def test_hostile_document_text_does_not_run(site: str, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site + "/operations/operation-test-harbour")
    page.locator("section.sources a, ul.sources a").first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    assert "<script>alert('x')</script>" in page.locator("article.document-text").inner_text()
    assert dialogs == []


def test_entity_page_and_api_docs_render(site: str, page) -> None:
    page.goto(site + "/operations/2013-latakia-offensive")
    page.click("ul.commanders >> text=Hilal al-Assad")
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.locator("table.data tbody tr").count() >= 2
    page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)
    page.goto(site + "/docs")
    assert page.get_by_text("GET /api/search").count() >= 1


def test_pages_load_nothing_from_other_hosts() -> None:
    static = Path(__file__).resolve().parents[1] / "src" / "warfile" / "web"
    for path in [*static.glob("templates/*.html"), *static.glob("static/*")]:
        assert "http" not in path.read_text().replace("http://www.w3.org", ""), path
