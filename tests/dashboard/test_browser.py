"""The dashboard in a real browser: sign in, open the inbox and a cluster, publish a review.

Skipped unless the `playwright` package and Debian's chromium (/usr/bin/chromium) are installed.
Set KUTIP_SCREENSHOT_DIR to keep screenshots of the inbox and the cluster at 1440 and 360 px.
"""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from claims.models import Review
from tests.factories import UserFactory

from .conftest import make_cluster

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed", allow_module_level=True)

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@contextmanager
def chromium():
    """Playwright's sync API runs an event loop in this thread while it is open, and Django refuses
    ORM calls under a running loop: tests make their rows before and check the database after."""
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def data(transactional_db):
    UserFactory(username="redaktur", role="editor")
    cluster = make_cluster([
        "Presiden Putin mendapatkan undangan aktif untuk berkunjung",
        "Presiden Putin mendapat undangan aktif untuk berkunjung ke Korut",
        "Presiden Putin mendapatkan undangan aktif untuk berkunjung",
    ])
    for i in range(4):
        make_cluster([f"Harga beras turun {i} persen pekan ini menurut menteri", f"Harga beras turun {i} persen"])
    return cluster


def _screenshot(page, name):
    folder = os.environ.get("KUTIP_SCREENSHOT_DIR")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for width, height in ((1440, 900), (360, 740)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(Path(folder) / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_an_editor_signs_in_opens_a_cluster_and_publishes_a_review(live_server, data):
    cluster_pk = data.pk
    with chromium() as browser:
        _publish_in_browser(browser, live_server.url, cluster_pk)
    review = Review.objects.get(cluster_id=cluster_pk)
    assert review.status == Review.Status.PUBLISHED and review.verdict == "misleading"
    assert review.evidence_links == ["https://example.org/bukti"]


def _publish_in_browser(browser, base, cluster_pk):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base + "/")
    assert "/accounts/login/" in page.url
    page.get_by_label("Username").fill("redaktur")
    page.get_by_label("Password").fill("pw-for-tests-only")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/")
    assert page.locator(".cluster-row").count() == 5
    _screenshot(page, "inbox")

    # The speaker filter: typing fills the suggestions (htmx), a picked name sets the speaker id.
    page.locator("summary", has_text="Filter and sort").click()
    box = page.get_by_label("Speaker", exact=True)
    box.press_sequentially("Pembicara", delay=20)
    page.locator("#speaker-options option").first.wait_for(state="attached")
    name = page.locator("#speaker-options option").first.get_attribute("value")
    box.fill(name)
    speaker_id = page.locator("#id_speaker").input_value()
    assert speaker_id.isdigit()
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(f"**speaker={speaker_id}**")
    assert page.get_by_label("Speaker", exact=True).input_value() == name
    page.goto(base + "/")

    page.locator(f'a[href="/clusters/{cluster_pk}/"]').click()
    page.wait_for_url(f"**/clusters/{cluster_pk}/")
    assert page.locator("ins").first.inner_text() in ("mendapat", "ke Korut")
    assert page.locator(".badge", has_text="First appearance").count() == 1
    # htmx: the merge search fills in without a page load.
    page.get_by_label("Find a cluster to merge into this one").fill("beras turun 2")
    page.locator("#merge-results li").first.wait_for()
    assert "Merge into this cluster" in page.locator("#merge-results").inner_text()
    _screenshot(page, "cluster")

    page.get_by_role("button", name="Start a review").click()
    page.wait_for_url("**/reviews/*/")
    page.get_by_label("Verdict").select_option("misleading")
    page.get_by_label("Summary").fill("Undangan itu memang ada, tetapi tanggalnya belum ditentukan.")
    page.get_by_label("Evidence links").fill("https://example.org/bukti")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("button", name="Publish").click()
    page.locator("#claimreview-jsonld").wait_for()
    assert '"ClaimReview"' in page.locator("#claimreview-jsonld").inner_text()
    page.get_by_role("button", name="Copy JSON-LD").click()
    page.locator(".copied", has_text="Copied").wait_for()
    _screenshot(page, "review")
    page.close()
